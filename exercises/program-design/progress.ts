import type { StepDoneContext } from '../../src/workbook/contract';
import { missingFigures } from './links';
import { MISTAKES, RULE_TOPICS, type ProgramDesignState } from './state';

type Done = (state: ProgramDesignState, context: StepDoneContext) => boolean;

/**
 * When each step's work is done (StepDefinition.done): the goal once a goal and the target customers are named;
 * the mechanics once one is chosen and the rules of earning and spending are written; the check-list once every
 * mistake is answered or flagged; the economics once every figure is entered; the one-page program once seen.
 */
export const programDesignStepsDone = {
  goal: (state) => state.goals.length > 0 && (state.target.description.trim() !== '' || state.target.segmentKeys.length > 0),
  mechanics: (state) => state.mechanics.chosen.length > 0 && RULE_TOPICS.filter((topic) => topic === 'earning' || topic === 'spending').every((topic) => state.rules[topic].trim() !== ''),
  mistakes: (state) => MISTAKES.every((mistake) => (state.mistakes[mistake]?.status ?? null) !== null),
  economics: (state) => missingFigures(state.economics).length === 0,
  onePage: (_state, { visited }) => visited,
} satisfies Record<string, Done>;
