import { describe, expect, it } from 'vitest';
import { evenDiscountFactor, expectedLifetime, measureRetention, measureRetentionFromLines, ratePerPeriod, simpleClv } from '../../../exercises/customer-base/model/clv';
import { isoToDay, salesLinesFromPlain } from '../../../src/customers/sales';

describe('simple CLV (Gupta & Lehmann 2003)', () => {
  it('is m·r/(1 + i − r)', () => {
    // 100 · 0.8 / (1 + 0.1 − 0.8) = 80 / 0.3 = 266.67
    expect(simpleClv(100, 0.8, 0.1)).toBeCloseTo(266.6667, 4);
    // No retention: nothing after this period.
    expect(simpleClv(100, 0, 0.1)).toBe(0);
    // Kept forever, nothing discounted: no finite value.
    expect(simpleClv(100, 1, 0)).toBe(Infinity);
  });

  it('gives the expected lifetime 1/(1 − r)', () => {
    expect(expectedLifetime(0.8)).toBeCloseTo(5, 12);
    expect(expectedLifetime(1)).toBe(Infinity);
  });

  it('turns a yearly rate into a rate per period, compounded', () => {
    // 12 % a year per quarter: 1.12^(3/12) − 1 = 0.0287373
    expect(ratePerPeriod(0.12, 3)).toBeCloseTo(0.028737344722080227, 12);
    expect(ratePerPeriod(0.12, 12)).toBeCloseTo(0.12, 12);
  });

  it('discounts a value earned evenly over the horizon', () => {
    expect(evenDiscountFactor(12, 0)).toBe(1);
    // A yearly rate whose monthly rate is 10 %: months 1 and 2 weigh 1/1.1 and 1/1.21, mean 0.8677686.
    expect(evenDiscountFactor(2, 1.1 ** 12 - 1)).toBeCloseTo(0.8677685950413223, 10);
  });
});

describe('measured retention', () => {
  it('counts customers active in one period who are active in the next', () => {
    // 7 months, quarters: the oldest month is left out, quarters are months 1–3 and 4–6.
    // Customer A buys in both quarters (1 of 1 kept); B only in the first (0 of 1); C only in the second
    // (not counted: nothing before); D returned goods in the second quarter (net ≤ 0: not active).
    // r = 1 / 3 (A kept; B and D lost).
    // prettier-ignore
    const monthly = Float64Array.from([
      9, 5, 0, 0, 0, 7, 0, // A
      0, 0, 3, 0, 0, 0, 0, // B
      5, 0, 0, 0, 0, 2, 0, // C: the 5 is in the left-out month
      0, 4, 0, 0, -4, 0, 0, // D
    ]);
    const measured = measureRetention(monthly, 4, 7, 3);
    expect(measured).toEqual({ rate: 1 / 3, active: 3, retained: 1, periods: 2 });
  });

  it('cannot measure with fewer than two whole periods', () => {
    expect(measureRetention(new Float64Array(11), 1, 11, 12).rate).toBeNull();
  });
});

describe('measured retention from the sales lines', () => {
  it('counts whole quarters back from the analysis day over the whole history', () => {
    // Analysis day 2024-12-31, data from 2024-01-05: quarters (Mar 31, Jun 30], (Jun 30, Sep 30], (Sep 30, Dec 31];
    // the first quarter is partial and left out (B's only purchase is in it).
    // A: Q2 and Q4 → active in Q2, lost in Q3.   C: Q2 and Q3 → kept into Q3, lost in Q4.
    // Active with a next quarter: A-Q2, C-Q2, C-Q3 = 3; kept: C-Q2 = 1 → r = 1/3.
    const lines = salesLinesFromPlain([
      { customer: 'A', date: '2024-02-10', amount: 5 },
      { customer: 'A', date: '2024-05-01', amount: 5 },
      { customer: 'A', date: '2024-11-01', amount: 5 },
      { customer: 'B', date: '2024-01-05', amount: 5 },
      { customer: 'C', date: '2024-06-15', amount: 5 },
      { customer: 'C', date: '2024-08-15', amount: 5 },
      { customer: 'C', date: '2025-02-01', amount: 5 },
    ]);
    expect(measureRetentionFromLines(lines, isoToDay('2024-12-31') as number, 3)).toEqual({ rate: 1 / 3, active: 3, retained: 1, periods: 3 });
    // Years: not even two whole ones.
    expect(measureRetentionFromLines(lines, isoToDay('2024-12-31') as number, 12).rate).toBeNull();
  });
});
