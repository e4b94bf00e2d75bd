import type { StepDoneContext } from '../../src/workbook/contract';
import { enabledItems, type ServqualState, type Wave } from './state';

type Done = (state: ServqualState, context: StepDoneContext) => boolean;

const hasAnswers = (wave: Wave) => (wave.source.kind === 'entered' ? wave.source.responses.length > 0 : wave.source.summary.respondents > 0);
const wavesWithAnswers = (state: ServqualState) => state.waves.filter(hasAnswers).length;

/**
 * When each step's work is done (StepDefinition.done). The questionnaire comes filled with a preset, so its work is
 * reviewing it: seen, with at least one statement on. The plan counts once one action is written.
 */
export const servqualStepsDone = {
  questionnaire: (state, { visited }) => visited && enabledItems(state.questionnaire).length > 0,
  collect: (state) => wavesWithAnswers(state) > 0,
  answers: (state, { visited }) => visited && wavesWithAnswers(state) > 0,
  results: (state, { visited }) => visited && wavesWithAnswers(state) > 0,
  plan: (state) => state.plan.some((entry) => entry.action.trim() !== ''),
  waves: (state, { visited }) => visited && wavesWithAnswers(state) > 1,
} satisfies Record<string, Done>;
