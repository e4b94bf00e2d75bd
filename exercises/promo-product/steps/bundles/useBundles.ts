import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { PromoProductState } from '../../state';
import type { BundleThresholds } from '../../model/bundles';
import { bundlesAnalysis } from '../../analysis/bundlesSource';
import type { BundlesRequest } from '../../analysis/bundlesAnalysis';
import { assumedMarginShare, type ReadyBundles } from '../../analysis/bundlesFigures';
import { useReceipts, type ReceiptsOrigin } from '../shared/useReceipts';

export type BundlesView =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'unreadable' }
  /** `updating`: a changed setting is being computed; the figures are the last ones. */
  | { kind: 'ready'; result: ReadyBundles; updating: boolean };

/** The step's analysis for the participant's receipts, thresholds, assumed margin and kept bundles. */
export function useBundles(state: PromoProductState, thresholds: BundleThresholds): { origin: ReceiptsOrigin; view: BundlesView } {
  const { origin, request } = useReceipts(state);
  const analysisRequest: BundlesRequest | null =
    request === null ? null : { receipts: request, thresholds, assumedMargin: assumedMarginShare(state), kept: state.bundles.map((bundle) => bundle.items) };
  const analysis = useAnalysis(bundlesAnalysis, analysisRequest);
  if (analysisRequest === null) return { origin, view: { kind: 'none' } };
  if (analysis.status === 'failed') return { origin, view: { kind: 'failed', message: analysis.message } };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  if (latest === null) return { origin, view: { kind: 'loading' } };
  if (latest.kind === 'unreadable') return { origin, view: { kind: 'unreadable' } };
  return { origin, view: { kind: 'ready', result: latest, updating: analysis.status === 'running' } };
}
