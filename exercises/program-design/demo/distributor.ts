import type { ProgramDesignState } from '../state';

/**
 * A made-up distributor of building materials selling to 350 hardware shops and contractors (B2B, a growing
 * market): a program for businesses, sold through a trade chain whose staff must want it to work. Texts are in
 * Russian, the seminar's language. Large orders (85 000 ₽) at a thin margin (18 %): a 2 % volume bonus is already
 * a ninth of the margin, and only orders above the usual volume earn it (baseline reward share 0.6).
 */
export function distributorDesign(): ProgramDesignState {
  return {
    name: 'Партнёрская программа «Опора»',
    goals: ['averageCheck', 'crossSell', 'retain'],
    goalText:
      'Поднять средний заказ партнёров с 85 000 до 92 000 ₽ за год за счёт сопутствующих категорий (крепёж, инструмент) и не потерять ни одного из 40 крупнейших клиентов.',
    market: 'b2b',
    stage: 'growth',
    target: {
      source: 'own',
      segmentKeys: [],
      description:
        'Магазины стройматериалов и небольшие подрядчики, которые закупают у нас 2–3 раза в месяц и берут у конкурентов то, чего нет в нашем ассортименте.',
    },
    mechanics: {
      source: 'own',
      types: ['tiers', 'discount', 'partnerPrivileges'],
      chosen: [
        {
          id: 'distributor-tiers',
          type: 'tiers',
          rewardRate: 0.02,
          threshold: 500_000,
          expiryMonths: 12,
          rules: 'Серебро — от 500 000 ₽ за квартал (бонус 2 %), золото — от 1 500 000 ₽ (бонус 3 % и отсрочка 30 дней).',
        },
        {
          id: 'distributor-privileges',
          type: 'partnerPrivileges',
          rewardRate: null,
          threshold: null,
          expiryMonths: null,
          rules: 'Бесплатная доставка на объект, обучение продавцов партнёра, выкладка и образцы в торговом зале.',
        },
      ],
    },
    rules: {
      joining: 'Договор с любым клиентом, закупающим от 100 000 ₽ в квартал; участие бесплатное.',
      earning: 'Бонус начисляется на закупки сверх 300 000 ₽ за квартал, по итогам квартала.',
      spending: 'Бонусом можно оплатить до 30 % следующего заказа или обучение персонала.',
      expiry: 'Бонусы действуют 12 месяцев.',
      tierChange: 'Уровень пересматривается раз в квартал по закупкам за последние два квартала.',
      exclusions: 'Без бонуса: товары по спецценам, цемент навалом, просроченная дебиторка более 30 дней.',
      communication: 'Личный менеджер сообщает об условиях и изменениях письменно, за квартал до начала.',
    },
    channel: {
      throughPartners: true,
      partnersSide:
        'Продавцы магазинов получают баллы за продажи нашего крепежа и раз в квартал — обучение; владельцы видят в личном кабинете свой уровень и сколько осталось до следующего.',
    },
    mistakes: {
      rewardsOnBaseline: { status: 'answered', note: 'Бонус только на закупки сверх 300 000 ₽ в квартал.' },
      noExitForUnprofitable: { status: 'answered', note: 'Уровень пересматривается каждый квартал; при долгах бонус не начисляется.' },
      unwantedRewards: { status: 'answered', note: 'Партнёры просили доставку и отсрочку, а не сувениры.' },
      rulesChangedSilently: { status: 'answered', note: 'Изменения — письменно и за квартал.' },
      noMeasurement: { status: 'flagged', note: 'Нужно договориться, как считать средний заказ: по отгрузкам или по счетам.' },
      tooComplex: { status: 'answered', note: 'Два уровня и одно правило начисления.' },
      rewardAboveMargin: { status: 'answered', note: 'Бонус 2–3 % при марже 18 %: нужен рост объёма на 13–20 %.' },
      staffNotReady: { status: 'flagged', note: 'Менеджеры получают процент с оборота и не заинтересованы в сопутствующих категориях.' },
      copiedCompetitor: { status: 'answered', note: 'Конкуренты дают только скидку; у нас обучение и доставка.' },
      noCommunication: { status: 'answered', note: 'Личные встречи менеджера с каждым партнёром и рассылка раз в месяц.' },
    },
    economics: {
      members: 350,
      participation: 0.7,
      baselineFrequency: 2.5,
      averageCheck: 85_000,
      margin: 0.18,
      baselineRetention: 0.93,
      frequencyUplift: 0.03,
      checkUplift: 0.05,
      retentionUplift: 0.02,
      rewardRate: 0.02,
      breakage: 0.1,
      baselineRewardShare: 0.6,
      setupCost: 1_200_000,
      monthlyFixedCost: 180_000,
      monthlyCostPerMember: 150,
      horizonMonths: 24,
    },
    followUp: { notes: '' },
  };
}
