import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { analysePriorities } from '../../../exercises/customer-base/analysis/prioritiesAnalysis';
import { prioritiesRequest } from '../../../exercises/customer-base/analysis/prioritiesRequest';
import { demoCustomerBaseState } from '../../../exercises/customer-base/demo';
import { prioritiesReading } from '../../../exercises/customer-base/steps/priorities/prioritiesReading';
import { DIRECTIONS } from '../../../exercises/customer-base/state';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { prioritiesMessages } from '../../../exercises/customer-base/messages/priorities';

describe('the directions over the demo distributor', () => {
  const state = demoCustomerBaseState();
  const base = { source: { kind: 'demo' as const, business: 'distributor' as const }, period: state.period };

  it('give every customer exactly one direction, and the totals add up to the base', async () => {
    const { context } = createAnalysisContext(() => undefined);
    const all = await analysePriorities(prioritiesRequest(state, base, 'all'), context);
    if (all.kind !== 'ready') throw new Error(all.kind);
    expect(all.list.rows).toHaveLength(all.customers);
    expect(new Set(all.list.rows.map((row) => row.id)).size).toBe(all.customers);
    expect(all.summary.map((row) => row.direction)).toEqual([...DIRECTIONS]);
    expect(all.summary.reduce((sum, row) => sum + row.customers, 0)).toBe(all.customers);
    expect(all.summary.reduce((sum, row) => sum + row.shareOfRevenue, 0)).toBeCloseTo(1, 9);
    for (const direction of DIRECTIONS) expect(all.list.rows.filter((row) => row.direction === direction)).toHaveLength(all.summary.find((row) => row.direction === direction)?.customers ?? -1);
    // Whoever is won back is an A or B customer with a warning or a long silence (model/priorities.ts, rule 2).
    for (const row of all.list.rows.filter((candidate) => candidate.direction === 'winBack')) {
      expect(row.abc).not.toBe('C');
      expect(row.warnings.length > 0 || row.stage === 'lapsing').toBe(true);
    }

    // A page of one direction: 50 at most, the biggest revenue first, all of that direction.
    const page = await analysePriorities(prioritiesRequest(state, base, { direction: 'invest', page: 0 }), context);
    if (page.kind !== 'ready') throw new Error(page.kind);
    expect(page.list.rows.length).toBe(Math.min(50, page.list.total));
    expect(page.list.rows.every((row) => row.direction === 'invest')).toBe(true);
    const revenues = page.list.rows.map((row) => row.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));

    // The reading names the direction with the most revenue once, with its figures.
    const t = translator(prioritiesMessages, 'en');
    const reading = prioritiesReading(all, t, createFormatters('en', 'USD'));
    const lead = [...all.summary].sort((a, b) => b.revenueAtStake - a.revenueAtStake)[0];
    expect(reading.sentences[0]).toContain(`"${t(`priorities.direction.${lead?.direction ?? 'keep'}`)}"`);
    expect(reading.sentences.at(-1)).toBe(t('priorities.reading.actions'));
  }, 60_000);
});
