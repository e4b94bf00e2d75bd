/**
 * The behaviour of the customers in the participant's sales over an analysis window: repeat rate, frequency,
 * average check, intervals, retention per period, cohorts, the lapsed and the ladder. Pure: the analysis worker,
 * the demo in the page and the export all call this.
 */
import { daysToIsoDate, isoDateToDays, monthIndexOfDay, monthStartDay, periodLastDay, PERIOD_DAYS } from './calendar';
import { customerFigures, sortedMedian } from './customers';
import { purchasesOf, type Purchases } from './purchases';
import { cohortTable, retentionSeries } from './retention';
import type { BehaviourSales } from './sales';
import type { BehaviourOptions, BehaviourResult, DayRange, RowCounts } from './types';

// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

function anyCustomerBoughtTwice(purchases: Purchases): boolean {
  for (let c = 0; c < purchases.customerCount; c++) if ((purchases.start[c + 1] as number) - (purchases.start[c] as number) >= 2) return true;
  return false;
}

function revenueIn(sales: BehaviourSales, from: number, to: number): number {
  let revenue = 0;
  for (let i = 0; i < sales.count; i++) {
    const day = sales.day[i] as number;
    if (day >= from && day <= to) revenue += sales.amount[i] as number;
  }
  return revenue;
}

/**
 * The window an empty field stands for: the whole months of the data, from the first day of the first sale's
 * month to the last day of the last sale's month (today at the latest). A window starting on the day of the
 * first sale would cut that month short, and retention, which compares whole periods only, would lose it.
 */
export function defaultWindow(data: DayRange, today: string): DayRange {
  // Casts: both ranges hold ISO days the analysis wrote.
  const first = isoDateToDays(data.from) as number;
  const last = isoDateToDays(data.to) as number;
  const todayDay = isoDateToDays(today) as number;
  return { from: daysToIsoDate(monthStartDay(monthIndexOfDay(first))), to: daysToIsoDate(Math.min(todayDay, periodLastDay(monthIndexOfDay(last), 'month'))) };
}

/**
 * `today` (ISO) sets what counts as the future: rows after it are left out and counted. An empty window field
 * stands for the data's whole months (defaultWindow); the window's end is never later than today.
 */
export function analyseBehaviour(sales: BehaviourSales, options: BehaviourOptions, today: string): BehaviourResult {
  // Cast: the page and the export pass today's date in ISO form.
  const todayDay = isoDateToDays(today) as number;
  const purchases = purchasesOf(sales, { today: todayDay, countRows: options.countRowsAsPurchases });
  const rowCounts: RowCounts = { rows: purchases.rows, futureRows: purchases.futureRows, unusableRows: sales.unusableRows, mergedRows: purchases.mergedRows };
  if (purchases.firstDay === null || purchases.lastDay === null) return { kind: 'noSales', rowCounts };

  const data: DayRange = { from: daysToIsoDate(purchases.firstDay), to: daysToIsoDate(purchases.lastDay) };
  const fallback = defaultWindow(data, today);
  // Casts: the fallback's days are ISO days written just above.
  const from = (options.windowFrom === null ? null : isoDateToDays(options.windowFrom)) ?? (isoDateToDays(fallback.from) as number);
  const to = Math.min(todayDay, (options.windowTo === null ? null : isoDateToDays(options.windowTo)) ?? (isoDateToDays(fallback.to) as number));
  const window: DayRange = { from: daysToIsoDate(from), to: daysToIsoDate(to) };
  if (from > to) return { kind: 'emptyWindow', reason: 'reversed', window, data, rowCounts };

  const figures = customerFigures(purchases, { from, to, period: options.period, lapseFactor: options.lapseFactor, oneTimeLapseDays: options.oneTimeLapseDays });
  if (figures.customers === 0) return { kind: 'emptyWindow', reason: 'noPurchases', window, data, rowCounts };
  if (figures.repeatCustomers === 0) {
    return { kind: 'oneTimeOnly', window, data, rowCounts, customers: figures.customers, inWholeData: !anyCustomerBoughtTwice(purchases) };
  }

  const days = to - from + 1;
  const revenue = revenueIn(sales, from, to);
  return {
    kind: 'ready',
    figures: {
      window: { ...window, days },
      data,
      period: options.period,
      rowCounts,
      customers: figures.customers,
      purchases: figures.purchases,
      repeatCustomers: figures.repeatCustomers,
      repeatRate: figures.repeatCustomers / figures.customers,
      revenue,
      averageCheck: revenue / figures.purchases,
      frequency: figures.purchases / figures.customers / (days / PERIOD_DAYS[options.period]),
      medianInterval: sortedMedian(figures.medians),
      intervalBins: figures.intervalBins,
      retention: retentionSeries(purchases, from, to, options.period),
      cohorts: cohortTable(purchases, from, to),
      lapsed: figures.lapsed,
      ladder: figures.ladder,
    },
  };
}
