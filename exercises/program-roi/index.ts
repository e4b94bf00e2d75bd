import { lazy } from 'react';
import { defineExercise } from '../../src/workbook/contract';
import { roiStepsDone } from './progress';
import { ROI_STATE_VERSION, roiStateSchema, type RoiState } from './state';
import { blankRoiState } from './demo/blank';
import { demoOnDemand } from '../../src/workbook/demoOnDemand';
import { evaluationInputs } from './inputs';
import { programDesignIntake, roiOutcomeOffer } from './links';

// Steps load on demand: the charts they draw stay out of the home page's bundle.
const DiscountStep = lazy(() => import('./steps/DiscountStep'));
const EconomicsStep = lazy(() => import('./steps/EconomicsStep'));
const SensitivityStep = lazy(() => import('./steps/SensitivityStep'));
const EvaluationStep = lazy(() => import('./steps/EvaluationStep'));
const ConclusionsStep = lazy(() => import('./steps/ConclusionsStep'));

export const programRoi = defineExercise<RoiState>({
  id: 'program-roi',
  order: 10,
  title: {
    ru: 'Эффективность программы лояльности (ROI)',
    en: 'Loyalty program ROI',
    zh: '忠诚度计划的投资回报率（ROI）',
  },
  summary: {
    ru: 'Когда скидка окупается, а когда разоряет; сколько приносит программа лояльности, когда она окупится и от каких допущений это зависит.',
    en: 'When a discount pays and when it ruins you; what a loyalty program earns, when it pays back, and which assumptions decide it.',
    zh: '折扣何时划算、何时导致亏损；忠诚度计划能带来多少收益、何时回本，以及结果取决于哪些假设。',
  },
  inputs: evaluationInputs,
  state: {
    version: ROI_STATE_VERSION,
    schema: roiStateSchema,
    blank: blankRoiState,
    // The worked example's texts and figures load with the exercise, not with the home page.
    ...demoOnDemand(() => import('./demo').then((module) => module.demoRoiState)),
  },
  steps: [
    { id: 'discount', title: { ru: 'Безубыточность скидки', en: 'Discount break-even', zh: '折扣盈亏平衡' }, component: DiscountStep, done: roiStepsDone.discount },
    { id: 'economics', title: { ru: 'Экономика программы', en: 'Program economics', zh: '计划的经济效益' }, component: EconomicsStep, done: roiStepsDone.economics },
    { id: 'sensitivity', title: { ru: 'Чувствительность и сценарии', en: 'Sensitivity and scenarios', zh: '敏感性与情景' }, component: SensitivityStep, done: roiStepsDone.sensitivity },
    { id: 'evaluation', title: { ru: 'Оценка по данным продаж', en: 'Evaluation from sales data', zh: '基于销售数据的评估' }, component: EvaluationStep, done: roiStepsDone.evaluation },
    { id: 'conclusions', title: { ru: 'Выводы и решение', en: 'Conclusions and decision', zh: '结论与决策' }, component: ConclusionsStep, done: roiStepsDone.conclusions },
  ],
  results: [roiOutcomeOffer],
  intake: [programDesignIntake],
  // The export needs every step's messages and the imported sales; loading it on demand keeps them off the home page.
  toSheets: async (state, context) => (await import('./export')).roiSheetsWithImports(state, context),
  group: () => import('./group').then((module) => module.programRoiGroup),
});
