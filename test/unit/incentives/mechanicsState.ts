import { emptyScores, type IncentivesState } from '../../../exercises/incentives/state';

/**
 * A filled incentives state for tests of steps 2–3 and the export (the exercise's demo is built elsewhere): a café
 * chain with every lever rated, two mechanics and three discounts at a 30 % margin.
 */
export function filledIncentivesState(): IncentivesState {
  return {
    market: 'b2c',
    stage: 'maturity',
    loyaltyTypes: [],
    scores: emptyScores(),
    levers: {
      membershipFee: { rating: 2, how: 'Годовая карта' },
      accumulatedRewards: { rating: 5, how: 'Баллы за каждую чашку' },
      bundles: { rating: 3, how: '' },
      personalService: { rating: 4, how: 'Бариста помнит заказ' },
      technology: { rating: 1, how: '' },
      jointDevelopment: { rating: 0, how: '' },
      customerInvestment: { rating: 2, how: '' },
      lessEffort: { rating: 5, how: 'Заказ в приложении' },
      anticipatedService: { rating: 3, how: '' },
      fitCertainty: { rating: 4, how: 'Дегустации' },
      priceCertainty: { rating: 2, how: '' },
      reliability: { rating: 4, how: '' },
    },
    mechanics: [
      { id: 'm-test-points', type: 'points', rewardRate: 0.05, threshold: null, expiryMonths: 12, rules: '1 балл = 1 ₽' },
      { id: 'm-test-tiers', type: 'tiers', rewardRate: 0.3, threshold: 15000, expiryMonths: 1, rules: '' },
    ],
    margin: 0.3,
    discounts: [
      { id: 'd-test-second', name: 'Вторая чашка', discount: 0.1, expectedVolumeChange: 0.3 },
      { id: 'd-test-happy', name: 'Счастливые часы', discount: 0.05, expectedVolumeChange: 0.25 },
      { id: 'd-test-half', name: 'Полцены по понедельникам', discount: 0.5, expectedVolumeChange: 1 },
    ],
    conclusions: { notes: '' },
  };
}
