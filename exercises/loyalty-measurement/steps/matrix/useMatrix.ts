import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import { useDatasetSummaries } from '../../../../src/workbook/exerciseData';
import { useDatasetRef } from '../../../../src/workbook/useDataset';
import { salesSpec } from '../../../../src/data/salesSpec';
import { LOYALTY_EXERCISE_ID, surveyDatasetKey } from '../../inputs';
import type { LoyaltyState } from '../../state';
import { matrixAnalysis } from '../../analysis/matrixSource';
import { matrixRequest, type MatrixSources } from '../../analysis/matrixRequest';
import type { MatrixAnalysisResult } from '../../analysis/matrixAnalysis';
import type { DickBasuResult } from '../../model/dickBasu';

/** Why the matrix is estimated rather than measured; the step words each. */
export type EstimateReason = 'noSurvey' | 'noSales' | 'noIds' | 'noMatch' | 'noAttitude' | 'salesUnreadable';

export type MatrixView =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'measured'; data: Extract<MatrixAnalysisResult, { kind: 'ready' }> }
  /** `data`: the join's report when there was one to make (ids not found, say). */
  | { kind: 'estimated'; reason: EstimateReason; data: Extract<MatrixAnalysisResult, { kind: 'ready' }> | null };

function reasonFor(result: DickBasuResult): EstimateReason | null {
  if (result.matched > 0) return null;
  if (result.answers === result.withoutId) return result.answers === 0 ? 'noSurvey' : 'noIds';
  return result.found === 0 ? 'noMatch' : 'noAttitude';
}

/**
 * The matrix for the current survey, sales and threshold. The join runs in the step's analysis worker over the
 * stored sales (analysis/matrixAnalysis.ts); the page gets counts. With no survey or no sales, or no survey id
 * found in the sales, the step falls back to the participant's estimates.
 */
export function useMatrix(state: LoyaltyState): { sources: MatrixSources; view: MatrixView } {
  const sales = useDatasetRef(LOYALTY_EXERCISE_ID, salesSpec);
  const summaries = useDatasetSummaries(LOYALTY_EXERCISE_ID);
  const surveyFiles = state.survey.files.map((file) => {
    const summary = summaries[surveyDatasetKey(file.id)];
    return summary ? { exerciseId: LOYALTY_EXERCISE_ID, specId: surveyDatasetKey(file.id), importedAt: summary.importedAt } : null;
  });
  const { sources, request } = matrixRequest(state, sales, surveyFiles);
  const analysis = useAnalysis(matrixAnalysis, request);

  if (request === null) return { sources, view: { kind: 'estimated', reason: sources.survey === 'none' ? 'noSurvey' : 'noSales', data: null } };
  if (analysis.status === 'failed') return { sources, view: { kind: 'failed', message: analysis.message } };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  if (latest === null) return { sources, view: { kind: 'loading' } };
  if (latest.kind === 'salesUnreadable') return { sources, view: { kind: 'estimated', reason: 'salesUnreadable', data: null } };
  const reason = reasonFor(latest.result);
  return { sources, view: reason === null ? { kind: 'measured', data: latest } : { kind: 'estimated', reason, data: latest } };
}
