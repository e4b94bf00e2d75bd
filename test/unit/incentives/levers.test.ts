import { describe, expect, it } from 'vitest';
import { summarizeLevers } from '../../../exercises/incentives/model/levers';
import { leversMessages } from '../../../exercises/incentives/messages/levers';
import { translator } from '../../../src/i18n/translate';
import { filledIncentivesState } from './mechanicsState';

describe('the summary of the levers', () => {
  it('averages each group over the rated levers and lists the strong ones, strongest first', () => {
    const summary = summarizeLevers(filledIncentivesState().levers);
    const byGroup = Object.fromEntries(summary.groups.map((group) => [group.group, group]));
    // exit: (2 + 5) / 2 = 3.5; switching: (3 + 4 + 1 + 0) / 4 = 2; sunk: 2; habit: (5 + 3 + 4 + 2 + 4) / 5 = 3.6
    expect(byGroup.exit?.mean).toBeCloseTo(3.5, 12);
    expect(byGroup.switching?.mean).toBeCloseTo(2, 12);
    expect(byGroup.sunk?.mean).toBeCloseTo(2, 12);
    expect(byGroup.habit?.mean).toBeCloseTo(3.6, 12);
    expect(byGroup.habit?.strong.map((entry) => entry.lever)).toEqual(['lessEffort', 'fitCertainty', 'reliability']);
    expect(summary.strongest.map((entry) => `${entry.lever} ${entry.rating}`)).toEqual([
      'accumulatedRewards 5',
      'lessEffort 5',
      'personalService 4',
      'fitCertainty 4',
      'reliability 4',
    ]);
    expect(summary.ratedCount).toBe(12);
    expect(summary.reliance).toEqual({ kind: 'several', groups: ['exit', 'switching', 'habit'] });
    expect(summary.trapsWithoutHabit).toBe(false);
  });

  it('leaves unrated levers out of the mean instead of counting them as zero', () => {
    const summary = summarizeLevers({ membershipFee: { rating: 4, how: '' }, accumulatedRewards: { rating: null, how: 'maybe' } });
    const exit = summary.groups.find((group) => group.group === 'exit');
    expect(exit?.mean).toBe(4);
    expect(exit?.rated).toHaveLength(1);
    expect(summary.groups.find((group) => group.group === 'habit')?.mean).toBeNull();
  });

  it('sees a business that leans on one group only, and one that traps without habit', () => {
    const summary = summarizeLevers({ membershipFee: { rating: 5, how: '' }, accumulatedRewards: { rating: 4, how: '' }, lessEffort: { rating: 2, how: '' } });
    expect(summary.reliance).toEqual({ kind: 'single', group: 'exit' });
    expect(summary.trapsWithoutHabit).toBe(true);
  });

  it('tells nothing rated from nothing strong', () => {
    expect(summarizeLevers({}).reliance).toEqual({ kind: 'unrated' });
    expect(summarizeLevers({ bundles: { rating: 3, how: '' } }).reliance).toEqual({ kind: 'none' });
    expect(summarizeLevers({ bundles: { rating: 3, how: '' } }).trapsWithoutHabit).toBe(false);
  });
});

describe('the levers step’s accessible names', () => {
  it('a clear button’s name holds its visible words in every language (axe: label-content-name-mismatch)', () => {
    for (const locale of ['ru', 'en', 'zh'] as const) {
      const t = translator(leversMessages, locale);
      expect(t('levers.clearLabel', { lever: 'X' })).toContain(t('levers.clear'));
      expect(t('levers.ratingOption', { value: 4, lever: 'X' })).toContain('4');
    }
  });
});
