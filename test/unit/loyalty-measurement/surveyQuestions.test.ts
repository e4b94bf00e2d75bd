import { describe, expect, it } from 'vitest';
import { plannedButNotAsked, withPlan, withView } from '../../../exercises/loyalty-measurement/model/surveyQuestions';
import type { LoyaltyState } from '../../../exercises/loyalty-measurement/state';
import { loyaltyState, planEntry } from '../../builders/loyalty';

const asking = (state: LoyaltyState, questions: LoyaltyState['survey']['questions']): LoyaltyState => ({ ...state, survey: { ...state.survey, questions } });

describe('the questionnaire follows the plan', () => {
  it('a survey metric put into the plan adds its question, in the catalogue order; one taken out removes it', () => {
    const start = asking(loyaltyState({ plan: [planEntry({ metric: 'nps' })] }), ['nps', 'customerId']);
    const withCes = withPlan(start, [...start.plan, planEntry({ metric: 'ces' }), planEntry({ metric: 'retention' })]);
    expect(withCes.plan.map((entry) => entry.metric)).toEqual(['nps', 'ces', 'retention']);
    expect(withCes.survey.questions).toEqual(['nps', 'ces', 'customerId']);
    expect(withPlan(withCes, withCes.plan.filter((entry) => entry.metric !== 'nps')).survey.questions).toEqual(['ces', 'customerId']);
  });

  it('keeps the participant’s own ticks for what the plan did not change', () => {
    // CSAT asked although not planned, NPS planned but unticked in step 4: adding retention moves neither.
    const start = asking(loyaltyState({ plan: [planEntry({ metric: 'nps' })] }), ['csat', 'segment']);
    const next = withPlan(start, [...start.plan, planEntry({ metric: 'retention' })]);
    expect(next.survey.questions).toEqual(['csat', 'segment']);
    expect(plannedButNotAsked(next)).toEqual(['nps']);
  });

  it('a view that looks at attitude adds the attitude statements once; leaving it keeps them', () => {
    const start = asking(loyaltyState(), ['nps']);
    const both = withView(start, 'both');
    expect(both.meaning.view).toBe('both');
    expect(both.survey.questions).toEqual(['nps', 'attitude']);
    // Unticked in step 4 afterwards, then a switch between two attitude views: the participant's untick stands.
    const unticked = asking(both, ['nps']);
    expect(withView(unticked, 'attitudinal').survey.questions).toEqual(['nps']);
    expect(withView(both, 'behavioural').survey.questions).toEqual(['nps', 'attitude']);
  });
});
