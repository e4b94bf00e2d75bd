import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { analyseMatrices, computeMatrices, matricesCustomerTable, type MatricesRequest } from '../../../exercises/customer-base/analysis/matricesAnalysis';
import { buildCustomerBase } from '../../../src/customers/base';
import { customerListFromPlain, salesLinesFromPlain, type PlainCustomer, type PlainSale } from '../../../src/customers/sales';

const NO_LINES = { profit: null, potential: null, revenue: null, size: null, duration: null };

/**
 * Four customers over a 12-month window ending 2026-06-30, cost on every line:
 *   a: revenue 1000, cost 600 → profit 400; potential 2000; first bought 2024-06-30 (24 months)
 *   b: revenue 300, cost 100 → profit 200; potential 3000; first bought 2026-06-30 (0 months)
 *   c: revenue 500, cost 450 → profit 50; potential none; first bought 2025-06-30 (12 months)
 *   d: revenue 100, cost 90 → profit 10; not listed; first bought 2025-12-30 (6 months)
 */
const SALES: PlainSale[] = [
  { customer: 'a', date: '2024-06-30', amount: 50, cost: 20 },
  { customer: 'a', date: '2026-01-15', amount: 1000, cost: 600 },
  { customer: 'b', date: '2026-06-30', amount: 300, cost: 100 },
  { customer: 'c', date: '2025-06-30', amount: 10, cost: 5 },
  { customer: 'c', date: '2025-09-01', amount: 500, cost: 450 },
  { customer: 'd', date: '2025-12-30', amount: 100, cost: 90 },
];
const LIST: PlainCustomer[] = [
  { customer: 'a', name: 'Alpha', potential: 2000 },
  { customer: 'b', name: 'Beta', potential: 3000 },
  { customer: 'c', name: 'Gamma', potential: null },
];
const base = (list: PlainCustomer[] | null) => {
  const built = buildCustomerBase(salesLinesFromPlain(SALES), list ? customerListFromPlain(list) : null, { analysisDay: null, windowMonths: 12 });
  if (!built) throw new Error('no base');
  return built;
};

describe('matrices analysis', () => {
  it('profit × potential places the two listed customers with a potential and counts the two without', () => {
    const { basis, matrices } = computeMatrices(base(LIST), NO_LINES);
    expect(basis).toBe('profit');
    const potential = matrices.potential.outcome;
    if (potential.kind !== 'ready') throw new Error(potential.kind);
    // Placed a (400, 2000) and b (200, 3000): medians 300 and 2500 → a hl, b lh.
    expect(potential.medians).toEqual({ x: 300, y: 2500 });
    expect(potential.placed).toBe(2);
    expect(potential.leftOut).toBe(2);
    expect(potential.figures.hl.customers).toBe(1);
    expect(potential.figures.lh.customers).toBe(1);
    // The list has no size column.
    expect(matrices.size.outcome).toEqual({ kind: 'noColumn', column: 'size' });
  });

  it('without a customer list the list matrices say so and Reinartz & Kumar still works', () => {
    const { matrices } = computeMatrices(base(null), NO_LINES);
    expect(matrices.potential.outcome).toEqual({ kind: 'noList', column: 'potential' });
    const duration = matrices.duration.outcome;
    if (duration.kind !== 'ready') throw new Error(duration.kind);
    // profit 400, 200, 50, 10 → median 125; months 24, 0, 12, 6 (rounded) → median 9.
    expect(duration.medians.x).toBe(125);
    expect(duration.medians.y).toBeCloseTo(9, 1);
    // a: true friend (400, 24); b: butterfly (200, 0); c: barnacle (50, 12); d: stranger (10, 6).
    expect(['hh', 'hl', 'lh', 'll'].map((cell) => duration.figures[cell as 'hh'].customers)).toEqual([1, 1, 1, 1]);
  });

  it('lists a cell a page at a time, with the share of wallet of the year', async () => {
    const request: MatricesRequest = {
      source: { kind: 'demo', business: 'distributor' },
      period: { analysisDate: null, windowMonths: 12 },
      lines: NO_LINES,
      list: { matrix: 'potential', cell: 'lh', page: 0 },
    };
    const context = createAnalysisContext(() => undefined).context;
    const result = await analyseMatrices(request, context);
    if (result.kind !== 'ready' || result.page === null) throw new Error('no page');
    const potential = result.matrices.potential;
    if (potential.kind !== 'ready') throw new Error(potential.kind);
    expect(result.page.total).toBe(potential.figures.lh.customers);
    expect(result.page.rows.length).toBe(Math.min(50, potential.figures.lh.customers));
    const row = result.page.rows[0];
    if (!row || row.wallet === null) throw new Error('no row');
    expect(row.wallet).toBeCloseTo(row.revenue / row.y, 10);
    // The largest profit first.
    const profits = result.page.rows.map((entry) => entry.profit ?? 0);
    expect([...profits].sort((a, b) => b - a)).toEqual(profits);
    // The demo's 24 months: customers buying in its first month all look about 24 months long.
    expect(result.fromDataStart.customers).toBeGreaterThan(0);
    expect(result.fromDataStart.months).toBeCloseTo(24, 0);
    // Turning a page places no customer again: the same lines give the matrices already computed.
    const next = await analyseMatrices({ ...request, list: { matrix: 'potential', cell: 'lh', page: 1 } }, context);
    if (next.kind !== 'ready') throw new Error(next.kind);
    expect(next.matrices.potential).toBe(potential);
    const moved = await analyseMatrices({ ...request, lines: { ...NO_LINES, duration: 6 } }, context);
    if (moved.kind !== 'ready') throw new Error(moved.kind);
    expect(moved.matrices.potential).not.toBe(potential);
    // The export's full table has every customer and agrees with the counts.
    const table = await matricesCustomerTable(request, context);
    expect(table.length).toBe(result.customers);
    expect(table.filter((entry) => entry.cells.potential === 'lh').length).toBe(potential.figures.lh.customers);
  });
});
