import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoToDay, salesLinesFromPlain } from '../../../src/customers/sales';
import { repeatCustomers, valueSummary } from '../../../exercises/customer-base/model/valueSummary';

const day = (iso: string) => isoToDay(iso) as number;

describe('valueSummary', () => {
  const lines = salesLinesFromPlain([
    // A: two lines on Jan 1 (one occasion, 30), Jan 15 (20), a return-only day Jan 20, Jan 29 (40), Feb 12 after the cut.
    { customer: 'A', date: '2024-01-01', amount: 10 },
    { customer: 'A', date: '2024-01-01', amount: 20 },
    { customer: 'A', date: '2024-01-15', amount: 20 },
    { customer: 'A', date: '2024-01-20', amount: -5 },
    { customer: 'A', date: '2024-01-29', amount: 40 },
    { customer: 'A', date: '2024-02-12', amount: 15 },
    { customer: 'A', date: '2024-02-19', amount: 15 },
    // B: one purchase before the cut, none after.
    { customer: 'B', date: '2024-01-22', amount: 50 },
    // C: first purchase after the cut: not in the calibration.
    { customer: 'C', date: '2024-02-10', amount: 50 },
    // Lines without a customer, a day or an amount are left out.
    { customer: null, date: '2024-01-05', amount: 5 },
    { customer: 'B', date: null, amount: 5 },
    { customer: 'B', date: '2024-01-25', amount: null },
    // After the hold-out's end.
    { customer: 'B', date: '2024-03-30', amount: 9 },
  ]);
  const summary = valueSummary(lines, day('2024-02-05'), day('2024-02-29'));

  it('reads x, t_x and T in weeks from purchase days, with the hold-out occasions', () => {
    expect(summary.count).toBe(2);
    expect(summary.customer.map((code) => code)).toEqual(Int32Array.from([0, 1]));
    // A: occasions Jan 1, 15, 29 (Jan 20 has only a return) → x = 2, t_x = 28 days = 4 weeks,
    // T = Feb 5 − Jan 1 = 35 days = 5 weeks; m̄ = (20 + 40)/2 = 30; hold-out: Feb 12 and 19 → 2.
    expect([summary.x[0], summary.tx[0], summary.T[0], summary.meanSpend[0], summary.holdout[0]]).toEqual([2, 4, 5, 30, 2]);
    // B: one occasion Jan 22 → x = 0, t_x = 0, T = 14 days = 2 weeks, m̄ = 0, nothing in the hold-out.
    expect([summary.x[1], summary.tx[1], summary.T[1], summary.meanSpend[1], summary.holdout[1]]).toEqual([0, 0, 2, 0, 0]);
    expect(repeatCustomers(summary)).toBe(1);
  });

  it('without a hold-out reads up to the calibration end only', () => {
    const plain = valueSummary(lines, day('2024-02-29'));
    // A now has 5 occasions up to Feb 29 (x = 4); C enters with x = 0; B's March line is after the end.
    expect(plain.count).toBe(3);
    expect(plain.x[0]).toBe(4);
    expect(plain.x[2]).toBe(0);
    expect(plain.holdoutEnd).toBeNull();
    expect(Array.from(plain.holdout)).toEqual([0, 0, 0]);
  });
});

describe('valueSummary on the CDNOW sample’s transactions', () => {
  // CDNOW_sample.txt: master id, sample id, yyyymmdd, CDs, dollars (test/fixtures/customer-base/SOURCE.md).
  const rows = readFileSync('test/fixtures/customer-base/CDNOW_sample.txt', 'utf8').trim().split(/\r?\n/).map((line) => line.trim().split(/\s+/));
  const lines = salesLinesFromPlain(rows.map(([, id, date, , dollars]) => ({ customer: id ?? null, date: `${date?.slice(0, 4)}-${date?.slice(4, 6)}-${date?.slice(6, 8)}`, amount: Number(dollars) })));
  const summary = valueSummary(lines, day('1997-09-30'), day('1998-06-30'));
  const published = readFileSync('test/fixtures/customer-base/cdnow_customers_summary_with_transactions.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map(Number));

  it('rebuilds the published 39-week summary exactly (x, t_x, T, m̄ to 2 decimals)', () => {
    expect(summary.count).toBe(2357);
    const byId = new Map(Array.from(summary.customer, (code, i) => [Number(lines.customerLabels[code]), i]));
    for (const [id, x, tx, T, zbar] of published) {
      const i = byId.get(id as number) as number;
      expect(summary.x[i]).toBe(x);
      // The file rounds half up to 2 decimals: within half a cent of ours.
      expect(Math.abs((summary.tx[i] as number) - (tx as number))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((summary.T[i] as number) - (T as number))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs((summary.meanSpend[i] as number) - (zbar as number))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('counts the purchase days of the 39 weeks after (the hold-out FHL 2005 forecast)', () => {
    // Distinct (customer, day) pairs from 1997-10-01 to 1998-06-30 in the file, counted apart with a script: 1,882.
    expect(summary.holdout.reduce((sum, n) => sum + n, 0)).toBe(1882);
  });
});
