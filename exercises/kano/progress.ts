import type { StepDoneContext } from '../../src/workbook/contract';
import type { KanoState } from './state';
import { checkFeatureList } from './model/featureList';

type Done = (state: KanoState, context: StepDoneContext) => boolean;

const featuresReady = (state: KanoState) => checkFeatureList(state.features).length === 0;
const hasAnswers = (state: KanoState) => state.responses.length > 0 || state.imports.some((file) => file.respondents > 0);

/** When each step's work is done (StepDefinition.done): a usable feature list, answers, and one decision taken. */
export const kanoStepsDone = {
  features: (state) => featuresReady(state),
  questionnaire: (state, { visited }) => visited && featuresReady(state),
  answers: (state) => hasAnswers(state),
  results: (state, { visited }) => visited && hasAnswers(state),
  decisions: (state) => state.features.some((feature) => feature.decision !== 'undecided'),
} satisfies Record<string, Done>;
