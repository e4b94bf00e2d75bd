import type { StepDoneContext } from '../../src/workbook/contract';
import type { RoiState } from './state';
import { programReadiness } from './programDraft';
import { SALES_SPEC_ID } from './inputs';

type Done = (state: RoiState, context: StepDoneContext) => boolean;

const programReady = (state: RoiState) => programReadiness(state.program).kind === 'ready';

/**
 * When each step's work is done (StepDefinition.done). The expected volume change of the discount step is a
 * comparison, not needed for the break-even; scenarios are optional edits of a step whose work is reading the
 * tornado. The evaluation is the participant's own sales measured: the demo shop that stands in does not count.
 */
export const roiStepsDone = {
  discount: (state) => state.discount.margin !== null && state.discount.discount !== null,
  economics: (state) => programReady(state),
  sensitivity: (state, { visited }) => visited && programReady(state),
  evaluation: (state, { visited, datasets }) => visited && datasets.has(SALES_SPEC_ID) && state.evaluation.launchDate !== null,
  conclusions: (state) => state.conclusions.decision !== 'undecided',
} satisfies Record<string, Done>;
