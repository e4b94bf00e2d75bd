import type { IncentivesState } from '../state';

/**
 * A made-up chain of 14 coffee shops in a million-people city (B2C, a mature market), the same business the
 * program design's demo builds its club on. Its guests come for the place and the baristas (experience) or for
 * the price of a cup (price). Texts are in Russian, the seminar's language. Points, tiers and gamification make
 * the short list; tiers and gamification tie at 11 and fit breaks the tie: tiers suit B2C, maturity and the
 * experience-loyal (a good fit), gamification is only possible at maturity. The pastry clearance at 70 % off is
 * above the 62 % margin: the check calls it suicidal.
 */
export function coffeeChainIncentives(): IncentivesState {
  return {
    market: 'b2c',
    stage: 'maturity',
    loyaltyTypes: ['price', 'experience'],
    scores: {
      discount: { customerValue: 3, affordability: 1, simplicity: 5, note: 'Гостям понятно, но 10 % с каждой чашки — деньги за кофе, который купили бы и так.' },
      points: { customerValue: 4, affordability: 4, simplicity: 4, note: 'Баллы в приложении уже просят; часть сгорит, а данные о гостях нужны для дегустаций.' },
      tiers: { customerValue: 5, affordability: 3, simplicity: 3, note: 'Завсегдатаи хотят, чтобы их узнавали: статус с напитком дня и местом на дегустациях.' },
      paidMembership: { customerValue: 2, affordability: 4, simplicity: 3, note: 'Чашка за 380 ₽ — не та покупка, за право на которую платят взнос.' },
      cashback: { customerValue: 3, affordability: 2, simplicity: 4, note: 'Те же деньги, что скидка, только позже; эмоций не добавляет.' },
      coalition: { customerValue: 2, affordability: 2, simplicity: 2, note: 'Наш бренд растворится среди банков и заправок, а комиссия оператора съест выгоду.' },
      gifts: { customerValue: 3, affordability: 4, simplicity: 3, note: 'У конкурентов уже «шестой кофе бесплатно» — этим не отличимся.' },
      partnerPrivileges: { customerValue: 3, affordability: 4, simplicity: 2, note: 'Скидки в книжном и коворкинге по соседству; договариваться с каждым долго.' },
      gamification: { customerValue: 4, affordability: 3, simplicity: 4, note: 'Коллекция сортов в приложении: попробуй все шесть — получи пачку зёрен.' },
    },
    levers: {
      membershipFee: { rating: 0, how: 'Взнос за кофе платить никто не станет.' },
      accumulatedRewards: { rating: 4, how: 'Баллы в приложении сгорают через 6 месяцев — накопленное жалко терять.' },
      bundles: { rating: 3, how: 'Утренний набор «кофе + круассан» и абонемент на 10 капучино.' },
      personalService: { rating: 4, how: 'Бариста помнят напиток постоянного гостя и готовят его, пока тот стоит в очереди.' },
      technology: { rating: 3, how: 'Заказ заранее в приложении: забрать без очереди.' },
      jointDevelopment: { rating: 1, how: 'Гости голосуют за сезонный напиток.' },
      customerInvestment: { rating: 2, how: 'Своя кружка на полке в любимой кофейне.' },
      lessEffort: { rating: 5, how: 'Оплата и баллы одним касанием, напиток готов к приходу.' },
      anticipatedService: { rating: 3, how: 'Приложение предлагает любимый напиток в обычное время гостя.' },
      fitCertainty: { rating: 2, how: 'Дегустация нового сорта перед покупкой пачки зёрен.' },
      priceCertainty: { rating: 3, how: 'Цены на базовые напитки не меняются весь сезон.' },
      reliability: { rating: 4, how: 'Один рецепт и один вкус во всех 14 кофейнях.' },
    },
    mechanics: [
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
    margin: 0.62,
    discounts: [
      { id: 'coffee-card-10', name: '10 % по карте на все напитки', discount: 0.1, expectedVolumeChange: 0.05 },
      { id: 'coffee-second-cup', name: 'Второй напиток в чеке за полцены (25 % на двоих)', discount: 0.25, expectedVolumeChange: 0.3 },
      { id: 'coffee-pastry-evening', name: 'Выпечка −70 % за час до закрытия', discount: 0.7, expectedVolumeChange: 0.5 },
    ],
    conclusions: { notes: '' },
  };
}
