import { describe, expect, it } from 'vitest';
import {
  budgetTotals,
  emptyMonths,
  followUpSummary,
  mainPlanYear,
  planGaps,
  planYears,
  plannedActions,
  priorityOrder,
  quadrantOf,
  yearCalendar,
} from '../../../exercises/emotional-loyalty/model/rating';
import { withAction, withChosen, withQuickWinsChosen } from '../../../exercises/emotional-loyalty/model/planEdits';
import { cafePlan, ownIdea } from './planState';

const ids = (ideas: readonly { id: string }[]) => ideas.map((idea) => idea.id);

describe('the effect × cost matrix', () => {
  it('splits both 1–5 scales above the middle mark: 4 and 5 are high, 1 to 3 are not', () => {
    expect(quadrantOf(1, 5)).toBe('quickWin');
    expect(quadrantOf(3, 4)).toBe('quickWin');
    expect(quadrantOf(4, 4)).toBe('bigBet');
    expect(quadrantOf(5, 5)).toBe('bigBet');
    // The middle of both scales promises no clear effect and costs nothing alarming.
    expect(quadrantOf(3, 3)).toBe('fillIn');
    expect(quadrantOf(1, 1)).toBe('fillIn');
    expect(quadrantOf(4, 3)).toBe('moneyPit');
    expect(quadrantOf(5, 1)).toBe('moneyPit');
  });
});

describe('the priority order', () => {
  it('ranks by effect − cost, ties by the higher effect, then as listed; unrated ideas stay out', () => {
    const order = priorityOrder(cafePlan().ideas);
    // Scores: cake 5−1 = 4; tasting 4−2 = 2 and thanks 3−1 = 2 (tasting has the higher effect); party 5−5 = 0; promo 2−4 = −2.
    expect(order.map((entry) => [entry.idea.id, entry.score])).toEqual([
      ['i-cake', 4],
      ['i-tasting', 2],
      ['i-thanks', 2],
      ['i-party', 0],
      ['i-promo', -2],
    ]);
    expect(order.map((entry) => entry.quadrant)).toEqual(['quickWin', 'quickWin', 'fillIn', 'bigBet', 'moneyPit']);
  });

  it('keeps the listed order between ideas equal on both keys', () => {
    const order = priorityOrder([ownIdea('b', 'B', 2, 3), ownIdea('a', 'A', 2, 3), ownIdea('c', 'C', 1, 2)]);
    expect(order.map((entry) => entry.idea.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('the plan’s budget', () => {
  it('sums the chosen actions in all, by month and by touchpoint; an unchosen idea’s action is not in the plan', () => {
    const totals = budgetTotals(cafePlan());
    // 3 000 + 5 000 + 20 000 = 28 000; March holds the cake and the tasting (8 000); the party has no date.
    expect(totals.total).toBe(28000);
    expect(totals.byMonth).toEqual([{ month: '2026-03', budget: 8000 }]);
    expect(totals.undated).toBe(20000);
    // The hall: cake 3 000 + party 20 000 = 23 000; the website: the tasting, 5 000.
    expect(totals.byTouchpoint).toEqual([
      { touchpointId: 'tp-hall', budget: 23000 },
      { touchpointId: 'tp-web', budget: 5000 },
    ]);
    expect(totals.withoutBudget).toBe(0);
  });

  it('puts months in order and counts a missing budget as nothing, and an idea of a deleted touchpoint apart', () => {
    let state = withChosen(cafePlan(), 'i-thanks', true);
    state = withAction(state, 'i-thanks', { date: '2026-01-10' });
    state = withAction(state, 'i-party', { date: '2026-06-01', budget: null });
    state = { ...state, touchpoints: state.touchpoints.filter((touchpoint) => touchpoint.id !== 'tp-web') };
    const totals = budgetTotals(state);
    // Thanks (January) has no budget; the party lost its budget: 3 000 + 5 000 = 8 000.
    expect(totals.total).toBe(8000);
    expect(totals.byMonth).toEqual([
      { month: '2026-01', budget: 0 },
      { month: '2026-03', budget: 8000 },
      { month: '2026-06', budget: 0 },
    ]);
    expect(totals.withoutBudget).toBe(2);
    expect(totals.byTouchpoint).toEqual([
      { touchpointId: 'tp-hall', budget: 3000 },
      { touchpointId: null, budget: 5000 },
    ]);
  });
});

describe('the action plan', () => {
  it('lists dated actions by date, then the undated, and names what each lacks', () => {
    const state = cafePlan();
    expect(plannedActions(state).map((entry) => entry.idea.id)).toEqual(['i-cake', 'i-tasting', 'i-party']);
    const gaps = planGaps(state);
    expect(ids(gaps.withoutDate)).toEqual(['i-party']);
    expect(ids(gaps.withoutOwner)).toEqual(['i-tasting']);
    expect(ids(gaps.withoutBudget)).toEqual([]);
  });

  it('keeps an action typed for an idea that is unchosen and brings it back when chosen again', () => {
    const unchosen = withChosen(cafePlan(), 'i-cake', false);
    expect(plannedActions(unchosen).map((entry) => entry.idea.id)).toEqual(['i-tasting', 'i-party']);
    expect(unchosen.actions['i-cake']?.owner).toBe('Анна');
    const again = withChosen(unchosen, 'i-cake', true);
    expect(again.actions['i-cake']).toEqual(cafePlan().actions['i-cake']);
  });

  it('suggests the quick wins: choosing them adds every quick win not chosen and changes no other choice', () => {
    const state = { ...cafePlan(), ideas: cafePlan().ideas.map((idea) => ({ ...idea, chosen: false })) };
    const chosen = withQuickWinsChosen(state);
    expect(chosen.ideas.filter((idea) => idea.chosen).map((idea) => idea.id)).toEqual(['i-cake', 'i-tasting']);
    // The cake's action was typed before: it is kept, not replaced by an empty one.
    expect(chosen.actions['i-cake']?.owner).toBe('Анна');
  });
});

describe('the year’s calendar', () => {
  it('places actions and occasions in the months of the year most of them fall in', () => {
    const state = cafePlan();
    expect(planYears(state)).toEqual([2025, 2026]);
    // 2026 holds two dated actions and two occasions, 2025 one occasion.
    expect(mainPlanYear(state, 2030)).toBe(2026);
    expect(mainPlanYear({ ideas: [], actions: {}, occasions: [] }, 2030)).toBe(2030);
    const calendar = yearCalendar(state, 2026);
    expect(calendar).toHaveLength(12);
    expect(calendar[2]?.actions.map((entry) => entry.idea.id)).toEqual(['i-cake', 'i-tasting']);
    expect(calendar[9]?.occasions.map((occasion) => occasion.id)).toEqual(['o-coffee']);
    expect(calendar[11]?.occasions.map((occasion) => occasion.id)).toEqual(['o-ny']);
    // Months with nothing: all but March, October and December.
    expect(emptyMonths(calendar)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 11]);
    expect(yearCalendar(state, 2025)[5]?.occasions.map((occasion) => occasion.id)).toEqual(['o-old']);
  });
});

describe('the follow-up', () => {
  it('counts done, not done and open, and the budget spent on the done actions', () => {
    let state = withAction(cafePlan(), 'i-cake', { followUp: 'done' });
    state = withAction(state, 'i-party', { followUp: 'notDone' });
    // Done: the cake (3 000); not done: the party; open: the tasting. Planned 28 000.
    expect(followUpSummary(state)).toEqual({ done: 1, notDone: 1, open: 1, spent: 3000, planned: 28000 });
  });
});
