import { analyseRfm, rfmCustomerTable, rfmFigures, scored, RFM_PAGE_SIZE } from '../../../exercises/customer-base/analysis/rfmAnalysis';
import { blankCustomerBaseState } from '../../../exercises/customer-base/demo';
import { buildCustomerBase } from '../../../src/customers/base';
import { DEFAULT_RFM_SEGMENTS } from '../../../src/customers/rfmDefaults';
import { OTHERS, type ScoreRanges } from '../../../src/customers/rfmSegments';
import { salesLinesFromPlain, type PlainSale } from '../../../src/customers/sales';
import { createAnalysisContext } from '../../../src/workbook/analysis/context';

/*
 * Five customers, analysis day 2026-03-31 (the last sale), one document per line:
 *   A: 3 orders (1, 15, 30 March) of 100 → R 1 day, F 3, M 300
 *   B: 1 order 1 March of 500            → R 30, F 1, M 500
 *   C: 2 orders 10 Feb, 20 Feb of 50     → R 39, F 2, M 100
 *   D: 1 order 31 March of 20            → R 0, F 1, M 20
 *   E: 4 orders in January of 250        → R 70…, F 4, M 1000
 */
function sale(customer: string, date: string, amount: number, document: string): PlainSale {
  return { customer, date, amount, document };
}
const SALES = [
  sale('A', '2026-03-01', 100, 'a1'),
  sale('A', '2026-03-15', 100, 'a2'),
  sale('A', '2026-03-30', 100, 'a3'),
  sale('B', '2026-03-01', 500, 'b1'),
  sale('C', '2026-02-10', 50, 'c1'),
  sale('C', '2026-02-20', 50, 'c2'),
  sale('D', '2026-03-31', 20, 'd1'),
  sale('E', '2026-01-05', 250, 'e1'),
  sale('E', '2026-01-12', 250, 'e2'),
  sale('E', '2026-01-19', 250, 'e3'),
  sale('E', '2026-01-20', 250, 'e4'),
];

function fiveCustomers() {
  const base = buildCustomerBase(salesLinesFromPlain(SALES), null, { analysisDay: null, windowMonths: 12 });
  if (base === null) throw new Error('no base');
  return base;
}

describe('RFM figures of a base', () => {
  it('sums customers, orders, revenue and recency per segment, "others" last', () => {
    const base = fiveCustomers();
    // Quintiles of five customers: one customer per score where values differ.
    // Recency worst first: E 70 (p0) C 39 (p1) B 30 (p2) A 1 (p3) D 0 (p4) → R: E 1, C 2, B 3, A 4, D 5.
    // Orders ascending: B 1, D 1 (p0–1), C 2 (p2), A 3 (p3), E 4 (p4) → F: B 1, D 1, C 3, A 4, E 5.
    // Money ascending: D 20, C 100, A 300, B 500, E 1000 → M: D 1, C 2, A 3, B 4, E 5.
    const rules: ScoreRanges[] = [
      { r: [4, 5], f: [1, 5], m: [1, 5] }, // recent: A (4,4,3), D (5,1,1)
      { r: [1, 5], f: [5, 5], m: [5, 5] }, // frequent and big: E (1,5,5)
    ];
    const figures = rfmFigures(base, scored(base, 'quintiles'), rules, { segment: 0, page: 0 });
    expect(figures.customers).toBe(5);
    expect(figures.orders).toBe(11);
    expect(figures.revenue).toBe(1920);
    const days = (id: string) => figures.page?.rows.find((row) => row.id === id)?.recency;
    expect(days('A')).toBe(1);
    expect(figures.segments).toEqual([
      { segment: 0, customers: 2, orders: 4, revenue: 320, recencyDays: 1 },
      { segment: 1, customers: 1, orders: 4, revenue: 1000, recencyDays: 70 },
      // B (3,1,4) and C (2,3,2): 30 + 39 days.
      { segment: OTHERS, customers: 2, orders: 3, revenue: 600, recencyDays: 69 },
    ]);
    // The page: segment 0, most money first.
    expect(figures.page?.rows.map((row) => [row.id, row.r, row.f, row.m])).toEqual([
      ['A', 4, 4, 3],
      ['D', 5, 1, 1],
    ]);
    // Heat map cell R 1, F 5 holds E with 1000.
    expect(figures.heat[0 * 5 + 4]).toEqual({ r: 1, f: 5, customers: 1, monetary: 1000 });
    expect(figures.heat.reduce((sum, cell) => sum + cell.customers, 0)).toBe(5);
    expect(figures.bands.r.map((band) => band.customers)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('the RFM analysis on the demo distributor', () => {
  const state = blankCustomerBaseState();
  const request = { source: { kind: 'demo' as const, business: 'distributor' as const }, period: state.period, binning: 'quintiles' as const, rules: DEFAULT_RFM_SEGMENTS.map(({ r, f, m }) => ({ r, f, m })) };

  it('accounts for every customer once, and pages one segment at a time', async () => {
    const { context } = createAnalysisContext(() => undefined);
    for (const binning of ['quintiles', 'rfmPackage'] as const) {
      const result = await analyseRfm({ ...request, binning, list: { segment: 0, page: 0 } }, context);
      if (result.kind !== 'ready') throw new Error(result.kind);
      const { rfm } = result;
      expect(rfm.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(rfm.customers);
      expect(rfm.segments.reduce((sum, s) => sum + s.revenue, 0)).toBeCloseTo(rfm.revenue, 4);
      expect(rfm.heat.reduce((sum, cell) => sum + cell.customers, 0)).toBe(rfm.customers);
      const page = rfm.page;
      if (page === null) throw new Error('no page');
      expect(page.rows.length).toBe(Math.min(RFM_PAGE_SIZE, rfm.segments[0]?.customers ?? 0));
      for (let i = 1; i < page.rows.length; i++) expect((page.rows[i - 1]?.monetary ?? 0) >= (page.rows[i]?.monetary ?? 0)).toBe(true);
      expect(page.rows.every((row) => row.r >= 4 && row.f >= 4 && row.m >= 4)).toBe(true);
    }
  });

  it('gives the export the same customers and segments as the page', async () => {
    const { context } = createAnalysisContext(() => undefined);
    const data = await rfmCustomerTable(request, context);
    if (data.result.kind !== 'ready' || data.customers === null) throw new Error('not ready');
    const table = data.customers;
    expect(table.ids.length).toBe(data.result.rfm.customers);
    const champions = Array.from(table.segment).filter((segment) => segment === 0).length;
    expect(champions).toBe(data.result.rfm.segments[0]?.customers);
    expect(table.names.length).toBe(table.ids.length);
    expect(table.r.length).toBe(table.ids.length);
  });
});
