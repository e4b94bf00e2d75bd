import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { receiptsSpec } from './inputs';
import { promoStepsDone } from './progress';
import { PROMO_PRODUCT_STATE_VERSION, promoProductStateSchema, type PromoProductState } from './state';
import { blankPromoState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';

// Steps load on demand: their charts and tables stay out of the home page's bundle.
const ReceiptsStep = lazy(() => import('./steps/ReceiptsStep'));
const IndicatorsStep = lazy(() => import('./steps/IndicatorsStep'));
const RulesStep = lazy(() => import('./steps/RulesStep'));
const PriceIndicatorsStep = lazy(() => import('./steps/PriceIndicatorsStep'));
const CandidatesStep = lazy(() => import('./steps/CandidatesStep'));
const BundlesStep = lazy(() => import('./steps/BundlesStep'));
const ConclusionsStep = lazy(() => import('./steps/ConclusionsStep'));

export const promoProduct = defineExercise<PromoProductState>({
  id: 'promo-product',
  order: 8,
  title: {
    ru: 'Выбор промо-товара по статистике продаж',
    en: 'Choose the promo product from your sales',
    zh: '根据销售数据选择促销商品',
  },
  summary: {
    ru: 'Анализ корзины по вашим чекам: какие товары покупают вместе, какие держат ценовой имидж, какой товар выгодно поставить в промо и какие наборы предложить, с точкой безубыточности скидки.',
    en: 'Market-basket analysis of your receipts: what is bought together, which products carry your price image, which product is worth promoting and which bundles to offer, with the discount’s break-even.',
    zh: '基于您的小票做购物篮分析：哪些商品一起购买、哪些商品决定价格形象、哪个商品适合促销、推出哪些组合，以及折扣的盈亏平衡点。',
  },
  inputs: [receiptsSpec],
  state: {
    version: PROMO_PRODUCT_STATE_VERSION,
    schema: promoProductStateSchema,
    blank: blankPromoState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoPromoState)),
  },
  steps: [
    { id: 'receipts', title: { ru: 'Чеки', en: 'Receipts', zh: '小票' }, component: ReceiptsStep, done: promoStepsDone.receipts },
    { id: 'indicators', title: { ru: 'Показатели товаров', en: 'Product figures', zh: '商品指标' }, component: IndicatorsStep, done: promoStepsDone.indicators },
    { id: 'rules', title: { ru: 'Что покупают вместе', en: 'Bought together', zh: '一起购买的商品' }, component: RulesStep, done: promoStepsDone.rules },
    { id: 'price-indicators', title: { ru: 'Товары-индикаторы цены', en: 'Price indicators', zh: '价格敏感商品' }, component: PriceIndicatorsStep, done: promoStepsDone.priceIndicators },
    { id: 'candidates', title: { ru: 'Кандидаты в промо', en: 'Promo candidates', zh: '促销候选' }, component: CandidatesStep, done: promoStepsDone.candidates },
    { id: 'bundles', title: { ru: 'Наборы и переключение', en: 'Bundles and switching', zh: '组合与替换' }, component: BundlesStep, done: promoStepsDone.bundles },
    { id: 'conclusions', title: { ru: 'Выводы', en: 'Conclusions', zh: '结论' }, component: ConclusionsStep, done: promoStepsDone.conclusions },
  ],
  // The export needs every step's messages and the receipts' analysis; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).promoSheets(state, context),
  group: () => import('./group').then((module) => module.promoProductGroup),
});
