import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/data/seededRandom';
import { buildCustomerBase } from '../../../src/customers/base';
import { lifeCycle, meanInterval, medianOf, oneOffThreshold, stageOf, STAGES } from '../../../src/customers/lifecycle';
import { dayToIso, salesLinesFromPlain, type PlainSale } from '../../../src/customers/sales';
import { exampleBase, indexOf } from '../customer-base/warningsExample';

describe('life-cycle stages', () => {
  it('reads each customer of the hand example', () => {
    const base = exampleBase();
    const cycle = lifeCycle(base, 3);
    const stage = (id: string) => stageOf(cycle, indexOf(base, id));
    const interval = (id: string) => cycle.interval[indexOf(base, id)];

    // Own mean intervals: A (06-10 − 01-10) / 5 = 151 / 5 = 30.2; B the same; C (01-25 − 01-05) / 1 = 20;
    // E (06-01 − 03-01) / 3 = 92 / 3 = 30.67; D and F bought on one day: no interval.
    expect(interval('A')).toBeCloseTo(30.2, 10);
    expect(interval('B')).toBeCloseTo(30.2, 10);
    expect(interval('C')).toBe(20);
    expect(interval('E')).toBeCloseTo(92 / 3, 10);
    expect(interval('D')).toBeNaN();
    // Typical interval: the median of 20, 30.2, 30.2, 30.67 = (30.2 + 30.2) / 2 = 30.2;
    // one-off threshold max(30, round(3 × 30.2 = 90.6)) = 91 days.
    expect(cycle.typicalInterval).toBeCloseTo(30.2, 10);
    expect(cycle.oneOffDays).toBe(91);

    // A: silence 06-30 − 06-10 = 20 ≤ 3 × 30.2; first bought 2025-06-01, on or before 2025-06-30 (12 months back);
    // a purchase in 6 of the window's 6 months (≥ half) → long-term. B likewise (its falling sales are a warning, not a stage).
    expect(stage('A')).toBe('longTerm');
    expect(stage('B')).toBe('longTerm');
    // C: silence 06-30 − 01-25 = 156 > 3 × 20 = 60 → lapsing.
    expect(cycle.silence[indexOf(base, 'C')]).toBe(156);
    expect(stage('C')).toBe('lapsing');
    // D: one purchase day ever, silence 10 ≤ 91 → first-time.
    expect(stage('D')).toBe('firstTime');
    // E: silence 29 ≤ 3 × 30.67; bought four months, but only since March → repeat.
    expect(stage('E')).toBe('repeat');
    // F: one purchase day, silence 06-30 − 02-01 = 149 > 91 → lapsing.
    expect(cycle.silence[indexOf(base, 'F')]).toBe(149);
    expect(stage('F')).toBe('lapsing');

    // Totals: long-term A 600 + B (3 × 1000 + 3 × 200 = 3600) = 4200; lapsing C 1000 + F 400 = 1400; G is lapsed with 700 before the window.
    expect(cycle.totals).toEqual({
      firstTime: { customers: 1, revenue: 300 },
      repeat: { customers: 1, revenue: 1000 },
      longTerm: { customers: 2, revenue: 4200 },
      lapsing: { customers: 2, revenue: 1400 },
      lapsed: { customers: 1, revenue: 700 },
    });
  });

  it('a larger k gives each customer more time: C (156 days, 7.8 × its 20-day interval) is still lapsing at k = 7, not at k = 8', () => {
    const base = exampleBase();
    expect(stageOf(lifeCycle(base, 7), indexOf(base, 'C'))).toBe('lapsing');
    // k = 8: 156 ≤ 160; C bought twice, both in the window → repeat.
    expect(stageOf(lifeCycle(base, 8), indexOf(base, 'C'))).toBe('repeat');
    // The one-off threshold follows k: max(30, round(8 × 30.2 = 241.6)) = 242 > F's 149 days; F bought once ever → first-time.
    expect(stageOf(lifeCycle(base, 8), indexOf(base, 'F'))).toBe('firstTime');
  });

  it('states its helpers plainly', () => {
    expect(meanInterval(10, 40, 4)).toBe(10);
    expect(meanInterval(10, 10, 1)).toBeNaN();
    expect(medianOf([Number.NaN, 5, 1, 3])).toBe(3);
    expect(medianOf([Number.NaN])).toBeNull();
    // Daily buyers: 3 × 2 days = 6, but never under a month.
    expect(oneOffThreshold(2, 3)).toBe(30);
    expect(oneOffThreshold(null, 3)).toBe(90);
  });

  it('property: the four stages hold every customer of the window once, and lapsed are those before it only', () => {
    const random = seededRandom(2026);
    for (let round = 0; round < 30; round++) {
      const sales: PlainSale[] = [];
      const customers = 5 + Math.floor(random.next() * 40);
      for (let c = 0; c < customers; c++) {
        const purchases = 1 + Math.floor(random.next() * 12);
        for (let p = 0; p < purchases; p++) {
          const day = 20_000 + Math.floor(random.next() * 730);
          sales.push({ customer: `C${c}`, date: dayToIso(day), amount: random.next() < 0.05 ? -50 : Math.round(random.next() * 1000) + 1 });
        }
      }
      const base = buildCustomerBase(salesLinesFromPlain(sales), null, { analysisDay: null, windowMonths: 1 + Math.floor(random.next() * 24) });
      if (base === null) continue;
      const cycle = lifeCycle(base, 1 + random.next() * 5);
      const counted = STAGES.reduce((sum, stage) => sum + cycle.totals[stage].customers, 0);
      expect(counted).toBe(base.count);
      expect(cycle.totals.lapsed.customers).toBe(base.lapsed.ids.length);
      const revenue = STAGES.reduce((sum, stage) => sum + cycle.totals[stage].revenue, 0);
      expect(revenue).toBeCloseTo(base.revenue.reduce((sum, value) => sum + value, 0), 6);
    }
  });
});
