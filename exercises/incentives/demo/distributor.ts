import type { IncentivesState } from '../state';

/**
 * A made-up distributor of building materials selling to 350 hardware shops and contractors (B2B, a growing
 * market), the business the program design's second example builds its partner program on. Its clients stay for
 * their account manager (channel), spread their orders over several suppliers (dispersed) and press on price.
 * Texts are in Russian, the seminar's language. Tiers (13), partner privileges (12) and cashback as a quarterly
 * retro bonus make the short list: the discount and cashback tie at 11 until fit speaks — cashback suits B2B and
 * buyers who spread their orders, a flat discount rewards what they already buy here — so cashback takes the third
 * place. The 20 % clearance is above the 18 % margin: the check calls it suicidal.
 */
export function distributorIncentives(): IncentivesState {
  return {
    market: 'b2b',
    stage: 'growth',
    loyaltyTypes: ['channel', 'price', 'dispersed'],
    scores: {
      discount: { customerValue: 4, affordability: 2, simplicity: 5, note: 'Закупщики сравнивают прайсы; но при марже 18 % каждый процент скидки дорог.' },
      points: { customerValue: 2, affordability: 3, simplicity: 3, note: 'Баллы достанутся закупщику, а не компании-клиенту: служба безопасности против.' },
      tiers: { customerValue: 5, affordability: 4, simplicity: 4, note: 'Серебро и золото по закупкам за квартал: отсрочка и бонус тянут к нам долю закупок.' },
      paidMembership: { customerValue: 1, affordability: 4, simplicity: 3, note: 'Платить за право закупать у дистрибьютора никто не станет.' },
      cashback: { customerValue: 4, affordability: 3, simplicity: 4, note: 'Ретро-бонус по итогам квартала привычен, но бухгалтерия клиента хочет его документами.' },
      coalition: { customerValue: 1, affordability: 2, simplicity: 1, note: 'Партнёров с общей валютой для стройки нет.' },
      gifts: { customerValue: 2, affordability: 3, simplicity: 4, note: 'Подарки к юбилею сотрудничества — приятно, но на долю закупок не влияет.' },
      partnerPrivileges: { customerValue: 5, affordability: 4, simplicity: 3, note: 'Доставка на объект, обучение продавцов, лизинг техники у партнёра.' },
      gamification: { customerValue: 2, affordability: 3, simplicity: 2, note: 'Разве что конкурс продаж для продавцов магазинов-партнёров.' },
    },
    levers: {
      membershipFee: { rating: 0, how: 'Платное участие оттолкнёт магазины.' },
      accumulatedRewards: { rating: 3, how: 'Бонус за квартал начисляется, но тратится только на следующие заказы у нас.' },
      bundles: { rating: 4, how: 'Комплект «сухие смеси + крепёж + инструмент» на объект по одной цене.' },
      personalService: { rating: 5, how: 'Личный менеджер знает объекты клиента и звонит до того, как кончится товар.' },
      technology: { rating: 3, how: 'Личный кабинет с остатками, заказом в один клик и выгрузкой в 1С клиента.' },
      jointDevelopment: { rating: 2, how: 'Вместе с крупными подрядчиками подбираем комплекты под типовые объекты.' },
      customerInvestment: { rating: 3, how: 'Стеллажи и выкладка наших марок в магазине клиента.' },
      lessEffort: { rating: 4, how: 'Повтор прошлого заказа одной кнопкой, доставка в окно, выбранное клиентом.' },
      anticipatedService: { rating: 4, how: 'Менеджер предупреждает о сезонном росте цен и предлагает закупить заранее.' },
      fitCertainty: { rating: 3, how: 'Образцы и технолог на объекте перед крупным заказом.' },
      priceCertainty: { rating: 4, how: 'Цена фиксируется на квартал для клиентов уровня «золото».' },
      reliability: { rating: 5, how: 'Поставка в срок или скидка 1 % за каждый день опоздания.' },
    },
    mechanics: [
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
    margin: 0.18,
    discounts: [
      { id: 'distributor-volume', name: '2 % за заказ от 300 000 ₽', discount: 0.02, expectedVolumeChange: 0.15 },
      { id: 'distributor-fasteners', name: '5 % на крепёж в комплекте с сухими смесями', discount: 0.05, expectedVolumeChange: 0.3 },
      { id: 'distributor-clearance', name: 'Распродажа остатков прошлого сезона −20 %', discount: 0.2, expectedVolumeChange: 1 },
    ],
    conclusions: { notes: '' },
  };
}
