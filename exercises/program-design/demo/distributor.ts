import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { pickText } from '../../../src/i18n/translate';
import type { ProgramDesignState } from '../state';
import { pickMistakes, pickRules, type LocalizedMistakes, type LocalizedRules } from './localized';

/** The distributor's free texts, written as its sales director would write them in each language (not word for word). */
const TEXTS = {
  name: { ru: 'Партнёрская программа «Опора»', en: 'Keystone Partner Program', zh: '“基石”合作伙伴计划' },
  goalText: {
    ru: 'Поднять средний заказ партнёров с 85 000 до 92 000 ₽ за год за счёт сопутствующих категорий (крепёж, инструмент) и не потерять ни одного из 40 крупнейших клиентов.',
    en: 'Within a year, lift partners’ average order from 85,000 to 92,000 through related categories (fasteners, tools), and lose none of our 40 largest customers.',
    zh: '一年内靠配套品类（紧固件、工具）把合作伙伴的平均订单从 8.5 万提高到 9.2 万，40 家最大客户一家不丢。',
  },
  target: {
    ru: 'Магазины стройматериалов и небольшие подрядчики, которые закупают у нас 2–3 раза в месяц и берут у конкурентов то, чего нет в нашем ассортименте.',
    en: 'Building-supply shops and small contractors who order from us 2–3 times a month and buy from competitors whatever our range lacks.',
    zh: '建材商店和小型施工承包商：每月向我们进货 2–3 次，我们没有的品类就去竞争对手那里买。',
  },
  tiersRules: {
    ru: 'Серебро — от 500 000 ₽ за квартал (бонус 2 %), золото — от 1 500 000 ₽ (бонус 3 % и отсрочка 30 дней).',
    en: 'Silver from 500,000 a quarter (2% bonus); gold from 1,500,000 (3% bonus and 30 days to pay).',
    zh: '银卡：每季度进货满 50 万（返利 2%）；金卡：满 150 万（返利 3%，另享 30 天账期）。',
  },
  privilegesRules: {
    ru: 'Бесплатная доставка на объект, обучение продавцов партнёра, выкладка и образцы в торговом зале.',
    en: 'Free delivery to the building site, training for the partner’s sales staff, displays and samples on the shop floor.',
    zh: '免费送货到工地，培训合作伙伴的销售人员，在门店提供陈列和样品。',
  },
  partnersSide: {
    ru: 'Продавцы магазинов получают баллы за продажи нашего крепежа и раз в квартал — обучение; владельцы видят в личном кабинете свой уровень и сколько осталось до следующего.',
    en: 'Shop assistants earn points for selling our fasteners and get training every quarter; owners see their tier in their online account, and how far they are from the next one.',
    zh: '门店店员卖出我们的紧固件可获得积分，每季度参加一次培训；店主在个人账户里能看到自己的等级，以及离下一级还差多少。',
  },
} satisfies Record<string, LocalizedText>;

const RULES = {
  joining: {
    ru: 'Договор с любым клиентом, закупающим от 100 000 ₽ в квартал; участие бесплатное.',
    en: 'A contract with any customer buying 100,000 or more a quarter; taking part is free.',
    zh: '每季度进货满 10 万的客户均可签约加入；参与免费。',
  },
  earning: {
    ru: 'Бонус начисляется на закупки сверх 300 000 ₽ за квартал, по итогам квартала.',
    en: 'The bonus is earned on purchases above 300,000 a quarter and credited when the quarter closes.',
    zh: '每季度进货超过 30 万的部分计返利，季度结束后结算。',
  },
  spending: {
    ru: 'Бонусом можно оплатить до 30 % следующего заказа или обучение персонала.',
    en: 'The bonus pays for up to 30% of the next order, or for staff training.',
    zh: '返利可抵扣下一笔订单最多 30% 的金额，或用于员工培训。',
  },
  expiry: { ru: 'Бонусы действуют 12 месяцев.', en: 'Bonuses are valid for 12 months.', zh: '返利有效期 12 个月。' },
  tierChange: {
    ru: 'Уровень пересматривается раз в квартал по закупкам за последние два квартала.',
    en: 'The tier is reviewed every quarter, on purchases over the last two quarters.',
    zh: '等级每季度按最近两个季度的进货额重新评定。',
  },
  exclusions: {
    ru: 'Без бонуса: товары по спецценам, цемент навалом, просроченная дебиторка более 30 дней.',
    en: 'No bonus on specially priced goods or bulk cement, nor while invoices are more than 30 days overdue.',
    zh: '特价商品和散装水泥不计返利；货款逾期超过 30 天的，不计返利。',
  },
  communication: {
    ru: 'Личный менеджер сообщает об условиях и изменениях письменно, за квартал до начала.',
    en: 'A dedicated account manager sets out the terms and any change in writing, a quarter before it applies.',
    zh: '专属客户经理以书面形式告知条款和变更，提前一个季度通知。',
  },
} satisfies LocalizedRules;

const MISTAKE_NOTES = {
  rewardsOnBaseline: {
    status: 'answered',
    note: {
      ru: 'Бонус только на закупки сверх 300 000 ₽ в квартал.',
      en: 'The bonus is paid only on purchases above 300,000 a quarter.',
      zh: '只对每季度超过 30 万的进货给返利。',
    },
  },
  noExitForUnprofitable: {
    status: 'answered',
    note: {
      ru: 'Уровень пересматривается каждый квартал; при долгах бонус не начисляется.',
      en: 'The tier is reviewed every quarter; no bonus is earned while a partner owes us money.',
      zh: '等级每季度重新评定；有欠款时不计返利。',
    },
  },
  unwantedRewards: {
    status: 'answered',
    note: {
      ru: 'Партнёры просили доставку и отсрочку, а не сувениры.',
      en: 'Partners asked for delivery and time to pay, not souvenirs.',
      zh: '合作伙伴要的是送货和账期，不是纪念品。',
    },
  },
  rulesChangedSilently: {
    status: 'answered',
    note: { ru: 'Изменения — письменно и за квартал.', en: 'Changes in writing, a quarter ahead.', zh: '变更以书面形式提前一个季度通知。' },
  },
  noMeasurement: {
    status: 'flagged',
    note: {
      ru: 'Нужно договориться, как считать средний заказ: по отгрузкам или по счетам.',
      en: 'We still have to agree how to count the average order: by shipments or by invoices.',
      zh: '还要商定平均订单怎么算：按发货还是按发票。',
    },
  },
  tooComplex: {
    status: 'answered',
    note: { ru: 'Два уровня и одно правило начисления.', en: 'Two tiers and one earning rule.', zh: '两个等级，一条返利规则。' },
  },
  rewardAboveMargin: {
    status: 'answered',
    note: {
      ru: 'Бонус 2–3 % при марже 18 %: нужен рост объёма на 13–20 %.',
      en: 'A 2–3% bonus against an 18% margin: volume has to grow by 13–20%.',
      zh: '返利 2–3%，毛利率 18%：进货量需增长 13–20%。',
    },
  },
  staffNotReady: {
    status: 'flagged',
    note: {
      ru: 'Менеджеры получают процент с оборота и не заинтересованы в сопутствующих категориях.',
      en: 'Our account managers are paid a share of turnover and have no reason to push related categories.',
      zh: '客户经理按营业额提成，没有动力推配套品类。',
    },
  },
  copiedCompetitor: {
    status: 'answered',
    note: {
      ru: 'Конкуренты дают только скидку; у нас обучение и доставка.',
      en: 'Competitors give only a discount; we give training and delivery.',
      zh: '竞争对手只给折扣；我们提供培训和送货。',
    },
  },
  noCommunication: {
    status: 'answered',
    note: {
      ru: 'Личные встречи менеджера с каждым партнёром и рассылка раз в месяц.',
      en: 'The account manager meets every partner in person, and a newsletter goes out monthly.',
      zh: '客户经理与每位合作伙伴当面沟通，另外每月发一次通讯。',
    },
  },
} satisfies LocalizedMistakes;

/**
 * A made-up distributor of building materials selling to 350 hardware shops and contractors (B2B, a growing
 * market): a program for businesses, sold through a trade chain whose staff must want it to work. Texts are in the
 * language the exercise is first opened in; figures are the same in all. Large orders (85 000 ₽) at a thin margin
 * (18 %): a 2 % volume bonus is already a ninth of the margin, and only orders above the usual volume earn it
 * (baseline reward share 0.6).
 */
export function distributorDesign(locale: Locale): ProgramDesignState {
  const text = (key: keyof typeof TEXTS) => pickText(TEXTS[key], locale);
  return {
    name: text('name'),
    goals: ['averageCheck', 'crossSell', 'retain'],
    goalText: text('goalText'),
    market: 'b2b',
    stage: 'growth',
    target: { source: 'own', segmentKeys: [], description: text('target') },
    mechanics: {
      source: 'own',
      taken: null,
      types: ['tiers', 'discount', 'partnerPrivileges'],
      chosen: [
        { id: 'distributor-tiers', type: 'tiers', rewardRate: 0.02, threshold: 500_000, expiryMonths: 12, rules: text('tiersRules') },
        { id: 'distributor-privileges', type: 'partnerPrivileges', rewardRate: null, threshold: null, expiryMonths: null, rules: text('privilegesRules') },
      ],
    },
    rules: pickRules(RULES, locale),
    channel: { throughPartners: true, partnersSide: text('partnersSide') },
    mistakes: pickMistakes(MISTAKE_NOTES, locale),
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
    followUp: { notes: '', changedAt: null },
  };
}
