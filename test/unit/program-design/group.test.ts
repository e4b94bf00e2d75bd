import { describe, expect, it } from 'vitest';
import { programDesignGroup } from '../../../exercises/program-design/group';
import { blankProgramDesignState, demoProgramDesignState } from '../../../exercises/program-design/demo';
import { cellOf, expectCompleteSummary, NO_DATASETS, rowKeys, valueOf } from '../../builders/groupChecks';

const FIGURE_KEYS = [
  'members',
  'participation',
  'baselineFrequency',
  'averageCheck',
  'margin',
  'baselineRetention',
  'frequencyUplift',
  'checkUplift',
  'retentionUplift',
  'rewardRate',
  'breakage',
  'baselineRewardShare',
  'setupCost',
  'monthlyFixedCost',
  'monthlyCostPerMember',
  'horizonMonths',
];

describe('the program design’s figures for the trainer’s group view', () => {
  it('shows the demo club’s goal, mechanics, mistakes and the figures it sends to ROI', async () => {
    const summary = await programDesignGroup.summarize({ state: demoProgramDesignState('en'), datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    // The team's own name stays as typed, in every language.
    expect(cellOf(summary, 'program', 'name')).toEqual({ kind: 'text', value: { ru: 'Grain Club', en: 'Grain Club', zh: 'Grain Club' } });
    // Goals: frequency, retain, know customers — listed as each language lists.
    expect(cellOf(summary, 'program', 'goals')).toEqual({
      kind: 'text',
      value: { ru: 'Покупки чаще, Удержать клиентов и Узнать клиентов (данные)', en: expect.stringContaining('Keep customers'), zh: expect.any(String) },
    });
    expect(cellOf(summary, 'program', 'mechanics')).toEqual({ kind: 'text', value: expect.objectContaining({ en: expect.stringMatching(/^Points and bonuses(,| and) /) }) });
    // Points and tiers; ten classic mistakes, two of them flagged.
    expect(valueOf(summary, 'program', 'mechanicsCount')).toBe(2);
    expect(valueOf(summary, 'program', 'mistakesAnswered')).toBe(8);
    expect(valueOf(summary, 'program', 'mistakesFlagged')).toBe(2);
    expect(rowKeys(summary, 'figures')).toEqual(FIGURE_KEYS);
    expect(cellOf(summary, 'figures', 'members')).toEqual({ kind: 'number', value: 12_000, decimals: 0 });
    expect(cellOf(summary, 'figures', 'participation')).toEqual({ kind: 'percent', value: 0.45, decimals: 0 });
    expect(cellOf(summary, 'figures', 'baselineFrequency')).toEqual({ kind: 'number', value: 3.2, decimals: 1 });
    expect(cellOf(summary, 'figures', 'averageCheck')).toEqual({ kind: 'money', value: 380, decimals: 0 });
    expect(cellOf(summary, 'figures', 'rewardRate')).toEqual({ kind: 'percent', value: 0.05, decimals: 0 });
    expect(cellOf(summary, 'figures', 'horizonMonths')).toEqual({ kind: 'months', value: 24, decimals: 0 });
  });

  it('gives blanks, not a failure, for a design not started', async () => {
    const summary = await programDesignGroup.summarize({ state: blankProgramDesignState(), datasets: NO_DATASETS });
    expectCompleteSummary(summary);
    // No name typed: the row is left out rather than shown empty.
    expect(rowKeys(summary, 'program')).toEqual(['goals', 'market', 'stage', 'mechanics', 'mechanicsCount', 'mistakesAnswered', 'mistakesFlagged']);
    expect(cellOf(summary, 'program', 'goals')).toEqual({ kind: 'text', value: { ru: 'не выбрано', en: 'not chosen', zh: expect.any(String) } });
    expect(valueOf(summary, 'program', 'mistakesFlagged')).toBe(0);
    expect(rowKeys(summary, 'figures')).toEqual(FIGURE_KEYS);
    expect(valueOf(summary, 'figures', 'members')).toBeNull();
    expect(valueOf(summary, 'figures', 'horizonMonths')).toBeNull();
  });
});
