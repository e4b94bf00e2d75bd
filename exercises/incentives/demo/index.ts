import type { Locale } from '../../../src/i18n/locale';
import { emptyScores, type IncentivesState } from '../state';
import { coffeeChainIncentives } from './coffeeChain';
import { distributorIncentives } from './distributor';

/** "Start from scratch": nothing scored or chosen. */
export function blankIncentivesState(): IncentivesState {
  return { market: null, stage: null, loyaltyTypes: [], scores: emptyScores(), levers: {}, mechanics: [], margin: null, discounts: [], conclusions: { notes: '' } };
}

/** The worked demo the exercise opens with: the coffee-shop chain, every step filled, its texts in the page's language. */
export function demoIncentivesState(locale: Locale): IncentivesState {
  return coffeeChainIncentives(locale);
}

/** The second worked example, a B2B distributor, which the program-types step offers to open instead (after a confirm). */
export function demoDistributorState(locale: Locale): IncentivesState {
  return distributorIncentives(locale);
}
