/**
 * The behaviour of the customers in the participant's sales over an analysis window: repeat rate, frequency,
 * average check, intervals, retention per period, cohorts, the lapsed and the ladder. Pure: the analysis worker,
 * the demo in the page and the export all call this.
 */
import { daysToIsoDate, isoDateToDays, PERIOD_DAYS } from './calendar';
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
 * `today` (ISO) sets what counts as the future: rows after it are left out and counted. The window defaults to
 * the data's first and last purchase; its end is never later than today.
 */
export function analyseBehaviour(sales: BehaviourSales, options: BehaviourOptions, today: string): BehaviourResult {
  // Cast: the page and the export pass today's date in ISO form.
  const todayDay = isoDateToDays(today) as number;
  const purchases = purchasesOf(sales, { today: todayDay, countRows: options.countRowsAsPurchases });
  const rowCounts: RowCounts = { rows: purchases.rows, futureRows: purchases.futureRows, unusableRows: sales.unusableRows, mergedRows: purchases.mergedRows };
  if (purchases.firstDay === null || purchases.lastDay === null) return { kind: 'noSales', rowCounts };

  const data: DayRange = { from: daysToIsoDate(purchases.firstDay), to: daysToIsoDate(purchases.lastDay) };
  const from = (options.windowFrom === null ? null : isoDateToDays(options.windowFrom)) ?? purchases.firstDay;
  const to = Math.min(todayDay, (options.windowTo === null ? null : isoDateToDays(options.windowTo)) ?? purchases.lastDay);
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
