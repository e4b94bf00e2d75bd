/**
 * Calendar periods over days since 1970-01-01 (the form the stored date columns use): a month, quarter or year
 * is numbered from year 0, so consecutive periods have consecutive numbers and "the period before" is index − 1.
 */
import { daysToIsoDate, isoDateToDays } from '../../../../src/data/columnar';
import type { RetentionPeriod } from '../../state';

export { daysToIsoDate, isoDateToDays };

const DAY_MS = 86_400_000;
const MONTHS_IN: Record<RetentionPeriod, number> = { month: 1, quarter: 3, year: 12 };
/** Average lengths in days, for rates "per period" over a window of any length. */
export const PERIOD_DAYS: Record<RetentionPeriod, number> = { month: 365.25 / 12, quarter: 365.25 / 4, year: 365.25 };

/** Months since year 0 of a day: 2025-03-15 → 2025 × 12 + 2. */
export function monthIndexOfDay(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function periodIndexOfDay(day: number, period: RetentionPeriod): number {
  return Math.floor(monthIndexOfDay(day) / MONTHS_IN[period]);
}

/** The first day of a month counted from year 0. */
export function monthStartDay(monthIndex: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / DAY_MS;
}

export function periodStartDay(index: number, period: RetentionPeriod): number {
  return monthStartDay(index * MONTHS_IN[period]);
}

/** The period's last day (inclusive). */
export function periodLastDay(index: number, period: RetentionPeriod): number {
  return periodStartDay(index + 1, period) - 1;
}

/**
 * Period numbers for every day of [firstDay, lastDay], computed once: a million rows then map to their
 * month or quarter by one array read instead of a Date each.
 */
export function periodLookup(firstDay: number, lastDay: number, period: RetentionPeriod): (day: number) => number {
  const table = new Int32Array(Math.max(0, lastDay - firstDay + 1));
  let index = periodIndexOfDay(firstDay, period);
  let nextStart = periodStartDay(index + 1, period);
  for (let day = firstDay; day <= lastDay; day++) {
    if (day >= nextStart) {
      index += 1;
      nextStart = periodStartDay(index + 1, period);
    }
    table[day - firstDay] = index;
  }
  // Cast: callers ask only for days inside the range the table was built for.
  return (day) => table[day - firstDay] as number;
}

