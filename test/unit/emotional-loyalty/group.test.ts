import { describe, expect, it } from 'vitest';
import { emotionalLoyaltyGroup } from '../../../exercises/emotional-loyalty/group';
import { blankEmotionalState, demoEmotionalState } from '../../../exercises/emotional-loyalty/demo';
import { cellOf, expectCompleteSummary, NO_DATASETS, rowKeys, valueOf } from '../../builders/groupChecks';

describe('emotional loyalty’s figures for the trainer’s group view', () => {
  it('counts the demo coffee shops’ journey, plan and follow-up', async () => {
    const summary = await emotionalLoyaltyGroup.summarize({ state: demoEmotionalState('ru'), datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    // The shop's default journey; fifteen ideas, all rated. Quick wins (effect 4–5, cost 1–3): i-01 (2/4), i-04 (2/4),
    // i-05 (3/4), i-09 (1/5), i-10 (3/4), i-11 (2/5), i-12 (2/4), i-14 (2/4) = 8.
    expect(valueOf(summary, 'journey', 'touchpoints')).toBe(demoEmotionalState('ru').touchpoints.length);
    expect(valueOf(summary, 'journey', 'ideas')).toBe(15);
    expect(valueOf(summary, 'journey', 'rated')).toBe(15);
    expect(valueOf(summary, 'journey', 'quickWinIdeas')).toBe(8);
    // Chosen: i-01, 02, 04, 05, 09, 10, 11, 12; all but i-02 (1/3, a fill-in) are quick wins.
    expect(valueOf(summary, 'plan', 'actions')).toBe(8);
    expect(valueOf(summary, 'plan', 'quickWins')).toBe(7);
    // 30 000 + 12 000 + 25 000 + 40 000 + 5 000 + 80 000 + 15 000 + 60 000
    expect(cellOf(summary, 'plan', 'budget')).toEqual({ kind: 'money', value: 267_000, decimals: 0 });
    expect(valueOf(summary, 'plan', 'withoutOwner')).toBe(0);
    // Nothing marked at the follow-up yet.
    expect(valueOf(summary, 'followUp', 'open')).toBe(8);
    expect(valueOf(summary, 'followUp', 'done')).toBe(0);
    expect(valueOf(summary, 'followUp', 'spent')).toBe(0);
  });

  it('counts what is done at the follow-up and what it cost', async () => {
    const state = demoEmotionalState('en');
    const marked = { ...state, actions: { ...state.actions } };
    const mark = (id: string, followUp: 'done' | 'notDone') => {
      const action = marked.actions[id];
      if (action) marked.actions[id] = { ...action, followUp };
    };
    mark('i-01', 'done');
    mark('i-09', 'done');
    mark('i-10', 'notDone');
    const summary = await emotionalLoyaltyGroup.summarize({ state: marked, datasets: NO_DATASETS });
    expect(valueOf(summary, 'followUp', 'done')).toBe(2);
    expect(valueOf(summary, 'followUp', 'notDone')).toBe(1);
    expect(valueOf(summary, 'followUp', 'open')).toBe(5);
    // Spent on what was done: 30 000 (i-01) + 5 000 (i-09).
    expect(valueOf(summary, 'followUp', 'spent')).toBe(35_000);
  });

  it('gives the same rows, all zero, for a blank start, in every language', async () => {
    const demo = await emotionalLoyaltyGroup.summarize({ state: demoEmotionalState('zh'), datasets: NO_DATASETS });
    const blank = await emotionalLoyaltyGroup.summarize({ state: blankEmotionalState(), datasets: NO_DATASETS });
    expectCompleteSummary(blank);
    for (const section of ['journey', 'plan', 'followUp']) expect(rowKeys(blank, section)).toEqual(rowKeys(demo, section));
    expect(valueOf(blank, 'plan', 'budget')).toBe(0);
    expect(demo.sections[1]?.title).toEqual({ ru: 'План действий', en: 'Action plan', zh: expect.any(String) });
  });
});
