import { describe, expect, it } from 'vitest';
import { buildCustomerBase, type CustomerBase } from '../../../src/customers/base';
import { dayToIso, isoToDay, salesLinesFromPlain, type PlainSale } from '../../../src/customers/sales';
import { seededRandom } from '../../../src/data/seededRandom';
import { segmentMetrics, segmentProfiles, windowHalves, type SegmentTotals } from '../../../exercises/segmentation/model/profile';

describe('windowHalves', () => {
  it('splits whole months, dropping the oldest month of an odd window', () => {
    expect(windowHalves(0)).toBeNull();
    expect(windowHalves(1)).toBeNull();
    expect(windowHalves(2)).toEqual({ first: [0, 1], second: [1, 2] });
    // 7 months: half = 3; month 0 is left out, 1–3 against 4–6.
    expect(windowHalves(7)).toEqual({ first: [1, 4], second: [4, 7] });
    expect(windowHalves(12)).toEqual({ first: [0, 6], second: [6, 12] });
  });
});

/*
 * Four customers, analysis day 31 March 2026, a 4-month window: December, January | February, March.
 *
 *   P  10 Dec 100, 10 Jan 50            first half only: 150 | 0
 *   Q  10 Feb 80, 10 Mar 120            second half only: 0 | 200
 *   R   5 Jan 200, 5 Mar 300            both: 200 | 300
 *   S   5 Dec 100, 20 Dec −100, 15 Feb 60
 *       December nets to 0: the model reads activity from each month's net sales, so a purchase returned within
 *       its month is no activity; S counts as a customer of the second half only: 0 | 60.
 *
 * No documents: orders are purchase days (S's return day is none): 2 each, 8 in all. No cost: no margin.
 * Segments: 0 = {P, R}, 1 = {Q, S}.
 */
const SALES: PlainSale[] = [
  { customer: 'P', date: '2025-12-10', amount: 100 },
  { customer: 'P', date: '2026-01-10', amount: 50 },
  { customer: 'Q', date: '2026-02-10', amount: 80 },
  { customer: 'Q', date: '2026-03-10', amount: 120 },
  { customer: 'R', date: '2026-01-05', amount: 200 },
  { customer: 'R', date: '2026-03-05', amount: 300 },
  { customer: 'S', date: '2025-12-05', amount: 100 },
  { customer: 'S', date: '2025-12-20', amount: -100 },
  { customer: 'S', date: '2026-02-15', amount: 60 },
];

function baseOf(sales: PlainSale[], windowMonths: number): CustomerBase {
  const base = buildCustomerBase(salesLinesFromPlain(sales), null, { analysisDay: isoToDay('2026-03-31'), windowMonths });
  if (base === null) throw new Error('the example has sales');
  return base;
}

const segmentsOf = (base: CustomerBase, byId: Record<string, number>) => Int32Array.from(base.ids, (id) => byId[id] as number);

describe('segmentProfiles and segmentMetrics on four customers', () => {
  const base = baseOf(SALES, 4);
  const { segments, total } = segmentProfiles(base, segmentsOf(base, { P: 0, R: 0, Q: 1, S: 1 }), ['steady', 'new']);

  it('sums each segment and the whole base', () => {
    expect(dayToIso(base.startDay)).toBe('2025-12-01');
    // Revenue: P 150 + R 500 = 650; Q 200 + S 60 = 260; 910 in all. Halves: {P, R} 350 | 300, {Q, S} 0 | 260.
    expect(segments).toEqual([
      { key: 'steady', customers: 2, revenue: 650, margin: null, orders: 4, firstHalfRevenue: 350, secondHalfRevenue: 300, firstHalfActive: 2, retained: 1 },
      { key: 'new', customers: 2, revenue: 260, margin: null, orders: 4, firstHalfRevenue: 0, secondHalfRevenue: 260, firstHalfActive: 0, retained: 0 },
    ]);
    expect(total).toEqual({ customers: 4, revenue: 910, margin: null, orders: 8, firstHalfRevenue: 350, secondHalfRevenue: 560, firstHalfActive: 2, retained: 1 });
  });

  it('derives shares, checks, growth and retention', () => {
    const steady = segmentMetrics(segments[0] as SegmentTotals, total);
    expect(steady.customerShare).toBe(0.5);
    expect(steady.revenueShare).toBeCloseTo(650 / 910, 12);
    // 650 / 4 orders; 4 orders / 2 customers; 650 / 2.
    expect(steady.averageCheck).toBe(162.5);
    expect(steady.ordersPerCustomer).toBe(2);
    expect(steady.revenuePerCustomer).toBe(325);
    // 300 / 350 − 1 = −1/7; P and R bought in the first half, only R again in the second: 1 / 2.
    expect(steady.growth).toBeCloseTo(-1 / 7, 12);
    expect(steady.retention).toBe(0.5);
    expect(steady.marginShare).toBeNull();
    expect(steady.marginRate).toBeNull();

    const newer = segmentMetrics(segments[1] as SegmentTotals, total);
    expect(newer.averageCheck).toBe(65);
    // Nothing in the first half: no growth rate, and nobody to retain.
    expect(newer.growth).toBeNull();
    expect(newer.retention).toBeNull();

    const whole = segmentMetrics(total, total);
    // 560 / 350 − 1 = 0.6; 1 of 2.
    expect(whole.growth).toBeCloseTo(0.6, 12);
    expect(whole.retention).toBe(0.5);
  });

  it('has no halves in a one-month window', () => {
    const march = baseOf(SALES, 1);
    const { total } = segmentProfiles(march, new Int32Array(march.count), ['all']);
    // March: Q 120, R 300.
    expect(total).toEqual({ customers: 2, revenue: 420, margin: null, orders: 2, firstHalfRevenue: null, secondHalfRevenue: null, firstHalfActive: 0, retained: 0 });
    expect(segmentMetrics(total, total).growth).toBeNull();
    expect(segmentMetrics(total, total).retention).toBeNull();
  });
});

describe('segmentMetrics where a figure is undefined', () => {
  const totals = (change: Partial<SegmentTotals>): SegmentTotals => ({ customers: 0, revenue: 0, margin: 0, orders: 0, firstHalfRevenue: 0, secondHalfRevenue: 0, firstHalfActive: 0, retained: 0, ...change });

  it('an empty segment has zero shares and no averages', () => {
    const metrics = segmentMetrics(totals({}), totals({ customers: 10, revenue: 1000, margin: 300, orders: 20 }));
    expect(metrics).toEqual({ customerShare: 0, revenueShare: 0, marginShare: 0, marginRate: null, averageCheck: null, ordersPerCustomer: null, revenuePerCustomer: null, growth: null, retention: null });
  });

  it('margin: a rate of its own revenue, a share of the whole margin; null without cost or revenue', () => {
    // 30 of 100 revenue; 30 of the whole 60 margin.
    const metrics = segmentMetrics(totals({ customers: 1, revenue: 100, margin: 30, orders: 1 }), totals({ customers: 2, revenue: 300, margin: 60, orders: 3 }));
    expect(metrics.marginRate).toBe(0.3);
    expect(metrics.marginShare).toBe(0.5);
    expect(segmentMetrics(totals({ margin: null }), totals({ margin: null })).marginShare).toBeNull();
    expect(segmentMetrics(totals({ margin: 5 }), totals({ margin: 0 })).marginShare).toBeNull();
  });

  it('growth needs a positive first half', () => {
    expect(segmentMetrics(totals({ firstHalfRevenue: -50, secondHalfRevenue: 100 }), totals({})).growth).toBeNull();
    expect(segmentMetrics(totals({ firstHalfRevenue: null, secondHalfRevenue: null }), totals({})).growth).toBeNull();
    // 100 → 0: −100 %.
    expect(segmentMetrics(totals({ firstHalfRevenue: 100, secondHalfRevenue: 0 }), totals({})).growth).toBe(-1);
  });
});

describe('profiles on random data', () => {
  it('segments add up to the whole, shares to 1, retention stays within 0…1', () => {
    const random = seededRandom(4);
    for (let run = 0; run < 60; run++) {
      const customers = random.integer(1, 40);
      const sales: PlainSale[] = Array.from({ length: random.integer(1, 300) }, () => ({
        customer: `C${random.integer(1, customers)}`,
        date: dayToIso((isoToDay('2025-01-01') as number) + random.integer(0, 455)),
        amount: random.next() < 0.1 ? -random.integer(1, 500) : random.integer(1, 1000),
        cost: random.integer(0, 400),
      }));
      const windowMonths = random.integer(0, 13);
      const base = buildCustomerBase(salesLinesFromPlain(sales), null, { analysisDay: null, windowMonths });
      if (base === null) continue;
      const count = random.integer(1, 5);
      const segment = Int32Array.from({ length: base.count }, () => random.integer(0, count - 1));
      const { segments, total } = segmentProfiles(base, segment, Array.from({ length: count }, (_, k) => `s${k}`));
      const sum = (pick: (totals: SegmentTotals) => number) => segments.reduce((acc, totals) => acc + pick(totals), 0);
      expect(sum((totals) => totals.customers)).toBe(base.count);
      expect(total.customers).toBe(base.count);
      expect(sum((totals) => totals.revenue)).toBeCloseTo(total.revenue, 6);
      expect(sum((totals) => totals.margin ?? 0)).toBeCloseTo(total.margin ?? 0, 6);
      expect(sum((totals) => totals.orders)).toBe(total.orders);
      expect(sum((totals) => totals.firstHalfActive)).toBe(total.firstHalfActive);
      expect(sum((totals) => totals.retained)).toBe(total.retained);
      const metrics = segments.map((totals) => segmentMetrics(totals, total));
      expect(metrics.reduce((acc, m) => acc + m.customerShare, 0)).toBeCloseTo(1, 12);
      if (total.revenue !== 0) expect(metrics.reduce((acc, m) => acc + m.revenueShare, 0)).toBeCloseTo(1, 9);
      for (const m of [...metrics, segmentMetrics(total, total)]) {
        if (m.retention !== null) {
          expect(m.retention).toBeGreaterThanOrEqual(0);
          expect(m.retention).toBeLessThanOrEqual(1);
        }
      }
      const halves = windowHalves(base.months);
      if (halves === null) expect(total.firstHalfRevenue).toBeNull();
      // An even window is covered by its halves: they add up to the revenue.
      else if (base.months % 2 === 0) expect((total.firstHalfRevenue ?? 0) + (total.secondHalfRevenue ?? 0)).toBeCloseTo(total.revenue, 6);
    }
  });
});
