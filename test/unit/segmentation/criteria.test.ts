import { describe, expect, it } from 'vitest';
import { buildCustomerBase, type CustomerBase } from '../../../src/customers/base';
import { customerListFromPlain, isoToDay, salesLinesFromPlain, type CustomerList, type PlainCustomer, type PlainSale } from '../../../src/customers/sales';
import { seededRandom } from '../../../src/data/seededRandom';
import {
  DEFAULT_BOUNDS,
  NO_VALUE,
  bandColumn,
  bandOf,
  customerCriteria,
  lineFigures,
  roundBound,
  tercileBounds,
  usableBounds,
  valueKey,
  type CriterionRead,
} from '../../../exercises/segmentation/model/criteria';
import type { BandedCriterion, CriterionId } from '../../../exercises/segmentation/state';

const BEHAVIOUR = { abcA: 80, abcB: 95, rfmBinning: 'quintiles' as const, stageK: 3 };

describe('bands', () => {
  it('puts a value in the first band whose upper bound it does not exceed (bounds inclusive)', () => {
    const bounds = [1, 3, 9];
    expect([-5, 0, 1, 1.0001, 2.9, 3, 3.5, 9, 9.5, 1e9].map((value) => bandOf(value, bounds))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3, 3]);
  });

  it('reads NaN and infinities as "not given", and no bounds as one band', () => {
    expect(bandOf(Number.NaN, [1])).toBe(NO_VALUE);
    expect(bandOf(Infinity, [1])).toBe(NO_VALUE);
    expect(bandOf(-Infinity, [1])).toBe(NO_VALUE);
    expect(bandOf(123, [])).toBe(0);
  });

  it('names the bands b0…bn and keeps "not given" apart', () => {
    const column = bandColumn(Float64Array.from([0.5, 2, Number.NaN, 40]), [1, 3, 9]);
    expect(column.keys).toEqual(['b0', 'b1', 'b2', 'b3']);
    expect(Array.from(column.codes)).toEqual([0, 1, NO_VALUE, 3]);
    expect([0, 1, 2, 3].map((b) => valueKey(column, b))).toEqual(['b0', 'b1', '', 'b3']);
    expect(column.bounds).toEqual([1, 3, 9]);
  });

  it('takes only finite, strictly ascending bounds', () => {
    expect(usableBounds([1, 3, 9])).toBe(true);
    expect(usableBounds([])).toBe(true);
    expect(usableBounds([1, 1])).toBe(false);
    expect(usableBounds([3, 1])).toBe(false);
    expect(usableBounds([1, Number.NaN])).toBe(false);
  });
});

describe('roundBound and tercileBounds', () => {
  it('rounds to two significant digits', () => {
    // 11 873.4: magnitude 10^(4 − 1) = 1000, 11.8734 → 12 → 12 000.
    expect(roundBound(11_873.4)).toBe(12_000);
    // 99.5: magnitude 10^(1 − 1) = 1, 99.5 → 100.
    expect(roundBound(99.5)).toBe(100);
    // 0.0456: magnitude 10^(−2 − 1) = 0.001, 45.6 → 46 → 0.046.
    expect(roundBound(0.0456)).toBeCloseTo(0.046, 12);
    // Negative: −11.873 rounds to −12 → −12 000.
    expect(roundBound(-11_873)).toBe(-12_000);
    expect(roundBound(0)).toBe(0);
    expect(roundBound(Infinity)).toBe(0);
  });

  it('takes the type-7 quantiles at 1/3 and 2/3 of the known values', () => {
    // n = 7, h = 6 × 1/3 = 2 → 30; h = 6 × 2/3 = 4 → 50.
    expect(tercileBounds([70, 10, 50, 20, 40, 30, 60])).toEqual([30, 50]);
    // n = 5 sorted 0, 1000, 2000, 3000, 10 000: h = 4/3 → 1000 + ⅓ × 1000 = 1333.3 → 1300;
    // h = 8/3 → 2000 + ⅔ × 1000 = 2666.7 → 2700. NaN is not a value.
    expect(tercileBounds([3000, Number.NaN, 0, 10_000, 1000, 2000])).toEqual([1300, 2700]);
  });

  it('gives no bounds under three values, and one where the terciles coincide', () => {
    expect(tercileBounds([1, 2])).toEqual([]);
    expect(tercileBounds([1, 2, Number.NaN, Number.NaN])).toEqual([]);
    expect(tercileBounds([5, 5, 5, 5])).toEqual([5]);
  });
});

/*
 * Three customers, analysis day 30 June 2026, a 6-month window (1 January … 30 June). Codes are given in order of
 * first appearance in the file: the very first line (A, before the window) names M3, P3 and R3 first.
 *
 *   A  2025-12-15   1000  P3 M3 R3  a0   before the window: ignored (else M3, P3, R3 would win)
 *   A  2026-02-10    100  P1 M1 R1  a1
 *   A  2026-03-10     60  P2 M2 R1  a2
 *   A  2026-03-10     60  P2 M2 R1  a2
 *   A  2026-04-01    −30  P2 M2 R2  a3   a return
 *   A  2026-04-02    −10  P4 —  —   a5   a return of a product A never bought in the window
 *   A  2026-07-05   1000  P3 M3 R3  a4   after the analysis day: ignored
 *   B  2026-05-01     50  P1 M1 R2  b1
 *   B  2026-05-02     50  P3 M3 R2  b2
 *   C  2026-06-01    200  —  —  —   c1
 *
 * A: manager M1 100 against M2 60 + 60 − 30 = 90 → M1 (M2 would lead with 120 before the return); product P1 100
 *    against P2 90 (and P4 −10) → P1; region R1 220 against R2 −30 → R1; breadth {P1, P2} = 2 (returns are no
 *    purchase, so P4 does not count).
 * B: a tie, M1 50 and M3 50: M3, which the file names first (code 0), though B's own first line is M1; the same for
 *    P1/P3 → P3; region R2; breadth {P1, P3} = 2.
 * C: no manager, product or region on its line → not given; breadth 0.
 */
const SALES: PlainSale[] = [
  { customer: 'A', date: '2025-12-15', amount: 1000, product: 'P3', manager: 'M3', region: 'R3', document: 'a0' },
  { customer: 'A', date: '2026-02-10', amount: 100, product: 'P1', manager: 'M1', region: 'R1', document: 'a1' },
  { customer: 'A', date: '2026-03-10', amount: 60, product: 'P2', manager: 'M2', region: 'R1', document: 'a2' },
  { customer: 'A', date: '2026-03-10', amount: 60, product: 'P2', manager: 'M2', region: 'R1', document: 'a2' },
  { customer: 'A', date: '2026-04-01', amount: -30, product: 'P2', manager: 'M2', region: 'R2', document: 'a3' },
  { customer: 'A', date: '2026-04-02', amount: -10, product: 'P4', document: 'a5' },
  { customer: 'A', date: '2026-07-05', amount: 1000, product: 'P3', manager: 'M3', region: 'R3', document: 'a4' },
  { customer: 'B', date: '2026-05-01', amount: 50, product: 'P1', manager: 'M1', region: 'R2', document: 'b1' },
  { customer: 'B', date: '2026-05-02', amount: 50, product: 'P3', manager: 'M3', region: 'R2', document: 'b2' },
  { customer: 'C', date: '2026-06-01', amount: 200, document: 'c1' },
];

/* The list: A in the North (its sales say R1), B listed with no region, C not listed at all. */
const LIST: PlainCustomer[] = [
  { customer: 'A', region: 'North', channel: 'Horeca', size: 10 },
  { customer: 'B', region: null, channel: 'Office', size: 40 },
  { customer: 'Z', region: 'South', channel: 'Office', size: 25 },
];

function baseOf(sales: PlainSale[], list: CustomerList | null): CustomerBase {
  const base = buildCustomerBase(salesLinesFromPlain(sales), list, { analysisDay: isoToDay('2026-06-30'), windowMonths: 6 });
  if (base === null) throw new Error('the example has sales');
  return base;
}

function column(read: CriterionRead) {
  if (!read.ok) throw new Error(`missing: ${JSON.stringify(read.missing)}`);
  return read.column;
}

/** Each customer's value key, by id. */
function valuesById(base: CustomerBase, read: CriterionRead): Record<string, string> {
  const values = column(read);
  return Object.fromEntries(base.ids.map((id, b) => [id, valueKey(values, b)]));
}

describe('lineFigures', () => {
  const lines = salesLinesFromPlain(SALES);
  const base = baseOf(SALES, null);
  const facts = lineFigures(lines, base);
  const byId = (codes: ArrayLike<number> | null, labels: string[]) => Object.fromEntries(base.ids.map((id, b) => [id, codes && codes[b] !== NO_VALUE ? labels[codes[b] as number] : '']));

  it('names the manager, product and region with the most net revenue in the window, returns included', () => {
    expect(byId(facts.mainManager, lines.managerLabels)).toEqual({ A: 'M1', B: 'M3', C: '' });
    expect(byId(facts.mainProduct, lines.productLabels)).toEqual({ A: 'P1', B: 'P3', C: '' });
    expect(byId(facts.mainRegion, lines.regionLabels)).toEqual({ A: 'R1', B: 'R2', C: '' });
  });

  it('counts distinct products of positive lines only', () => {
    expect(Object.fromEntries(base.ids.map((id, b) => [id, facts.productBreadth?.[b]]))).toEqual({ A: 2, B: 2, C: 0 });
  });

  it('breaks a tie by the label the file names first, whatever order the customer bought in', () => {
    // B's lines the other way round: still M3 and P3.
    const swapped = SALES.map((sale) => (sale.document === 'b1' ? { ...sale, date: '2026-05-02' } : sale.document === 'b2' ? { ...sale, date: '2026-05-01' } : sale));
    const reordered = [...swapped.filter((sale) => sale.document !== 'b1'), ...swapped.filter((sale) => sale.document === 'b1')];
    const otherLines = salesLinesFromPlain(reordered);
    const other = lineFigures(otherLines, baseOf(reordered, null));
    const b = baseOf(reordered, null).ids.indexOf('B');
    expect(otherLines.managerLabels[other.mainManager?.[b] as number]).toBe('M3');
  });

  it('a manager whose only line is a return is still the customer’s manager when no other has a line', () => {
    const sales: PlainSale[] = [
      { customer: 'D', date: '2026-06-01', amount: 80 },
      { customer: 'D', date: '2026-06-02', amount: -20, manager: 'M9' },
    ];
    const facts = lineFigures(salesLinesFromPlain(sales), baseOf(sales, null));
    expect(Array.from(facts.mainManager ?? [])).toEqual([0]);
    expect(facts.mainProduct).toBeNull();
    expect(facts.productBreadth).toBeNull();
  });

  it('agrees with a per-line recount on random lines (the pass groups lines by customer)', () => {
    const random = seededRandom(15);
    for (let run = 0; run < 40; run++) {
      const sales: PlainSale[] = Array.from({ length: random.integer(1, 200) }, () => ({
        customer: `C${random.integer(1, 12)}`,
        date: `2026-0${random.integer(1, 7)}-1${random.integer(0, 9)}`,
        amount: random.next() < 0.1 ? -random.integer(1, 50) : random.integer(0, 5) * 10,
        manager: random.next() < 0.1 ? null : `M${random.integer(1, 4)}`,
        product: `P${random.integer(1, 6)}`,
      }));
      const lines = salesLinesFromPlain(sales);
      const base = buildCustomerBase(lines, null, { analysisDay: isoToDay('2026-06-30'), windowMonths: 6 });
      if (base === null) continue;
      const facts = lineFigures(lines, base);
      base.ids.forEach((id, b) => {
        // The recount: sums per manager in a plain object, the lowest code among the best.
        const sums = new Map<number, number>();
        const products = new Set<string>();
        for (const sale of sales) {
          if (sale.customer !== id || (sale.date as string) < '2026-01-01' || (sale.date as string) > '2026-06-30') continue;
          if (sale.manager) sums.set(lines.managerLabels.indexOf(sale.manager), (sums.get(lines.managerLabels.indexOf(sale.manager)) ?? 0) + (sale.amount as number));
          if ((sale.amount as number) > 0) products.add(sale.product as string);
        }
        const best = [...sums].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
        expect(facts.mainManager?.[b]).toBe(best === undefined ? NO_VALUE : best[0]);
        expect(facts.productBreadth?.[b]).toBe(products.size);
      });
    }
  });
});

describe('customerCriteria', () => {
  const lines = salesLinesFromPlain(SALES);

  it('reads labels from the sales when there is no customer list', () => {
    const base = baseOf(SALES, null);
    const criteria = customerCriteria({ base, lines, behaviour: BEHAVIOUR, bands: {} });
    expect(valuesById(base, criteria.region)).toEqual({ A: 'R1', B: 'R2', C: '' });
    expect(valuesById(base, criteria.manager)).toEqual({ A: 'M1', B: 'M3', C: '' });
    expect(valuesById(base, criteria.mainProduct)).toEqual({ A: 'P1', B: 'P3', C: '' });
    expect(column(criteria.region).kind).toBe('label');
  });

  it('joins the customer list by id: the list’s region wins over the sales’, an unlisted customer is not given', () => {
    const base = baseOf(SALES, customerListFromPlain(LIST));
    const criteria = customerCriteria({ base, lines, behaviour: BEHAVIOUR, bands: {} });
    // A: North (not R1); B: listed with an empty region (not R2); C: not listed.
    expect(valuesById(base, criteria.region)).toEqual({ A: 'North', B: '', C: '' });
    expect(valuesById(base, criteria.channel)).toEqual({ A: 'Horeca', B: 'Office', C: '' });
    // Size: terciles of the base's customers only (10, 40; C unknown): two values give no bounds, one band.
    expect(valuesById(base, criteria.size)).toEqual({ A: 'b0', B: 'b0', C: '' });
  });

  it('says which file column an unavailable criterion needs', () => {
    const bare = SALES.map(({ customer, date, amount, document }) => ({ customer, date, amount, document }));
    const base = baseOf(bare, customerListFromPlain([{ customer: 'A', channel: 'Horeca' }]));
    const criteria = customerCriteria({ base, lines: salesLinesFromPlain(bare), behaviour: BEHAVIOUR, bands: {} });
    const missing = (id: CriterionId) => {
      const read = criteria[id];
      return read.ok ? null : read.missing;
    };
    expect(missing('region')).toEqual({ file: 'customers', column: 'region' });
    expect(missing('type')).toEqual({ file: 'customers', column: 'type' });
    expect(missing('size')).toEqual({ file: 'customers', column: 'size' });
    expect(missing('potential')).toEqual({ file: 'customers', column: 'potential' });
    expect(missing('manager')).toEqual({ file: 'sales', column: 'manager' });
    expect(missing('mainProduct')).toEqual({ file: 'sales', column: 'product' });
    expect(missing('productBreadth')).toEqual({ file: 'sales', column: 'product' });
    // What any sales file gives.
    for (const id of ['channel', 'abc', 'rfm', 'stage', 'tenure', 'frequency', 'averageCheck'] as const) expect(criteria[id].ok).toBe(true);
  });

  it('bands tenure, orders, average check and breadth at the default bounds', () => {
    const base = baseOf(SALES, null);
    const criteria = customerCriteria({ base, lines, behaviour: BEHAVIOUR, bands: {} });
    // Tenure from the first purchase ever: A 15 Dec → 30 Jun = 16 + 181 = 197 days = 6.47 months → over 6: b1;
    // B 1 May → 60 days = 1.97 → b0; C 1 Jun → 29 days → b0.
    expect(valuesById(base, criteria.tenure)).toEqual({ A: 'b1', B: 'b0', C: 'b0' });
    // Orders (documents with a sale in the window): A a1, a2 = 2 → b1 (≤ 3); B 2 → b1; C 1 → b0 (≤ 1).
    expect(valuesById(base, criteria.frequency)).toEqual({ A: 'b1', B: 'b1', C: 'b0' });
    // Average check: A (100 + 60 + 60 − 30 − 10) / 2 = 90, B 100 / 2 = 50, C 200. Terciles of 50, 90, 200:
    // h = 2/3 → 50 + ⅔ × 40 = 76.7 → 77; h = 4/3 → 90 + ⅓ × 110 = 126.7 → two digits: 130 → bounds 77, 130.
    expect(column(criteria.averageCheck).bounds).toEqual([77, 130]);
    expect(valuesById(base, criteria.averageCheck)).toEqual({ A: 'b1', B: 'b0', C: 'b2' });
    // Breadth 2, 2, 0 at bounds 1, 2, 4.
    expect(valuesById(base, criteria.productBreadth)).toEqual({ A: 'b1', B: 'b1', C: 'b0' });
    expect(column(criteria.tenure).bounds).toEqual(DEFAULT_BOUNDS.tenure);
  });

  it('uses typed bounds when they make bands, the default when they do not', () => {
    const base = baseOf(SALES, null);
    const bands: Partial<Record<BandedCriterion, number[]>> = { frequency: [1], averageCheck: [100, 60] };
    const criteria = customerCriteria({ base, lines, behaviour: BEHAVIOUR, bands });
    expect(column(criteria.frequency).bounds).toEqual([1]);
    expect(valuesById(base, criteria.frequency)).toEqual({ A: 'b1', B: 'b1', C: 'b0' });
    // Descending: not bands; the terciles stand.
    expect(column(criteria.averageCheck).bounds).toEqual([77, 130]);
  });

  it('gives the classes their fixed keys', () => {
    const base = baseOf(SALES, null);
    const criteria = customerCriteria({ base, lines, behaviour: BEHAVIOUR, bands: {} });
    expect(column(criteria.abc).keys).toEqual(['A', 'B', 'C']);
    expect(column(criteria.stage).keys).toEqual(['firstTime', 'repeat', 'longTerm', 'lapsing']);
    expect(column(criteria.rfm).keys.at(-1)).toBe('others');
    // Revenue C 200, A 180, B 100 of 480: before them 0, 200 and 380 (79.2 %) — all under 80 %, all A.
    expect(valuesById(base, criteria.abc)).toEqual({ A: 'A', B: 'A', C: 'A' });
  });
});
