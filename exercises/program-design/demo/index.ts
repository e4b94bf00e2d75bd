import type { Locale } from '../../../src/i18n/locale';
import type { ProgramDesignState } from '../state';
import { coffeeChainDesign } from './coffeeChain';
import { distributorDesign } from './distributor';

/** The worked demo the exercise opens with, its texts in `locale`: a made-up coffee-shop chain's program (B2C, maturity). */
export function demoProgramDesignState(locale: Locale): ProgramDesignState {
  return coffeeChainDesign(locale);
}

/** The second worked example, its texts in `locale`: a made-up B2B distributor selling through a trade chain. */
export function demoDistributorState(locale: Locale): ProgramDesignState {
  return distributorDesign(locale);
}

export { blankProgramDesignState } from './blank';
