import { SURVEY_QUESTIONS, type LoyaltyMeaning, type LoyaltyState, type MetricId, type PlanEntry } from '../state';

/** Plan metrics measured by a question of the survey, each under the same id as its question. */
export const SURVEY_METRICS = ['nps', 'csat', 'ces'] as const satisfies readonly (MetricId & LoyaltyState['survey']['questions'][number])[];
type Question = LoyaltyState['survey']['questions'][number];

/** The views of loyalty that look at attitude: the survey then asks the attitude statements. */
const ATTITUDE_VIEWS: readonly (LoyaltyMeaning['view'] & string)[] = ['attitudinal', 'both'];

function withQuestions(state: LoyaltyState, add: readonly Question[], remove: readonly Question[]): LoyaltyState {
  if (add.length === 0 && remove.length === 0) return state;
  const asked = new Set(state.survey.questions);
  for (const question of remove) asked.delete(question);
  for (const question of add) asked.add(question);
  // In the catalogue's order, as the questionnaire's own toggles keep it.
  return { ...state, survey: { ...state.survey, questions: SURVEY_QUESTIONS.filter((question) => asked.has(question)) } };
}

/**
 * The state with a new plan, its questionnaire following it: a survey metric put into the plan adds its question,
 * one taken out removes it. Only what the plan changed moves, so the participant's own ticks in step 4 stay.
 */
export function withPlan(state: LoyaltyState, plan: PlanEntry[]): LoyaltyState {
  const before = new Set(state.plan.map((entry) => entry.metric));
  const after = new Set(plan.map((entry) => entry.metric));
  const added = SURVEY_METRICS.filter((metric) => after.has(metric) && !before.has(metric));
  const removed = SURVEY_METRICS.filter((metric) => before.has(metric) && !after.has(metric));
  return withQuestions({ ...state, plan }, added, removed);
}

/** The state with a new view of loyalty: choosing a view that looks at attitude adds the attitude statements to the survey. */
export function withView(state: LoyaltyState, view: LoyaltyMeaning['view']): LoyaltyState {
  const turnsToAttitude = view !== null && ATTITUDE_VIEWS.includes(view) && (state.meaning.view === null || !ATTITUDE_VIEWS.includes(state.meaning.view));
  return withQuestions({ ...state, meaning: { ...state.meaning, view } }, turnsToAttitude ? ['attitude'] : [], []);
}

/** The plan's survey metrics the questionnaire does not ask: the plan cannot be measured without them. */
export function plannedButNotAsked(state: { plan: readonly PlanEntry[]; survey: Pick<LoyaltyState['survey'], 'questions'> }): (typeof SURVEY_METRICS)[number][] {
  const planned = new Set(state.plan.map((entry) => entry.metric));
  return SURVEY_METRICS.filter((metric) => planned.has(metric) && !state.survey.questions.includes(metric));
}
