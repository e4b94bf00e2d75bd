import { useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { MatricesRequest, MatricesResult, MatrixListRequest } from '../../analysis/matricesAnalysis';
import { matricesAnalysis } from '../../analysis/matricesSource';
import type { CustomerBaseState } from '../../state';
import { useSales, type SalesOrigin } from '../shared/useSales';

export type MatricesView =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'problem'; problem: 'salesUnreadable' | 'noSales' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; result: Extract<MatricesResult, { kind: 'ready' }> };

/**
 * The matrices of the sales the steps read, at the participant's lines, with one page of the opened cell's
 * customers, from the matrices worker; while a changed line or page is computed, the last result stays on screen.
 */
export function useMatrices(state: CustomerBaseState, list: MatrixListRequest | null): { origin: SalesOrigin; view: MatricesView } {
  const { origin, request: sales } = useSales(state);
  const request = useMemo<MatricesRequest | null>(() => (sales === null ? null : { ...sales, lines: state.matrices, list }), [sales, state.matrices, list]);
  const analysis = useAnalysis(matricesAnalysis, request);
  if (request === null) return { origin, view: { kind: 'none' } };
  if (analysis.status === 'failed') return { origin, view: { kind: 'failed', message: analysis.message } };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  if (latest === null) return { origin, view: { kind: 'loading' } };
  if (latest.kind !== 'ready') return { origin, view: { kind: 'problem', problem: latest.kind } };
  return { origin, view: { kind: 'ready', result: latest } };
}
