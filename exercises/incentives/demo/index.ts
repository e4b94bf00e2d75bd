import type { Locale } from '../../../src/i18n/locale';
import type { IncentivesState } from '../state';
import { coffeeChainIncentives } from './coffeeChain';
import { distributorIncentives } from './distributor';

/** The worked demo the exercise opens with: the coffee-shop chain, every step filled, its texts in the page's language. */
export function demoIncentivesState(locale: Locale): IncentivesState {
  return coffeeChainIncentives(locale);
}

/** The second worked example, a B2B distributor, which the program-types step offers to open instead (after a confirm). */
export function demoDistributorState(locale: Locale): IncentivesState {
  return distributorIncentives(locale);
}

export { blankIncentivesState } from './blank';
