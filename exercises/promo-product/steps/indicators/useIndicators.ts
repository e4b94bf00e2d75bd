import { useDeferredValue } from 'react';
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
  // Thousands of products redraw the whole step when their figures arrive: deferred, React renders that in
  // slices the page can answer between, not in one long task; "loading" shows meanwhile.
  const analysis = useDeferredValue(useAnalysis(indicatorsAnalysis, request));
  if (request === null) return { origin, view: { kind: 'none' } };
  if (analysis.status === 'failed') return { origin, view: { kind: 'failed', message: analysis.message } };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  if (latest === null) return { origin, view: { kind: 'loading' } };
  if (latest.kind === 'receiptsUnreadable') return { origin, view: { kind: 'unreadable' } };
  return { origin, view: { kind: 'ready', result: latest } };
}
