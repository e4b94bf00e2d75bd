import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import { indicatorsAnalysis } from '../../analysis/indicatorsSource';
import type { IndicatorsResult } from '../../analysis/indicatorsAnalysis';
import type { PromoProductState } from '../../state';
import { useReceipts, type ReceiptsOrigin } from '../shared/useReceipts';

export type IndicatorsView =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'unreadable' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; result: Extract<IndicatorsResult, { kind: 'ready' }> };

/**
 * The product figures of the receipts the steps read (the participant's, else the demo store's), from the
 * indicators worker; while a changed level or merge is computed, the last figures stay on screen.
 */
export function useIndicators(state: PromoProductState): { origin: ReceiptsOrigin; view: IndicatorsView } {
  const { origin, request } = useReceipts(state);
  const analysis = useAnalysis(indicatorsAnalysis, request);
  if (request === null) return { origin, view: { kind: 'none' } };
  if (analysis.status === 'failed') return { origin, view: { kind: 'failed', message: analysis.message } };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  if (latest === null) return { origin, view: { kind: 'loading' } };
  if (latest.kind === 'receiptsUnreadable') return { origin, view: { kind: 'unreadable' } };
  return { origin, view: { kind: 'ready', result: latest } };
}
