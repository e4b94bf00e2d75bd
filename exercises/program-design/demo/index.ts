import type { Locale } from '../../../src/i18n/locale';
import { PROGRAM_FIGURE_KEYS, type ProgramFigures } from '../../../src/results/programFigures';
import { emptyRules, type ProgramDesignState } from '../state';
import { coffeeChainDesign } from './coffeeChain';
import { distributorDesign } from './distributor';

// Cast: fromEntries loses the key type; the entries are exactly the figures' keys.
const emptyFigures = (): ProgramFigures => Object.fromEntries(PROGRAM_FIGURE_KEYS.map((key) => [key, null])) as ProgramFigures;

/** "Start from scratch": nothing designed. */
export function blankProgramDesignState(): ProgramDesignState {
  return {
    name: '',
    goals: [],
    goalText: '',
    market: null,
    stage: null,
    target: { source: 'own', segmentKeys: [], description: '' },
    mechanics: { source: 'own', chosen: [], types: [] },
    rules: emptyRules(),
    channel: { throughPartners: false, partnersSide: '' },
    mistakes: {},
    economics: emptyFigures(),
    followUp: { notes: '' },
  };
}

/** The worked demo the exercise opens with, its texts in `locale`: a made-up coffee-shop chain's program (B2C, maturity). */
export function demoProgramDesignState(locale: Locale): ProgramDesignState {
  return coffeeChainDesign(locale);
}

/** The second worked example, its texts in `locale`: a made-up B2B distributor selling through a trade chain. */
export function demoDistributorState(locale: Locale): ProgramDesignState {
  return distributorDesign(locale);
}
