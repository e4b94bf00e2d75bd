/**
 * Retention per period and the cohort table (METHODS.md, "Loyalty measurement"). Retention of period t =
 * customers active in t − 1 and in t / customers active in t − 1; churn = 1 − retention. Cohorts: rows = the
 * month of a customer's first purchase in the data, columns = months since, cell = share of the cohort buying.
 */
import type { RetentionPeriod } from '../../state';
import { daysToIsoDate, monthIndexOfDay, monthStartDay, periodIndexOfDay, periodLastDay, periodLookup, periodStartDay } from './calendar';
import { lowerBound } from './customers';
import type { Purchases } from './purchases';
import type { CohortTable, PeriodRetention, RetentionSeries } from './types';

// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

/** The whole periods inside [from, to]: a partial one at either end would count fewer buyers and read as churn. */
export function wholePeriods(from: number, to: number, period: RetentionPeriod): { first: number; last: number } {
  const startIndex = periodIndexOfDay(from, period);
  const endIndex = periodIndexOfDay(to, period);
  return {
    first: periodStartDay(startIndex, period) === from ? startIndex : startIndex + 1,
    last: periodLastDay(endIndex, period) === to ? endIndex : endIndex - 1,
  };
}

export function retentionSeries(purchases: Purchases, from: number, to: number, period: RetentionPeriod): RetentionSeries {
  const { first, last } = wholePeriods(from, to, period);
  const count = Math.max(0, last - first + 1);
  if (count === 0) return { periods: [], mean: null };
  const firstDay = periodStartDay(first, period);
  const lastDay = periodLastDay(last, period);
  const periodOf = periodLookup(firstDay, lastDay, period);
  const active = new Int32Array(count);
  const retained = new Int32Array(count);
  const { start, day } = purchases;
  for (let c = 0; c < purchases.customerCount; c++) {
    const end = lowerBound(day, start[c] as number, start[c + 1] as number, lastDay + 1);
    let previous = -2;
    for (let i = lowerBound(day, start[c] as number, end, firstDay); i < end; i++) {
      const index = periodOf(day[i] as number) - first;
      if (index === previous) continue;
      active[index] = (active[index] as number) + 1;
      if (index === previous + 1) retained[index] = (retained[index] as number) + 1;
      previous = index;
    }
  }
  const periods: PeriodRetention[] = [];
  for (let index = 0; index < count; index++) {
    const before = index > 0 ? (active[index - 1] as number) : 0;
    periods.push({
      start: daysToIsoDate(periodStartDay(first + index, period)),
      active: active[index] as number,
      retained: retained[index] as number,
      retention: before > 0 ? (retained[index] as number) / before : null,
    });
  }
  const rates = periods.flatMap((entry) => (entry.retention === null ? [] : [entry.retention]));
  return { periods, mean: rates.length > 0 ? rates.reduce((sum, rate) => sum + rate, 0) / rates.length : null };
}

/**
 * Cohorts of the months of [from, to]: customers whose first purchase in the whole data (not just in the window)
 * fell in that month, followed month by month up to the window's end.
 */
export function cohortTable(purchases: Purchases, from: number, to: number): CohortTable {
  const dataFirst = purchases.firstDay ?? from;
  const firstMonth = monthIndexOfDay(from);
  const lastMonth = monthIndexOfDay(to);
  const months = lastMonth - firstMonth + 1;
  const lookupFrom = Math.min(dataFirst, from);
  const monthOf = periodLookup(lookupFrom, to, 'month');
  const sizes = new Int32Array(months);
  // Row r, column k at r × months + k: a cohort is followed at most to the window's last month.
  const active = new Int32Array(months * months);
  const { start, day } = purchases;
  for (let c = 0; c < purchases.customerCount; c++) {
    const begin = start[c] as number;
    const end = lowerBound(day, begin, start[c + 1] as number, to + 1);
    if (end === begin) continue;
    const cohortMonth = monthOf(day[begin] as number);
    const row = cohortMonth - firstMonth;
    if (row < 0 || row >= months) continue;
    sizes[row] = (sizes[row] as number) + 1;
    let previous = -1;
    for (let i = begin; i < end; i++) {
      const since = monthOf(day[i] as number) - cohortMonth;
      if (since === previous) continue;
      active[row * months + since] = (active[row * months + since] as number) + 1;
      previous = since;
    }
  }
  const rows = [];
  for (let row = 0; row < months; row++) {
    const size = sizes[row] as number;
    if (size === 0) continue;
    const counts = Array.from(active.subarray(row * months, row * months + months - row));
    rows.push({ month: daysToIsoDate(monthStartDay(firstMonth + row)), size, active: counts, shares: counts.map((count) => count / size) });
  }
  return {
    rows,
    columns: rows.length > 0 ? Math.max(...rows.map((entry) => entry.active.length)) : 0,
    lastMonthPartial: periodLastDay(lastMonth, 'month') !== to,
    firstCohortIsDataStart: monthIndexOfDay(dataFirst) === firstMonth,
  };
}

export interface CohortSummary {
  /** The data's first cohort is left out: it mixes long-standing customers with new ones. */
  skipsDataStart: boolean;
  /** Per month since the first purchase: customers of the cohorts that reached it, how many bought, the share. */
  size: number[];
  active: number[];
  shares: number[];
}

/** The month since the first purchase at which cohort retention is read: step 5's reading, the plan's value in step 7. */
export const COHORT_RETENTION_MONTH = 6;

/** All cohorts pooled, each month over the cohorts that have reached it: what a new customer's path looks like. */
export function cohortSummary(table: CohortTable): CohortSummary {
  const skipsDataStart = table.firstCohortIsDataStart && table.rows.length > 1;
  const rows = skipsDataStart ? table.rows.slice(1) : table.rows;
  const size: number[] = [];
  const active: number[] = [];
  for (let month = 0; ; month++) {
    const reached = rows.filter((row) => row.active.length > month);
    if (reached.length === 0) break;
    size.push(reached.reduce((sum, row) => sum + row.size, 0));
    active.push(reached.reduce((sum, row) => sum + (row.active[month] as number), 0));
  }
  return { skipsDataStart, size, active, shares: active.map((count, month) => count / (size[month] as number)) };
}
