import type { ExampleFeatureSet } from './exampleFeatureSet';

/**
 * The retail example, the one the demo opens with. In a module of its own because the exercise's definition,
 * which the home page loads, needs this set only (for the demo start state); the other sets come with the steps.
 */
export const RETAIL_FEATURE_SET: ExampleFeatureSet = {
  id: 'retail',
  title: { ru: 'Розничный магазин', en: 'Retail store', zh: '零售商店' },
  features: [
    {
      key: 'points',
      name: { ru: 'Бонусы за каждую покупку', en: 'Points on every purchase', zh: '每次购物都积分' },
      description: {
        ru: 'Баллы на карту лояльности с каждого чека; ими можно оплатить часть следующей покупки.',
        en: 'Loyalty-card points on every receipt, usable to pay part of the next purchase.',
        zh: '每张小票都向会员卡积分，可用于抵扣下次购物的部分金额。',
      },
    },
    {
      key: 'e-receipt',
      name: { ru: 'Электронный чек и история покупок', en: 'E-receipts and purchase history', zh: '电子小票和购物记录' },
      description: {
        ru: 'Чеки приходят в приложение, там же видна история всех покупок.',
        en: 'Receipts arrive in the app, where the full purchase history is kept.',
        zh: '小票发送到应用中，可随时查看全部购物记录。',
      },
    },
    {
      key: 'delivery-2h',
      name: { ru: 'Доставка за 2 часа', en: 'Delivery within 2 hours', zh: '两小时送达' },
      description: {
        ru: 'Заказ из приложения привозят домой в течение двух часов.',
        en: 'An order placed in the app is delivered home within two hours.',
        zh: '在应用中下单，两小时内送货上门。',
      },
    },
    {
      key: 'cashless',
      name: { ru: 'Оплата картой и телефоном на всех кассах', en: 'Card and phone payment at every till', zh: '所有收银台支持刷卡和手机支付' },
      description: {
        ru: 'Любая касса принимает банковские карты и оплату смартфоном.',
        en: 'Every till accepts bank cards and smartphone payments.',
        zh: '每个收银台都接受银行卡和手机支付。',
      },
    },
    {
      key: 'personal-offers',
      name: { ru: 'Персональные предложения', en: 'Personal offers', zh: '个性化优惠' },
      description: {
        ru: 'Скидки на товары, которые покупатель берёт чаще всего, подобранные по истории покупок.',
        en: 'Discounts on the items the customer buys most, chosen from their purchase history.',
        zh: '根据购物记录，为顾客最常购买的商品提供折扣。',
      },
    },
    {
      key: 'daily-push',
      name: { ru: 'Ежедневные push-уведомления об акциях', en: 'Daily push notifications about promotions', zh: '每日促销推送通知' },
      description: {
        ru: 'Приложение каждый день сообщает о новых акциях и скидках.',
        en: 'The app announces new promotions and discounts every day.',
        zh: '应用每天推送新的促销和折扣信息。',
      },
    },
    {
      key: 'returns-no-receipt',
      name: { ru: 'Возврат без чека по карте', en: 'Returns without a receipt', zh: '凭会员卡无小票退货' },
      description: {
        ru: 'Товар можно вернуть без бумажного чека: покупку находят по карте лояльности.',
        en: 'Items can be returned without a paper receipt: the purchase is found through the loyalty card.',
        zh: '无需纸质小票即可退货，通过会员卡查找购买记录。',
      },
    },
    {
      key: 'birthday-gift',
      name: { ru: 'Подарок на день рождения', en: 'Birthday gift', zh: '生日礼物' },
      description: {
        ru: 'В неделю дня рождения покупатель получает подарок или двойные баллы.',
        en: 'In the week of their birthday the customer gets a gift or double points.',
        zh: '生日当周，顾客可获得礼物或双倍积分。',
      },
    },
    {
      key: 'short-queues',
      name: { ru: 'Не больше трёх человек в очереди', en: 'No more than three people in a queue', zh: '排队不超过三人' },
      description: {
        ru: 'Если в очереди больше трёх человек, открывают ещё одну кассу.',
        en: 'When more than three people are waiting, another till is opened.',
        zh: '排队超过三人时，立即开放新的收银台。',
      },
    },
    {
      key: 'app-games',
      name: { ru: 'Игры и задания в приложении', en: 'Games and challenges in the app', zh: '应用内游戏和任务' },
      description: {
        ru: 'Задания («купи три новинки за месяц») и игры, за которые начисляют баллы.',
        en: 'Challenges ("try three new products this month") and games that earn points.',
        zh: '完成任务（如“本月尝试三款新品”）或玩游戏即可获得积分。',
      },
    },
  ],
};
