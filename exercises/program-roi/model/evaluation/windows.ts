/**
 * The months compared. Windows are whole calendar months counted from the launch date, equally long
 * before and after: the shorter of the two periods the data covers, capped by the user. A partial month
 * would bias the per-month averages, and unequal windows would mix seasons.
 */

import { addDays, addMonths, isIsoDate, type IsoDate } from './calendar';
import { dayToIso, type IndexedSales } from './indexedSales';

export type WindowShortfall =
  | 'noSales'
  | 'invalidLaunchDate'
  /** The launch date is on or before the first sale: there is no "before". */
  | 'launchBeforeData'
  /** The launch date is after the last sale: there is no "after". */
  | 'launchAfterData'
  /** Less than one whole month of data before the launch. */
  | 'noFullMonthBefore'
  /** Less than one whole month of data after the launch. */
  | 'noFullMonthAfter';

export interface EvaluationWindow {
  months: number;
  /** The longest equal windows the data allows, before the user's cap. */
  availableBefore: number;
  availableAfter: number;
  beforeStart: IsoDate;
  /** The day before the launch: the last of the "before" window. */
  beforeLast: IsoDate;
  launch: IsoDate;
  /** The last day of the "after" window. */
  afterLast: IsoDate;
  /** First day after the "after" window. */
  afterEnd: IsoDate;
}

/**
 * Month periods cover every whole month the data has around the launch (the chart shows them all, so
 * the pre-launch trends can be judged); the windows are the `window.months` periods on each side of it.
 */
export interface ComparisonPeriods {
  window: EvaluationWindow;
  /** The start of every period, then the end of the last one. */
  bounds: IsoDate[];
  /** The period that starts with the launch. */
  launchPeriod: number;
}

export type PeriodsOutcome = { kind: 'ready'; periods: ComparisonPeriods } | { kind: 'notEnoughData'; reason: WindowShortfall };

export function comparisonPeriods(sales: IndexedSales, launchDate: IsoDate, maxWindowMonths: number): PeriodsOutcome {
  const notEnough = (reason: WindowShortfall): PeriodsOutcome => ({ kind: 'notEnoughData', reason });
  if (sales.count === 0) return notEnough('noSales');
  if (!isIsoDate(launchDate)) return notEnough('invalidLaunchDate');

  let firstDay = sales.day[0]!;
  let lastDay = firstDay;
  for (let i = 1; i < sales.count; i++) {
    const day = sales.day[i]!;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  const firstSale = dayToIso(firstDay);
  const lastSale = dayToIso(lastDay);
  if (launchDate <= firstSale) return notEnough('launchBeforeData');
  if (launchDate > lastSale) return notEnough('launchAfterData');
  const availableBefore = monthsBefore(launchDate, firstSale);
  const availableAfter = monthsAfter(launchDate, lastSale);
  if (availableBefore === 0) return notEnough('noFullMonthBefore');
  if (availableAfter === 0) return notEnough('noFullMonthAfter');
  const cap = Number.isFinite(maxWindowMonths) ? Math.max(1, Math.floor(maxWindowMonths)) : 1;
  const months = Math.min(availableBefore, availableAfter, cap);

  const bounds: IsoDate[] = [];
  for (let offset = -availableBefore; offset <= availableAfter; offset += 1) bounds.push(addMonths(launchDate, offset));
  const launchPeriod = availableBefore;
  const afterEnd = bounds[launchPeriod + months]!;
  return {
    kind: 'ready',
    periods: {
      window: {
        months, availableBefore, availableAfter, beforeStart: bounds[launchPeriod - months]!, beforeLast: addDays(launchDate, -1), launch: launchDate,
        afterLast: addDays(afterEnd, -1), afterEnd,
      },
      bounds,
      launchPeriod,
    },
  };
}

/** Whole months of data before the launch: the largest k with launch − k months on or after the first sale. */
function monthsBefore(launch: IsoDate, firstSale: IsoDate): number {
  let k = 0;
  while (addMonths(launch, -(k + 1)) >= firstSale) k += 1;
  return k;
}

/** Whole months after it: the largest k whose last day (launch + k months − 1 day) is on or before the last sale. */
function monthsAfter(launch: IsoDate, lastSale: IsoDate): number {
  const dayAfterLast = addDays(lastSale, 1);
  let k = 0;
  while (addMonths(launch, k + 1) <= dayAfterLast) k += 1;
  return k;
}

/** The period a date falls in, or −1 outside them all. */
export function periodIndex(bounds: readonly IsoDate[], date: IsoDate): number {
  if (date < bounds[0]! || date >= bounds[bounds.length - 1]!) return -1;
  let low = 0;
  let high = bounds.length - 1;
  // Invariant: bounds[low] <= date < bounds[high].
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (bounds[middle]! <= date) low = middle;
    else high = middle;
  }
  return low;
}
