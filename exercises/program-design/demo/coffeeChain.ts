import type { Locale, LocalizedText } from '../../../src/i18n/locale';
import { pickText } from '../../../src/i18n/translate';
import type { ProgramDesignState } from '../state';
import { pickMistakes, pickRules, type LocalizedMistakes, type LocalizedRules } from './localized';

/**
 * The chain's free texts, written as its marketer would write them in each language (not word for word): the
 * name works in all three, and the two tiers keep one name per language wherever they are mentioned.
 */
const TEXTS = {
  name: { ru: 'Клуб «Зерно»', en: 'Grain Club', zh: '谷粒俱乐部' },
  goalText: {
    ru: 'Поднять частоту визитов участников с 3,2 до 3,5 в месяц за год и удержать 93 % активных гостей вместо 90 %; узнать, кто наши постоянные гости, чтобы звать их на дегустации новых сортов.',
    en: 'Within a year, raise members’ visits from 3.2 to 3.5 a month and keep 93% of active guests instead of 90%; learn who our regulars are, so we can invite them to tastings of new coffees.',
    zh: '一年内把会员每月到店次数从 3.2 次提高到 3.5 次，活跃顾客留存率从 90% 提高到 93%；弄清谁是我们的常客，邀请他们来品鉴新品咖啡豆。',
  },
  target: {
    ru: 'Офисные работники 25–45 лет, которые берут кофе по дороге на работу и в обед 2–4 раза в неделю, и студенты соседних вузов; не туристы и не случайные прохожие.',
    en: 'Office workers aged 25–45 who pick up a coffee on the way to work or at lunch 2–4 times a week, and students from the universities nearby; not tourists or passers-by.',
    zh: '25–45 岁的上班族，每周 2–4 次在上班路上或午休时买咖啡；还有附近高校的学生。不包括游客和偶然路过的人。',
  },
  pointsRules: {
    ru: '5 % от покупки баллами за чек от 150 ₽; баллами можно оплатить до 50 % следующего чека.',
    en: '5% of the purchase back in points on a bill from 150; points pay for up to 50% of the next bill.',
    zh: '单笔消费满 150，按金额的 5% 返积分；积分最多可抵下一笔消费的 50%。',
  },
  tiersRules: {
    ru: '«Гость» — 5 %, «Завсегдатай» — 8 % при покупках от 4 000 ₽ за квартал; статус пересматривается раз в квартал.',
    en: '“Guest” earns 5%, “Regular” 8% once purchases reach 4,000 a quarter; the status is reviewed every quarter.',
    zh: '“访客”返 5%；每季度消费满 4000 成为“常客”，返 8%。等级每季度重新评定一次。',
  },
} satisfies Record<string, LocalizedText>;

const RULES = {
  joining: {
    ru: 'Карта в приложении или пластиковая на кассе, по номеру телефона; вступление бесплатно, с 14 лет.',
    en: 'A card in the app, or a plastic one at the till, by phone number; joining is free, from the age of 14.',
    zh: '凭手机号在 App 里开通电子卡，或在收银台领取实体卡；免费加入，年满 14 岁即可。',
  },
  earning: {
    ru: 'Баллы начисляются на сумму чека от 150 ₽ после оплаты, кроме оплаты баллами; 1 балл = 1 ₽.',
    en: 'Points are credited once a bill from 150 is paid, except the part paid in points; each point is worth 1 in money.',
    zh: '单笔满 150，付款后按金额累积积分，用积分支付的部分不计；1 积分抵 1 元。',
  },
  spending: {
    ru: 'Баллами можно оплатить до 50 % чека в любой кофейне сети, со следующего дня после начисления.',
    en: 'Points pay for up to 50% of a bill in any of the chain’s coffee shops, from the day after they are earned.',
    zh: '积分可在任一门店抵扣最多 50% 的消费，获得次日起可用。',
  },
  expiry: {
    ru: 'Баллы сгорают через 6 месяцев после начисления; за 2 недели приходит напоминание.',
    en: 'Points expire 6 months after they are earned; a reminder comes 2 weeks before.',
    zh: '积分自获得起 6 个月后失效，失效前 2 周发送提醒。',
  },
  tierChange: {
    ru: 'Статус «Завсегдатай» — за покупки от 4 000 ₽ за квартал; если за квартал меньше 2 000 ₽, статус снижается до «Гостя».',
    en: '“Regular” status comes with purchases from 4,000 a quarter; below 2,000 in a quarter, it drops back to “Guest”.',
    zh: '每季度消费满 4000 即为“常客”；某季度消费不足 2000，则降回“访客”。',
  },
  exclusions: {
    ru: 'Баллы не начисляются на зёрна в подарочной упаковке, на корпоративные заказы и на товары по акции.',
    en: 'No points on gift-boxed beans, corporate orders or goods on promotion.',
    zh: '礼盒装咖啡豆、企业订单和促销商品不累积积分。',
  },
  communication: {
    ru: 'Правила на сайте и в приложении; об изменениях сообщаем за 30 дней пуш-уведомлением и на кассе.',
    en: 'The rules are on the website and in the app; changes are announced 30 days ahead by push notification and at the till.',
    zh: '规则公布在官网和 App 中；如有变更，提前 30 天通过推送通知和收银台告知。',
  },
} satisfies LocalizedRules;

const MISTAKE_NOTES = {
  rewardsOnBaseline: {
    status: 'flagged',
    note: {
      ru: 'Баллы идут на каждую чашку, в том числе на ту, что гость купил бы и так. Проверить порог: начислять только с третьего визита в неделю?',
      en: 'Points go on every cup, including the ones guests would have bought anyway. Try a threshold: points only from the third visit in a week?',
      zh: '每一杯都给积分，包括顾客本来就会买的那杯。考虑设门槛：每周第三次到店起才累积积分？',
    },
  },
  noExitForUnprofitable: {
    status: 'answered',
    note: {
      ru: 'Статус снижается, если за квартал покупок меньше 2 000 ₽; баллы сгорают через 6 месяцев.',
      en: 'The status drops if a quarter’s purchases are under 2,000; points expire after 6 months.',
      zh: '某季度消费不足 2000 即降级；积分 6 个月后失效。',
    },
  },
  unwantedRewards: {
    status: 'answered',
    note: {
      ru: 'Опрос 300 гостей: хотят бесплатный напиток и дегустации, а не скидки на сувениры.',
      en: 'We asked 300 guests: they want a free drink and tastings, not discounts on souvenirs.',
      zh: '调查了 300 位顾客：他们想要免费饮品和品鉴会，而不是纪念品折扣。',
    },
  },
  rulesChangedSilently: {
    status: 'answered',
    note: {
      ru: 'Любое изменение правил — за 30 дней, с объяснением причины.',
      en: 'Any change to the rules is announced 30 days ahead, with the reason for it.',
      zh: '规则的任何变更都提前 30 天公布，并说明原因。',
    },
  },
  noMeasurement: {
    status: 'answered',
    note: {
      ru: 'Сравниваем частоту визитов участников и неучастников до и после запуска, отчёт раз в квартал.',
      en: 'We compare how often members and non-members visit, before and after the launch, in a quarterly report.',
      zh: '对比会员与非会员在上线前后的到店频率，每季度出一份报告。',
    },
  },
  tooComplex: {
    status: 'answered',
    note: {
      ru: 'Два правила, которые бариста объясняет за 10 секунд: 5 % баллами и статус за 4 000 ₽ в квартал.',
      en: 'Two rules a barista explains in 10 seconds: 5% back in points, and the status at 4,000 a quarter.',
      zh: '咖啡师 10 秒就能讲清的两条规则：返 5% 积分；每季度消费满 4000 升级。',
    },
  },
  rewardAboveMargin: {
    status: 'answered',
    note: { ru: 'Максимальная награда 8 % при марже 62 %.', en: 'The highest reward is 8% against a 62% margin.', zh: '最高奖励 8%，毛利率 62%。' },
  },
  staffNotReady: {
    status: 'flagged',
    note: {
      ru: 'Бариста не обучены предлагать карту, в премии нет показателя по программе. Нужен тренинг и бонус за новых участников.',
      en: 'Baristas are not trained to offer the card, and nothing in their bonus depends on the program. They need training and a bonus for new members.',
      zh: '咖啡师没受过推荐会员卡的培训，奖金里也没有与会员计划挂钩的指标。需要培训，并为发展新会员设奖励。',
    },
  },
  copiedCompetitor: {
    status: 'answered',
    note: {
      ru: 'У конкурентов — «шестой кофе бесплатно»; у нас статус и дегустации для завсегдатаев.',
      en: 'Competitors offer “sixth coffee free”; we give regulars a status and tastings.',
      zh: '竞争对手是“第六杯免费”；我们给常客的是等级和品鉴会。',
    },
  },
  noCommunication: {
    status: 'answered',
    note: {
      ru: 'Стойка у кассы, стикер на стаканах, рассылка по базе Wi-Fi, бариста предлагает карту каждому гостю.',
      en: 'A stand by the till, a sticker on the cups, a mailing to the Wi-Fi sign-up list, and the barista offers the card to every guest.',
      zh: '收银台旁的展架、杯身贴纸、向 Wi-Fi 登录用户群发消息，咖啡师向每位顾客推荐会员卡。',
    },
  },
} satisfies LocalizedMistakes;

/**
 * A made-up chain of 14 coffee shops in a million-people city (B2C, a mature market): every step has something to
 * show. Texts are in the language the exercise is first opened in; figures are the same in all. The figures are a
 * coffee chain's: a cheap, frequent purchase (380 ₽, 3.2 visits a month) at a high gross margin (62 %). Points are
 * paid on every purchase, so every reward on a coffee the member would have bought anyway is a cost (baseline reward
 * share 1): the check-list flags it, as it flags the baristas, who are not yet trained to offer the card.
 */
export function coffeeChainDesign(locale: Locale): ProgramDesignState {
  const text = (key: keyof typeof TEXTS) => pickText(TEXTS[key], locale);
  return {
    name: text('name'),
    goals: ['frequency', 'retain', 'knowCustomers'],
    goalText: text('goalText'),
    market: 'b2c',
    stage: 'maturity',
    target: { source: 'own', segmentKeys: [], description: text('target') },
    mechanics: {
      source: 'own',
      taken: null,
      types: ['points', 'tiers', 'gamification'],
      chosen: [
        { id: 'coffee-points', type: 'points', rewardRate: 0.05, threshold: 150, expiryMonths: 6, rules: text('pointsRules') },
        { id: 'coffee-tiers', type: 'tiers', rewardRate: 0.08, threshold: 4000, expiryMonths: null, rules: text('tiersRules') },
      ],
    },
    rules: pickRules(RULES, locale),
    channel: { throughPartners: false, partnersSide: '' },
    mistakes: pickMistakes(MISTAKE_NOTES, locale),
    economics: {
      members: 12_000,
      participation: 0.45,
      baselineFrequency: 3.2,
      averageCheck: 380,
      margin: 0.62,
      baselineRetention: 0.9,
      frequencyUplift: 0.1,
      checkUplift: 0.05,
      retentionUplift: 0.03,
      rewardRate: 0.05,
      breakage: 0.25,
      baselineRewardShare: 1,
      setupCost: 600_000,
      monthlyFixedCost: 90_000,
      monthlyCostPerMember: 5,
      horizonMonths: 24,
    },
    followUp: { notes: '', changedAt: null },
  };
}
