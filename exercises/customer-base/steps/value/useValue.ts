import { useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { ValueRequest, ValueResult, ValueTableRequest } from '../../analysis/valueAnalysis';
import { valueAnalysis } from '../../analysis/valueSource';
import type { CustomerBaseState } from '../../state';
import { useSales, type SalesOrigin } from '../shared/useSales';

export type ReadyValue = Extract<ValueResult, { kind: 'ready' }>;

export type ValueView =
  | { kind: 'none' }
  | { kind: 'loading'; fraction: number }
  | { kind: 'problem'; problem: 'salesUnreadable' | 'noSales' }
  | { kind: 'failed'; message: string }
  /** `fraction`: a changed setting is being computed while these figures stay on screen. */
  | { kind: 'ready'; result: ReadyValue; fraction: number | null };

/** Step 4's figures from the value worker; the last ones stay while a changed setting or page is computed. */
export function useValue(state: CustomerBaseState, table: ValueTableRequest): { origin: SalesOrigin; view: ValueView } {
  const { origin, request } = useSales(state);
  const valueRequest = useMemo<ValueRequest | null>(() => (request === null ? null : { ...request, settings: state.value, table }), [request, state.value, table]);
  const analysis = useAnalysis(valueAnalysis, valueRequest);
  if (valueRequest === null) return { origin, view: { kind: 'none' } };
  if (analysis.status === 'failed') return { origin, view: { kind: 'failed', message: analysis.message } };
  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  const fraction = analysis.status === 'running' ? analysis.fraction : null;
  if (latest === null) return { origin, view: { kind: 'loading', fraction: fraction ?? 0 } };
  if (latest.kind !== 'ready') return { origin, view: { kind: 'problem', problem: latest.kind } };
  return { origin, view: { kind: 'ready', result: latest, fraction } };
}
