import { describe, expect, it } from 'vitest';
import { incentivesGroup } from '../../../exercises/incentives/group';
import { blankIncentivesState, demoIncentivesState } from '../../../exercises/incentives/demo';
import { cellOf, expectCompleteSummary, NO_DATASETS, rowKeys, valueOf } from '../../builders/groupChecks';

describe('rational incentives’ figures for the trainer’s group view', () => {
  it('ranks the demo coffee chain’s program types and counts its checks', async () => {
    const summary = await incentivesGroup.summarize({ state: demoIncentivesState('ru'), datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    expect(cellOf(summary, 'business', 'market')).toEqual({ kind: 'text', value: { ru: 'B2C: продажи людям', en: 'B2C: selling to consumers', zh: 'B2C：面向个人消费者' } });
    // Totals of the three scores: points 4+4+4 = 12, tiers 5+3+3 = 11, gamification 4+3+4 = 11, gifts 3+4+3 = 10,
    // discount 3+1+5, paid membership 2+4+3, cashback 3+2+4, partner privileges 3+4+2 = 9, coalition 2+2+2 = 6.
    // Tiers before gamification at 11: a good fit for B2C at maturity.
    expect(rowKeys(summary, 'ranking').slice(0, 4)).toEqual(['points', 'tiers', 'gamification', 'gifts']);
    expect(valueOf(summary, 'ranking', 'points')).toBe(12);
    expect(valueOf(summary, 'ranking', 'coalition')).toBe(6);
    expect(rowKeys(summary, 'ranking')).toHaveLength(9);
    expect(rowKeys(summary, 'shortList')).toEqual(['place-1', 'place-2', 'place-3']);
    expect(cellOf(summary, 'shortList', 'place-2')).toEqual({ kind: 'text', value: expect.objectContaining({ en: expect.stringMatching(/status|tier/i) }) });
    // Lever means: exit (0 + 4) / 2 = 2; switching (3 + 4 + 3 + 1) / 4 = 2.75; sunk 2; habit (5 + 3 + 2 + 3 + 4) / 5 = 3.4.
    expect(valueOf(summary, 'levers', 'exit')).toBe(2);
    expect(valueOf(summary, 'levers', 'switching')).toBe(2.75);
    expect(valueOf(summary, 'levers', 'habit')).toBeCloseTo(3.4, 10);
    expect(valueOf(summary, 'levers', 'rated')).toBe(12);
    // Rated 4 or 5: accumulated rewards, personal service, less effort, reliability.
    expect(valueOf(summary, 'levers', 'strong')).toBe(4);
    // Points at 5 % and tiers at 8 % under the 62 % margin; the pastry clearance at 70 % is above it.
    expect(valueOf(summary, 'mechanics', 'mechanics')).toBe(2);
    expect(valueOf(summary, 'mechanics', 'rewardAboveMargin')).toBe(0);
    expect(cellOf(summary, 'mechanics', 'margin')).toEqual({ kind: 'percent', value: 0.62, decimals: 0 });
    expect(valueOf(summary, 'mechanics', 'discounts')).toBe(3);
    expect(valueOf(summary, 'mechanics', 'suicidal')).toBe(1);
  });

  it('keeps the rows of the checks for a blank start, with nothing ranked', async () => {
    const summary = await incentivesGroup.summarize({ state: blankIncentivesState(), datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    expect(rowKeys(summary, 'ranking')).toEqual([]);
    expect(rowKeys(summary, 'shortList')).toEqual([]);
    expect(cellOf(summary, 'business', 'stage')).toEqual({ kind: 'text', value: { ru: 'не выбрано', en: 'not chosen', zh: expect.any(String) } });
    expect(valueOf(summary, 'levers', 'exit')).toBeNull();
    expect(valueOf(summary, 'mechanics', 'margin')).toBeNull();
    expect(rowKeys(summary, 'mechanics')).toEqual(['mechanics', 'rewardAboveMargin', 'margin', 'discounts', 'suicidal']);
  });
});
