import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { MatricesRequest, MatricesResult, MatrixListRequest } from '../../analysis/matricesAnalysis';
import { matricesAnalysis } from '../../analysis/matricesSource';
import type { CustomerBaseState } from '../../state';
import { salesStepView, type SalesStepView } from '../../../../src/customers/salesStepView';
import { useSales, type SalesOrigin } from '../../../../src/customers/useSales';

export type MatricesView = SalesStepView<Extract<MatricesResult, { kind: 'ready' }>>;

/**
 * The matrices of the sales the steps read, at the participant's lines, with one page of the opened cell's
 * customers, from the matrices worker; while a changed line or page is computed, the last result stays on screen.
 */
export function useMatrices(state: CustomerBaseState, list: MatrixListRequest | null): { origin: SalesOrigin; view: MatricesView } {
  const { origin, request: sales } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const request = useMemo<MatricesRequest | null>(() => (sales === null ? null : { ...sales, lines: state.matrices, list }), [sales, state.matrices, list]);
  const analysis = useAnalysis(matricesAnalysis, request);
  return { origin, view: salesStepView(request !== null, analysis) };
}
