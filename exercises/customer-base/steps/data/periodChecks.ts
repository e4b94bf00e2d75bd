import type { SalesOverview } from '../../analysis/overviewAnalysis';
import { monthEndsFor } from '../../../../src/customers/base';
import type { PeriodSettings } from '../../state';

/** Below this many months of sales in the window, XYZ's coefficient of variation says little. */
export const FEW_MONTHS_FOR_XYZ = 3;

/** What is wrong with the period for these sales, in the order the step says it; days are days since 1970. */
export type PeriodIssue =
  | { kind: 'afterData'; analysisDay: number; lastDay: number }
  | { kind: 'beforeData'; analysisDay: number; firstDay: number }
  | { kind: 'longerThanData'; dataMonths: number; window: number; firstDay: number }
  | { kind: 'oneMonth' }
  | { kind: 'fewMonths'; months: number };

/** Whole months of data from the file's first line up to the analysis day (a part month counts as one). */
export function dataMonthsOf(overview: Pick<SalesOverview, 'analysisDay' | 'dataFirstDay'>): number {
  if (overview.analysisDay < overview.dataFirstDay) return 0;
  return monthEndsFor(overview.analysisDay, 0, overview.dataFirstDay).length - 1;
}

/** Months of the window that can hold sales: the window's, or fewer when the data starts inside it. */
export function monthsWithData(overview: Pick<SalesOverview, 'analysisDay' | 'dataFirstDay' | 'months'>): number {
  return Math.min(overview.months, dataMonthsOf(overview));
}

/**
 * The period's problems: a date typed after the last sale (customers look idle longer than they are) or before
 * the first, a window longer than the data (empty months look like a slump to XYZ), and a window with too few
 * months of sales for XYZ. A date left empty is the last sale itself: never "after the data".
 */
export function periodIssues(overview: SalesOverview, period: PeriodSettings): PeriodIssue[] {
  const { analysisDay, dataFirstDay, dataLastDay } = overview;
  if (analysisDay < dataFirstDay) return [{ kind: 'beforeData', analysisDay, firstDay: dataFirstDay }];
  const issues: PeriodIssue[] = [];
  if (period.analysisDate !== null && analysisDay > dataLastDay) issues.push({ kind: 'afterData', analysisDay, lastDay: dataLastDay });
  const dataMonths = dataMonthsOf(overview);
  if (period.windowMonths > dataMonths) issues.push({ kind: 'longerThanData', dataMonths, window: period.windowMonths, firstDay: dataFirstDay });
  const months = monthsWithData(overview);
  if (months <= 1) issues.push({ kind: 'oneMonth' });
  else if (months < FEW_MONTHS_FOR_XYZ) issues.push({ kind: 'fewMonths', months });
  return issues;
}
