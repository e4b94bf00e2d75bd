import type { AnalysisState } from '../workbook/analysis/useAnalysis';

/** Why a results step has no figures to show though it asked: the stored sales are unreadable, or nothing counts. */
export type SalesProblem = 'salesUnreadable' | 'noSales';

/**
 * What a results step shows for its analysis: nothing asked yet, the first run, a problem with the sales, a
 * failed worker, or the figures, kept on screen while a changed setting or page is computed (`updating`, with
 * the run's `fraction` done).
 */
export type SalesStepView<Ready> =
  | { kind: 'none' }
  | { kind: 'loading'; fraction: number }
  | { kind: 'problem'; problem: SalesProblem }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; result: Ready; updating: boolean; fraction: number | null };

/** The view of an analysis whose answer is its figures (`kind: 'ready'`) or a sales problem. */
export function salesStepView<Result extends { kind: string }>(asked: boolean, analysis: AnalysisState<Result>): SalesStepView<Extract<Result, { kind: 'ready' }>> {
  if (!asked) return { kind: 'none' };
  if (analysis.status === 'failed') return { kind: 'failed', message: analysis.message };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  const fraction = analysis.status === 'running' ? analysis.fraction : null;
  if (latest === null) return { kind: 'loading', fraction: fraction ?? 0 };
  if (latest.kind === 'salesUnreadable' || latest.kind === 'noSales') return { kind: 'problem', problem: latest.kind };
  // Cast: every answer that is not a problem is the figures.
  return { kind: 'ready', result: latest as Extract<Result, { kind: 'ready' }>, updating: analysis.status === 'running', fraction };
}
