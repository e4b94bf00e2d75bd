import type { StepDoneContext } from '../../src/workbook/contract';
import { SALES_SPEC_ID } from '../../src/data/salesSpec';
import type { LoyaltyState } from './state';

type Done = (state: LoyaltyState, context: StepDoneContext) => boolean;

const hasOwnSurvey = (state: LoyaltyState) => state.survey.files.length > 0 || state.survey.typedAnswers.length > 0;
const estimatesEntered = (state: LoyaltyState) => Object.values(state.matrix.estimatedShares).every((share) => share !== null);

/**
 * When each step's work is done (StepDefinition.done). The profile, the definition and the plan are the
 * participant's decisions; the survey and sales steps count once their own answers or sales are in and the
 * results were seen (the demo retailer that stands in does not count); the matrix once it is measured or
 * estimated; the conclusions once the first measurement is recorded for the follow-up.
 */
export const loyaltyStepsDone = {
  business: (state) => state.business.model !== null && state.business.identification !== null && (state.business.purchaseCycleDays !== null || state.business.longLifeCycle),
  meaning: (state) => state.meaning.view !== null && Object.values(state.meaning.ladder).some((stage) => stage.used),
  plan: (state) => state.plan.length > 0 && state.plan.every((entry) => entry.frequency !== null && entry.target !== null && entry.alarm !== null),
  survey: (state, { visited }) => visited && hasOwnSurvey(state),
  behaviour: (_state, { visited, datasets }) => visited && datasets.has(SALES_SPEC_ID),
  matrix: (state, { visited, datasets }) => visited && ((hasOwnSurvey(state) && datasets.has(SALES_SPEC_ID)) || estimatesEntered(state)),
  conclusions: (state) => state.conclusions.baseline !== null,
} satisfies Record<string, Done>;
