import { describe, expect, it } from 'vitest';
import { addMonths, buildCustomerBase, monthEndsFor, valueOf } from '../../../src/customers/base';
import { customerListFromPlain, dayToIso, isoToDay, salesLinesFromPlain } from '../../../src/customers/sales';
import { EXAMPLE_ANALYSIS_DATE, EXAMPLE_LIST, EXAMPLE_SALES } from '../customer-base/dataExample';

const day = (iso: string): number => {
  const value = isoToDay(iso);
  if (value === null) throw new Error(`not a day: ${iso}`);
  return value;
};
const isoDays = (days: ArrayLike<number>) => Array.from(days, (value) => dayToIso(value));

describe('addMonths', () => {
  it('keeps the day of month, or takes the target month’s last day', () => {
    expect(dayToIso(addMonths(day('2026-03-31'), -1))).toBe('2026-02-28');
    // 2024 is a leap year: February has a 29th.
    expect(dayToIso(addMonths(day('2024-03-31'), -1))).toBe('2024-02-29');
    expect(dayToIso(addMonths(day('2026-05-31'), -1))).toBe('2026-04-30');
    expect(dayToIso(addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(dayToIso(addMonths(day('2024-01-30'), 1))).toBe('2024-02-29');
    expect(dayToIso(addMonths(day('2026-03-15'), -1))).toBe('2026-02-15');
  });

  it('crosses years both ways and is the identity at zero', () => {
    expect(dayToIso(addMonths(day('2025-12-31'), -12))).toBe('2024-12-31');
    expect(dayToIso(addMonths(day('2026-01-15'), -13))).toBe('2024-12-15');
    expect(dayToIso(addMonths(day('2025-11-30'), 3))).toBe('2026-02-28');
    expect(dayToIso(addMonths(day('2026-02-28'), 0))).toBe('2026-02-28');
  });
});

describe('monthEndsFor', () => {
  it('counts each month back from the analysis day itself, not from the month before (no 31st → 28th → 28th drift)', () => {
    // 31 Mar − 1 = 28 Feb, − 2 = 31 Jan (not 28 Jan), − 3 = 31 Dec.
    expect(isoDays(monthEndsFor(day('2026-03-31'), 3, 0))).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31']);
    expect(isoDays(monthEndsFor(day('2024-05-31'), 3, 0))).toEqual(['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
    // From the 30th, March's 31st falls into April's month.
    expect(isoDays(monthEndsFor(day('2026-04-30'), 2, 0))).toEqual(['2026-02-28', '2026-03-30', '2026-04-30']);
  });

  it('with a window of 0 reaches back until the first day is inside the oldest month', () => {
    // First day 1 Dec 2025: 30 Nov < 1 Dec ≤ 31 Dec, so four months: Dec, Jan, Feb, Mar.
    expect(isoDays(monthEndsFor(day('2026-03-31'), 0, day('2025-12-01')))).toEqual(['2025-11-30', '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31']);
    // The first day on a month end itself: 30 Nov is that end, so November needs its own month.
    expect(monthEndsFor(day('2026-03-31'), 0, day('2025-11-30')).length - 1).toBe(5);
    // Everything on the analysis day: one month.
    expect(monthEndsFor(day('2026-03-31'), 0, day('2026-03-31')).length - 1).toBe(1);
  });
});

describe('buildCustomerBase on the hand-computed example', () => {
  const lines = salesLinesFromPlain(EXAMPLE_SALES);
  const list = customerListFromPlain(EXAMPLE_LIST);
  const base = buildCustomerBase(lines, list, { analysisDay: day(EXAMPLE_ANALYSIS_DATE), windowMonths: 2 });
  if (base === null) throw new Error('the example has sales');

  it('reads the window as two whole months, February and March', () => {
    expect(dayToIso(base.analysisDay)).toBe('2026-03-31');
    expect(dayToIso(base.startDay)).toBe('2026-02-01');
    expect(base.months).toBe(2);
    expect(isoDays(base.monthEnds)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('counts every line once, by the first reason it is left out', () => {
    // 10 lines: no customer 1 (D5), no date 1 (E), after 31 Mar 1 (B's 2 Apr), before 1 Feb 2 (C's, A's December);
    // used 10 − 5 = 5 (A ×3, B, D), of which 1 is a return (A's −30).
    expect(base.lines).toEqual({ total: 10, used: 5, returns: 1, noCustomer: 1, noDay: 1, noAmount: 0, beforeWindow: 2, afterAnalysisDay: 1 });
  });

  it('has the customers who bought in the window, in order of first appearance', () => {
    expect(base.count).toBe(3);
    expect(base.ids).toEqual(['A', 'B', 'D']);
  });

  it('nets returns out of revenue and keeps them apart', () => {
    // A: 100 + 50 − 30 = 120; B: 200 (its 500 after the date is out); D: 10.
    expect(Array.from(base.revenue)).toEqual([120, 200, 10]);
    expect(Array.from(base.returns)).toEqual([30, 0, 0]);
  });

  it('reads margin from cost, and profit as margin less the listed cost to serve', () => {
    // A: (100 − 60) + (50 − 20) + (−30 − (−18)) = 40 + 30 − 12 = 58; B: 200 − 150 = 50; D: cost unknown → 0.
    expect(Array.from(base.margin ?? [])).toEqual([58, 50, 0]);
    // Cost to serve: A 5 (first row of A), B listed without one (NaN), D not listed (NaN).
    expect(Array.from(base.costToServe ?? [])).toEqual([5, Number.NaN, Number.NaN]);
    // Profit: 58 − 5 = 53; 50 − 0 = 50; 0 − 0 = 0 (an unknown cost to serve counts as 0).
    expect(Array.from(base.profit ?? [])).toEqual([53, 50, 0]);
    expect(Array.from(valueOf(base, 'profit'))).toEqual([53, 50, 0]);
    expect(Array.from(valueOf(base, 'revenue'))).toEqual([120, 200, 10]);
    expect(base.hasCost).toBe(true);
  });

  it('counts orders by document (two documents on one day are two orders) and purchase days apart', () => {
    // A: D1 and D2 on 10 Feb (D3 is a return: not an order) → 2 orders, 1 purchase day; B: D4; D: D9.
    expect(Array.from(base.orders)).toEqual([2, 1, 1]);
    expect(Array.from(base.purchaseDays)).toEqual([1, 1, 1]);
    expect(base.hasDocuments).toBe(true);
  });

  it('keeps first and last purchase in the window and the first purchase ever', () => {
    expect(isoDays(base.firstDay)).toEqual(['2026-02-10', '2026-03-20', '2026-02-20']);
    expect(isoDays(base.lastDay)).toEqual(['2026-02-10', '2026-03-20', '2026-02-20']);
    // A first bought on 1 Dec 2025, before the window; B's 2 Apr purchase is after the date, so 20 Mar.
    expect(isoDays(base.firstEverDay)).toEqual(['2025-12-01', '2026-03-20', '2026-02-20']);
  });

  it('puts net sales in month buckets, the return in the month it happened', () => {
    // Rows by customer, [February, March]: A [100 + 50, −30], B [0, 200], D [10, 0].
    expect(Array.from(base.monthly)).toEqual([150, -30, 0, 200, 10, 0]);
  });

  it('joins the customer list by id: the first row of a repeated id, one listed id without sales', () => {
    expect(Array.from(base.listRow)).toEqual([0, 1, -1]);
    expect(base.list?.ids).toEqual(['A', 'B', 'X']);
    expect(base.list?.repeatedIds).toBe(1);
    expect(Array.from(base.list?.figures.potential ?? [])).toEqual([1000, 3000, 500]);
    // X never appears in the sales.
    expect(base.listedWithoutSales).toBe(1);
  });

  it('names the lapsed: bought before the window and not in it', () => {
    // C: 80 on 15 Jan only. A bought before too, but also in the window: not lapsed.
    expect(base.lapsed.ids).toEqual(['C']);
    expect(isoDays(base.lapsed.lastDay)).toEqual(['2026-01-15']);
    expect(Array.from(base.lapsed.revenue)).toEqual([80]);
  });
});

describe('buildCustomerBase: the period', () => {
  const lines = salesLinesFromPlain(EXAMPLE_SALES);

  it('reads at the last sale when no date is given', () => {
    const base = buildCustomerBase(lines, null, { analysisDay: null, windowMonths: 2 });
    // The last line with a customer, a positive amount and a day is B's 500 on 2 Apr.
    expect(dayToIso(base?.analysisDay ?? 0)).toBe('2026-04-02');
    // Window (2 Feb, 2 Apr]: A's 10 Feb lines, B's 20 Mar and 2 Apr, D's 20 Feb count; B now 200 + 500.
    expect(base?.ids).toEqual(['A', 'B', 'D']);
    expect(Array.from(base?.revenue ?? [])).toEqual([120, 700, 10]);
    expect(base?.lines.afterAnalysisDay).toBe(0);
  });

  it('an anonymous sale after the last customer’s does not set the analysis date', () => {
    const withAnonymous = salesLinesFromPlain([...EXAMPLE_SALES, { customer: null, date: '2026-04-20', amount: 15, cost: 5, document: 'D11' }]);
    const base = buildCustomerBase(withAnonymous, null, { analysisDay: null, windowMonths: 2 });
    // Still B's 2 Apr: the 20 Apr line has no customer and counts as such, not as after the date.
    expect(dayToIso(base?.analysisDay ?? 0)).toBe('2026-04-02');
    expect(base?.lines.noCustomer).toBe(2);
    expect(base?.lines.afterAnalysisDay).toBe(0);
  });

  it('with a window of 0 reads all the data up to the date: nobody is lapsed', () => {
    const base = buildCustomerBase(lines, null, { analysisDay: day(EXAMPLE_ANALYSIS_DATE), windowMonths: 0 });
    // Four months from 1 Dec 2025: A's December line and C's January line count now.
    expect(base?.months).toBe(4);
    expect(base?.lines.beforeWindow).toBe(0);
    expect(base?.lines.used).toBe(7);
    expect(base?.ids).toEqual(['A', 'B', 'C', 'D']);
    // A: 120 + 40 in December.
    expect(Array.from(base?.revenue ?? [])).toEqual([160, 200, 80, 10]);
    expect(base?.lapsed.ids).toEqual([]);
    // Without a list nothing is joined.
    expect(base?.listRow.every((row) => row === -1)).toBe(true);
    expect(base?.costToServe).toBeNull();
  });

  it('a date before every sale gives an empty base, every dated line after it', () => {
    const base = buildCustomerBase(lines, null, { analysisDay: day('2025-01-01'), windowMonths: 12 });
    expect(base?.count).toBe(0);
    // 8 dated lines with a customer are all after the date (the no-customer and no-date lines keep their reasons).
    expect(base?.lines.afterAnalysisDay).toBe(8);
  });

  it('is null when no line has a day and a positive amount', () => {
    const none = salesLinesFromPlain([
      { customer: 'A', date: null, amount: 10 },
      { customer: 'B', date: '2026-01-01', amount: -5 },
    ]);
    expect(buildCustomerBase(none, null, { analysisDay: null, windowMonths: 12 })).toBeNull();
  });

  it('orders are purchase days without a document column, and margin is null without cost', () => {
    const plain = salesLinesFromPlain([
      { customer: 'A', date: '2026-03-01', amount: 10 },
      { customer: 'A', date: '2026-03-01', amount: 20 },
      { customer: 'A', date: '2026-03-02', amount: 5 },
    ]);
    const base = buildCustomerBase(plain, null, { analysisDay: null, windowMonths: 1 });
    // Two lines on 1 Mar are one purchase; 2 Mar another: 2 orders = 2 purchase days.
    expect(Array.from(base?.orders ?? [])).toEqual([2]);
    expect(Array.from(base?.purchaseDays ?? [])).toEqual([2]);
    expect(base?.margin).toBeNull();
    expect(base?.profit).toBeNull();
    expect(base?.hasDocuments).toBe(false);
  });
});
