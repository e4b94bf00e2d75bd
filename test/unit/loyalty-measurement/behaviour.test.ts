import { describe, expect, it } from 'vitest';
import type { TypedRow } from '../../../src/data/import/types';
import { analyseBehaviour, behaviourSalesFromRows, cohortSummary, type BehaviourFigures, type BehaviourOptions, type BehaviourResult } from '../../../exercises/loyalty-measurement/model/behaviour';

const TODAY = '2026-12-01';
const options = (patch: Partial<BehaviourOptions> = {}): BehaviourOptions => ({
  period: 'month',
  windowFrom: null,
  windowTo: null,
  lapseFactor: 3,
  oneTimeLapseDays: 180,
  countRowsAsPurchases: false,
  ...patch,
});

/** Rows of one customer: each date one row of 100 (a date twice is two receipt lines on one day). */
function customer(id: string, ...dates: string[]): TypedRow[] {
  return dates.map((date) => ({ customer: id, date, amount: 100 }));
}

function analyse(rows: TypedRow[], patch: Partial<BehaviourOptions> = {}, today = TODAY): BehaviourResult {
  return analyseBehaviour(behaviourSalesFromRows(rows), options(patch), today);
}

function ready(result: BehaviourResult): BehaviourFigures {
  if (result.kind !== 'ready') throw new Error(`expected figures, got ${result.kind}`);
  return result.figures;
}

describe('repeat rate', () => {
  // A: two rows on 5 January (one visit), B: 10 January and 10 February, C: 1 March.
  const rows = [...customer('A', '2025-01-05', '2025-01-05'), ...customer('B', '2025-01-10', '2025-02-10'), ...customer('C', '2025-03-01')];

  it('merges rows of one customer on one day into one purchase', () => {
    const figures = ready(analyse(rows));
    // Purchases: A 1, B 2, C 1 → repeat customers 1 (B) of 3 customers = 1/3.
    expect(figures.customers).toBe(3);
    expect(figures.purchases).toBe(4);
    expect(figures.repeatCustomers).toBe(1);
    expect(figures.repeatRate).toBeCloseTo(1 / 3, 12);
    expect(figures.rowCounts.mergedRows).toBe(1);
    // Five rows of 100 over four purchases: an average check of 500 / 4 = 125.
    expect(figures.averageCheck).toBe(125);
  });

  it('counts rows as purchases when asked', () => {
    const figures = ready(analyse(rows, { countRowsAsPurchases: true }));
    // Now A has 2 purchases too: A and B repeat, 2 of 3; five purchases, a check of 500 / 5 = 100.
    expect(figures.repeatRate).toBeCloseTo(2 / 3, 12);
    expect(figures.purchases).toBe(5);
    expect(figures.averageCheck).toBe(100);
    expect(figures.rowCounts.mergedRows).toBe(0);
  });

  it('counts only the purchases inside the window', () => {
    // From 1 February: A is out, B has one purchase (10 February), C one → no repeat customer in the window.
    const result = analyse(rows, { windowFrom: '2025-02-01' });
    expect(result).toMatchObject({ kind: 'oneTimeOnly', customers: 2, inWholeData: false });
  });
});

describe('retention per period', () => {
  // January to March 2025: A Jan + Feb, B Jan + Mar, C Feb + Mar, D Jan.
  const rows = [
    ...customer('A', '2025-01-03', '2025-02-14'),
    ...customer('B', '2025-01-20', '2025-03-02'),
    ...customer('C', '2025-02-01', '2025-03-31'),
    ...customer('D', '2025-01-09'),
  ];

  it('is active in t − 1 and t over active in t − 1, for each whole month', () => {
    const figures = ready(analyse(rows, { windowFrom: '2025-01-01', windowTo: '2025-03-31' }));
    // Jan: A, B, D active. Feb: A, C; of Jan's three only A → 1/3. Mar: B, C; of Feb's two only C → 1/2.
    expect(figures.retention.periods).toEqual([
      { start: '2025-01-01', active: 3, retained: 0, retention: null },
      { start: '2025-02-01', active: 2, retained: 1, retention: 1 / 3 },
      { start: '2025-03-01', active: 2, retained: 1, retention: 1 / 2 },
    ]);
    // Mean (1/3 + 1/2) / 2 = 5/12; churn is 1 − retention: 7/12.
    expect(figures.retention.mean).toBeCloseTo(5 / 12, 12);
    // Seven purchases (A 2, B 2, C 2, D 1), four customers, 90 days = 90 / 30.4375 months: 7 / 4 / 2.9569… = 0.5918 a month.
    expect(figures.frequency).toBeCloseTo(7 / 4 / (90 / (365.25 / 12)), 12);
  });

  it('leaves out a partial period at the window edge', () => {
    // To 15 March: March is not whole, so only January and February are compared.
    const figures = ready(analyse(rows, { windowFrom: '2025-01-01', windowTo: '2025-03-15' }));
    expect(figures.retention.periods.map((period) => period.start)).toEqual(['2025-01-01', '2025-02-01']);
    expect(figures.retention.mean).toBeCloseTo(1 / 3, 12);
  });

  it('compares quarters when the period is a quarter', () => {
    const figures = ready(analyse(rows, { windowFrom: '2025-01-01', windowTo: '2025-03-31', period: 'quarter' }));
    // One whole quarter: everyone active in it, nothing before it to retain from.
    expect(figures.retention.periods).toEqual([{ start: '2025-01-01', active: 4, retained: 0, retention: null }]);
    expect(figures.retention.mean).toBeNull();
  });
});

describe('cohort table on ten customers', () => {
  const rows = [
    ...customer('C1', '2025-01-02', '2025-02-02', '2025-03-02', '2025-04-02'),
    ...customer('C2', '2025-01-05', '2025-03-05'),
    ...customer('C3', '2025-01-07'),
    ...customer('C4', '2025-01-09', '2025-02-09'),
    ...customer('C5', '2025-02-03', '2025-03-03'),
    ...customer('C6', '2025-02-06'),
    ...customer('C7', '2025-02-08', '2025-04-08'),
    ...customer('C8', '2025-03-04', '2025-04-04'),
    ...customer('C9', '2025-03-10'),
    ...customer('C10', '2025-04-11'),
    // First seen in December 2024, before the window: a customer of the December cohort, in no row of the table.
    ...customer('C11', '2024-12-15', '2025-02-15'),
  ];

  it('follows each first-purchase month, month 0 at 100 %', () => {
    const { cohorts } = ready(analyse(rows, { windowFrom: '2025-01-01', windowTo: '2025-04-30' }));
    // January: C1–C4 (4); in Feb C1, C4 = 2/4; Mar C1, C2 = 2/4; Apr C1 = 1/4.
    // February: C5–C7 (3, not C11); Mar C5 = 1/3; Apr C7 = 1/3. March: C8, C9; Apr C8 = 1/2. April: C10.
    expect(cohorts.rows).toEqual([
      { month: '2025-01-01', size: 4, active: [4, 2, 2, 1], shares: [1, 0.5, 0.5, 0.25] },
      { month: '2025-02-01', size: 3, active: [3, 1, 1], shares: [1, 1 / 3, 1 / 3] },
      { month: '2025-03-01', size: 2, active: [2, 1], shares: [1, 0.5] },
      { month: '2025-04-01', size: 1, active: [1], shares: [1] },
    ]);
    expect(cohorts.columns).toBe(4);
    expect(cohorts.lastMonthPartial).toBe(false);
    // The data starts in December: January's cohort is not the data's first month.
    expect(cohorts.firstCohortIsDataStart).toBe(false);
  });

  it('pools the cohorts month by month over those that reached the month', () => {
    const { cohorts } = ready(analyse(rows, { windowFrom: '2025-01-01', windowTo: '2025-04-30' }));
    // Month 0: 4 + 3 + 2 + 1 = 10 customers, all buying. Month 1: Jan, Feb, Mar cohorts (9), 2 + 1 + 1 = 4 → 4/9.
    // Month 2: Jan, Feb (7), 2 + 1 = 3 → 3/7. Month 3: Jan (4), 1 → 1/4.
    expect(cohortSummary(cohorts)).toEqual({ skipsDataStart: false, size: [10, 9, 7, 4], active: [10, 4, 3, 1], shares: [1, 4 / 9, 3 / 7, 1 / 4] });
    // From December, the window's first cohort is the data's first month: it is left out of the pooled figures.
    // December: C11 alone, buying in month 0 and month 2 (February).
    const fromDecember = ready(analyse(rows, { windowFrom: '2024-12-01', windowTo: '2025-04-30' })).cohorts;
    expect(fromDecember.firstCohortIsDataStart).toBe(true);
    expect(fromDecember.rows[0]).toEqual({ month: '2024-12-01', size: 1, active: [1, 0, 1, 0, 0], shares: [1, 0, 1, 0, 0] });
    expect(cohortSummary(fromDecember)).toMatchObject({ skipsDataStart: true, size: [10, 9, 7, 4] });
  });

  it('marks a last month the window cuts short', () => {
    const { cohorts } = ready(analyse(rows, { windowFrom: '2025-01-01', windowTo: '2025-04-05' }));
    expect(cohorts.lastMonthPartial).toBe(true);
    // C10 (11 April) is after the window's end: no April cohort.
    expect(cohorts.rows.map((row) => row.month)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
  });
});

describe('lapsed customers and the ladder at the window end (30 June 2025)', () => {
  const rows = [
    // X: every 10 days in January, silent 160 days since 21 January (10 + 28 + 31 + 30 + 31 + 30): > 3 × 10 → lapsed.
    ...customer('X', '2025-01-01', '2025-01-11', '2025-01-21'),
    // Y: every 10 days in June, silent 9 days → active.
    ...customer('Y', '2025-06-01', '2025-06-11', '2025-06-21'),
    // T: 10 days apart, silent exactly 30 = 3 × 10 days → not lapsed (the rule is "longer than").
    ...customer('T', '2025-05-21', '2025-05-31'),
    // V: 61 days apart, silent 60 → active.
    ...customer('V', '2025-03-01', '2025-05-01'),
    // R: 5 April, 5 May, 5 June (30 and 31 days, median 30.5), silent 25 → active.
    ...customer('R', '2025-04-05', '2025-05-05', '2025-06-05'),
    // Z: one purchase, silent 46 days ≤ 60 → active. W: one purchase, silent 90 days > 60 → lapsed.
    ...customer('Z', '2025-05-15'),
    ...customer('W', '2025-04-01'),
  ];
  const window = { windowFrom: '2025-01-01', windowTo: '2025-06-30', oneTimeLapseDays: 60 };

  it('counts a customer as lapsed after k × their own median interval, one-time buyers after fixed days', () => {
    const figures = ready(analyse(rows, window));
    expect(figures.lapsed).toEqual({ total: 2, repeatBuyers: 1, oneTimeBuyers: 1 });
    // With k = 2.9, T's 30 silent days exceed 29: lapsed too.
    expect(ready(analyse(rows, { ...window, lapseFactor: 2.9 })).lapsed).toEqual({ total: 3, repeatBuyers: 2, oneTimeBuyers: 1 });
    // Own medians 10 (X), 10 (Y), 10 (T), 61 (V), 30.5 (R): sorted 10, 10, 10, 30.5, 61 → median 10.
    expect(figures.medianInterval).toBe(10);
    // Bins (0, 7], (7, 14], (14, 30], (30, 60], (60, 90]…: three in (7, 14], R's 30.5 in (30, 60], V's 61 in (60, 90].
    expect(figures.intervalBins.map((bin) => [bin.from, bin.to, bin.customers])).toEqual([
      [0, 7, 0],
      [7, 14, 3],
      [14, 30, 0],
      [30, 60, 1],
      [60, 90, 1],
      [90, 180, 0],
      [180, 365, 0],
      [365, null, 0],
    ]);
  });

  it('puts each customer on one stage of the ladder', () => {
    // Z, W: one purchase. Regular = 2+ purchases and months bought > half the months from their first to June:
    // X bought in 1 of 6 months, Y in 1 of 1 (too new to judge), T 1 of 2, V 2 of 4 (half is not most): repeat.
    // R bought in April, May and June, 3 of 3: regular.
    expect(ready(analyse(rows, window)).ladder).toEqual({ firstPurchase: 2, repeat: 4, regular: 1 });
  });
});

describe('what the analysis refuses, and why', () => {
  it('leaves out rows dated after today and counts them', () => {
    const rows = [...customer('A', '2025-01-05', '2025-02-05'), ...customer('B', '2025-01-07', '2027-03-01')];
    const figures = ready(analyse(rows));
    expect(figures.rowCounts.futureRows).toBe(1);
    expect(figures.purchases).toBe(3);
    expect(figures.data).toEqual({ from: '2025-01-05', to: '2025-02-05' });
  });

  it('says there are no sales when every row is in the future', () => {
    expect(analyse(customer('A', '2027-01-01', '2027-02-01'))).toMatchObject({ kind: 'noSales', rowCounts: { futureRows: 2, rows: 0 } });
  });

  it('explains an empty window: reversed, or without purchases', () => {
    const rows = customer('A', '2025-01-05', '2025-02-05');
    expect(analyse(rows, { windowFrom: '2025-03-01', windowTo: '2025-02-01' })).toMatchObject({ kind: 'emptyWindow', reason: 'reversed' });
    expect(analyse(rows, { windowFrom: '2025-06-01', windowTo: '2025-07-01' })).toMatchObject({
      kind: 'emptyWindow',
      reason: 'noPurchases',
      data: { from: '2025-01-05', to: '2025-02-05' },
    });
  });

  it('refuses retention when every customer bought once', () => {
    const rows = [...customer('A', '2025-01-05'), ...customer('B', '2025-02-07'), ...customer('C', '2025-03-07')];
    expect(analyse(rows)).toMatchObject({ kind: 'oneTimeOnly', customers: 3, inWholeData: true });
  });

  it('ends the window at today at the latest', () => {
    const figures = ready(analyse(customer('A', '2025-01-05', '2025-02-05'), { windowTo: '2030-01-01' }, '2025-03-01'));
    // From 1 January (the first sale's month) to today: 31 + 28 + 1 = 60 days.
    expect(figures.window).toEqual({ from: '2025-01-01', to: '2025-03-01', days: 60 });
  });

  it('takes the data\'s whole months when the window is left empty', () => {
    // Sales from 5 January to 5 February: the window runs from 1 January to 28 February, so both months are whole.
    const figures = ready(analyse([...customer('A', '2025-01-05', '2025-02-05'), ...customer('B', '2025-01-20')]));
    expect(figures.window).toEqual({ from: '2025-01-01', to: '2025-02-28', days: 59 });
    expect(figures.retention.periods.map((period) => period.retention)).toEqual([null, 1 / 2]);
  });
});
