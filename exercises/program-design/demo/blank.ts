import { PROGRAM_FIGURE_KEYS, type ProgramFigures } from '../../../src/results/programFigures';
import { emptyRules, type ProgramDesignState } from '../state';

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
    mechanics: { source: 'own', chosen: [], types: [], taken: null },
    rules: emptyRules(),
    channel: { throughPartners: false, partnersSide: '' },
    mistakes: {},
    economics: emptyFigures(),
    followUp: { notes: '', changedAt: null },
  };
}
