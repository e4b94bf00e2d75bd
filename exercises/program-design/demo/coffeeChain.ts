import type { ProgramDesignState } from '../state';

/**
 * A made-up chain of 14 coffee shops in a million-people city (B2C, a mature market): every step has something to
 * show. Texts are in Russian, the seminar's language. The figures are a coffee chain's: a cheap, frequent purchase
 * (380 ₽, 3.2 visits a month) at a high gross margin (62 %). Points are paid on every purchase, so every reward on a
 * coffee the member would have bought anyway is a cost (baseline reward share 1): the check-list flags it, as it
 * flags the baristas, who are not yet trained to offer the card.
 */
export function coffeeChainDesign(): ProgramDesignState {
  return {
    name: 'Клуб «Зерно»',
    goals: ['frequency', 'retain', 'knowCustomers'],
    goalText:
      'Поднять частоту визитов участников с 3,2 до 3,5 в месяц за год и удержать 93 % активных гостей вместо 90 %; узнать, кто наши постоянные гости, чтобы звать их на дегустации новых сортов.',
    market: 'b2c',
    stage: 'maturity',
    target: {
      source: 'own',
      segmentKeys: [],
      description:
        'Офисные работники 25–45 лет, которые берут кофе по дороге на работу и в обед 2–4 раза в неделю, и студенты соседних вузов; не туристы и не случайные прохожие.',
    },
    mechanics: {
      source: 'own',
      types: ['points', 'tiers', 'gamification'],
      chosen: [
        {
          id: 'coffee-points',
          type: 'points',
          rewardRate: 0.05,
          threshold: 150,
          expiryMonths: 6,
          rules: '5 % от покупки баллами за чек от 150 ₽; баллами можно оплатить до 50 % следующего чека.',
        },
        {
          id: 'coffee-tiers',
          type: 'tiers',
          rewardRate: 0.08,
          threshold: 4000,
          expiryMonths: null,
          rules: '«Гость» — 5 %, «Завсегдатай» — 8 % при покупках от 4 000 ₽ за квартал; статус пересматривается раз в квартал.',
        },
      ],
    },
    rules: {
      joining: 'Карта в приложении или пластиковая на кассе, по номеру телефона; вступление бесплатно, с 14 лет.',
      earning: 'Баллы начисляются на сумму чека от 150 ₽ после оплаты, кроме оплаты баллами; 1 балл = 1 ₽.',
      spending: 'Баллами можно оплатить до 50 % чека в любой кофейне сети, со следующего дня после начисления.',
      expiry: 'Баллы сгорают через 6 месяцев после начисления; за 2 недели приходит напоминание.',
      tierChange: 'Статус «Завсегдатай» — за покупки от 4 000 ₽ за квартал; если за квартал меньше 2 000 ₽, статус снижается до «Гостя».',
      exclusions: 'Баллы не начисляются на зёрна в подарочной упаковке, на корпоративные заказы и на товары по акции.',
      communication: 'Правила на сайте и в приложении; об изменениях сообщаем за 30 дней пуш-уведомлением и на кассе.',
    },
    channel: { throughPartners: false, partnersSide: '' },
    mistakes: {
      rewardsOnBaseline: {
        status: 'flagged',
        note: 'Баллы идут на каждую чашку, в том числе на ту, что гость купил бы и так. Проверить порог: начислять только с третьего визита в неделю?',
      },
      noExitForUnprofitable: { status: 'answered', note: 'Статус снижается, если за квартал покупок меньше 2 000 ₽; баллы сгорают через 6 месяцев.' },
      unwantedRewards: { status: 'answered', note: 'Опрос 300 гостей: хотят бесплатный напиток и дегустации, а не скидки на сувениры.' },
      rulesChangedSilently: { status: 'answered', note: 'Любое изменение правил — за 30 дней, с объяснением причины.' },
      noMeasurement: { status: 'answered', note: 'Сравниваем частоту визитов участников и неучастников до и после запуска, отчёт раз в квартал.' },
      tooComplex: { status: 'answered', note: 'Два правила, которые бариста объясняет за 10 секунд: 5 % баллами и статус за 4 000 ₽ в квартал.' },
      rewardAboveMargin: { status: 'answered', note: 'Максимальная награда 8 % при марже 62 %.' },
      staffNotReady: {
        status: 'flagged',
        note: 'Бариста не обучены предлагать карту, в премии нет показателя по программе. Нужен тренинг и бонус за новых участников.',
      },
      copiedCompetitor: { status: 'answered', note: 'У конкурентов — «шестой кофе бесплатно»; у нас статус и дегустации для завсегдатаев.' },
      noCommunication: { status: 'answered', note: 'Стойка у кассы, стикер на стаканах, рассылка по базе Wi-Fi, бариста предлагает карту каждому гостю.' },
    },
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
    followUp: { notes: '' },
  };
}
