import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { analyseWarnings, analyseWarningsForExport, AT_RISK_PAGE_SIZE } from '../../../exercises/customer-base/analysis/warningsAnalysis';
import { blankCustomerBaseState } from '../../../exercises/customer-base/demo';

/**
 * The demo distributor's planted story (src/customers/DEMO.md): six large long-standing customers buy at 30 % of their
 * usual rate for the last five months. They are the 4th to 9th largest of the customers there from the first day
 * by expected yearly value (rate × mean order): D-215, D-159, D-183, D-210, D-135, D-071 (read from the generator).
 */
const PLANTED = ['D-215', 'D-159', 'D-183', 'D-210', 'D-135', 'D-071'];

const state = blankCustomerBaseState();
const request = { source: { kind: 'demo', business: 'distributor' } as const, period: state.period, settings: state.warnings };

describe('warnings on the demo distributor', () => {
  it('ranks the six slipping customers in the top 12 of the at-risk list, each with a reason', async () => {
    const result = await analyseWarningsForExport(request, createAnalysisContext(() => undefined).context);
    if (result.kind !== 'ready') throw new Error(result.kind);
    // Over a hundred customers carry at least one warning (plans and debts are noisy in a B2B base); the six are among the first twelve.
    expect(result.rows.length).toBeGreaterThan(100);
    const top = result.rows.slice(0, 12).map((row) => row.id);
    for (const id of PLANTED) expect(top).toContain(id);
    for (const id of PLANTED) {
      const rules = result.rows.find((row) => row.id === id)?.reasons.map((reason) => reason.rule) ?? [];
      // Their sales fell: below plan, and for most of them a falling trend over the last 3 months as well.
      expect(rules).toContain('plan');
    }
    const trend = result.rows.filter((row) => PLANTED.includes(row.id) && row.reasons.some((reason) => reason.rule === 'trend'));
    expect(trend.length).toBeGreaterThanOrEqual(3);
    // Stage counts sum to the customers of the window.
    const { stages, customers } = result.summary;
    expect(stages.firstTime.customers + stages.repeat.customers + stages.longTerm.customers + stages.lapsing.customers).toBe(customers);
  });

  it('sends the page one page of 50 at a time, filtered by rule, ranked as the full list', async () => {
    const context = createAnalysisContext(() => undefined).context;
    const full = await analyseWarningsForExport(request, context);
    const first = await analyseWarnings({ ...request, rule: null, page: 0 }, context);
    const second = await analyseWarnings({ ...request, rule: null, page: 1 }, context);
    if (full.kind !== 'ready' || first.kind !== 'ready' || second.kind !== 'ready') throw new Error('not ready');
    expect(first.list.rows).toHaveLength(AT_RISK_PAGE_SIZE);
    expect(first.list.total).toBe(full.rows.length);
    expect(second.list.rows[0]).toEqual(full.rows[AT_RISK_PAGE_SIZE]);
    const debts = await analyseWarnings({ ...request, rule: 'debt', page: 0 }, context);
    if (debts.kind !== 'ready') throw new Error(debts.kind);
    expect(debts.list.total).toBe(debts.summary.rules.debt.flagged);
    expect(debts.list.rows.every((row) => row.reasons.some((reason) => reason.rule === 'debt'))).toBe(true);
    expect(debts.list.rows.map((row) => row.rank)).toEqual(debts.list.rows.map((_, index) => index + 1));
  });

  it('keeps the sales it read while the participant tries one threshold after another', async () => {
    const { context } = createAnalysisContext(() => undefined);
    const made = new Map<string, number>();
    const counting = {
      ...context,
      remember<T>(key: string, make: () => T): T {
        return context.remember(key, () => {
          made.set(key, (made.get(key) ?? 0) + 1);
          return make();
        });
      },
    };
    // Twelve values of k, as typed one after another: the demo's lines are generated once, not again after a few.
    for (let k = 1; k <= 12; k++) await analyseWarnings({ ...request, settings: { ...state.warnings, interval: { on: true, k } }, rule: null, page: 0 }, counting);
    expect(made.get('sales:demo:distributor')).toBe(1);
  });
});
