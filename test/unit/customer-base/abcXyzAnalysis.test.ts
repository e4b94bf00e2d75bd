import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';
import { analyseAbcXyz, analyseAbcXyzForExport, CUSTOMER_PAGE_SIZE, type AbcXyzRequest } from '../../../exercises/customer-base/analysis/abcXyzAnalysis';
import { blankCustomerBaseState } from '../../../exercises/customer-base/demo';

const settings = blankCustomerBaseState().abc;
const request = (patch: Partial<AbcXyzRequest> = {}): AbcXyzRequest => ({
  source: { kind: 'demo', business: 'distributor' },
  period: { analysisDate: null, windowMonths: 12 },
  settings,
  list: { abc: null, xyz: null, page: 0 },
  ...patch,
});

describe('the ABC/XYZ analysis of the demo distributor', () => {
  const { context } = createAnalysisContext(() => undefined);

  it('classes every customer once, in the summary, the matrix and the pages', async () => {
    const result = await analyseAbcXyz(request({ list: { abc: 'A', xyz: null, page: 0 } }), context);
    if (result.kind !== 'ready') throw new Error(result.kind);
    const { A, B, C } = result.abc.classes;
    expect(A.customers + B.customers + C.customers).toBe(result.customers);
    expect(result.matrix?.reduce((sum, cell) => sum + cell.customers, 0)).toBe(result.customers);
    expect(result.matrix?.reduce((sum, cell) => sum + (cell.revenueShare ?? 0), 0)).toBeCloseTo(1, 9);
    expect(result.page.total).toBe(A.customers);
    expect(result.page.rows.length).toBeLessThanOrEqual(CUSTOMER_PAGE_SIZE);
    expect(result.page.rows.every((row) => row.abc === 'A')).toBe(true);
    expect(result.pareto.mark.customers).toBe(A.customers);
  });

  it('pages a cell in rank order, never more than a page at a time', async () => {
    const all = await analyseAbcXyz(request({ list: { abc: 'C', xyz: null, page: 0 } }), context);
    if (all.kind !== 'ready') throw new Error(all.kind);
    expect(all.page.pages).toBe(Math.ceil(all.page.total / CUSTOMER_PAGE_SIZE));
    const second = await analyseAbcXyz(request({ list: { abc: 'C', xyz: null, page: 1 } }), context);
    if (second.kind !== 'ready') throw new Error(second.kind);
    const ranks = [...all.page.rows, ...second.page.rows].map((row) => row.rank);
    expect(ranks).toEqual([...ranks].sort((left, right) => left - right));
    expect(new Set(ranks).size).toBe(ranks.length);
    // A page past the end shows the last page.
    const past = await analyseAbcXyz(request({ list: { abc: 'C', xyz: null, page: 999 } }), context);
    expect(past.kind === 'ready' && past.page.page).toBe(all.page.pages - 1);
  });

  it('ranks by profit when the sales carry cost', async () => {
    const result = await analyseAbcXyz(request({ settings: { ...settings, basis: 'profit' } }), context);
    expect(result.kind === 'ready' && [result.basis, result.profitUnavailable]).toEqual(['profit', false]);
  });

  it('says there is no XYZ over a window of two months', async () => {
    const result = await analyseAbcXyz(request({ period: { analysisDate: null, windowMonths: 2 } }), context);
    expect(result.kind === 'ready' && result.xyz).toEqual({ kind: 'tooFewMonths', months: 2 });
    expect(result.kind === 'ready' && result.matrix).toBeNull();
  });

  it('gives the export every customer, most valuable first', async () => {
    const result = await analyseAbcXyzForExport(request(), context);
    if (result.kind !== 'ready') throw new Error(result.kind);
    expect(result.customers.ids).toHaveLength(result.figures.customers);
    const values = Array.from(result.customers.value);
    expect(values).toEqual([...values].sort((left, right) => right - left));
  });
});
