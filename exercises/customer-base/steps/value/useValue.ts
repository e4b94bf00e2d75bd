import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { ValueRequest, ValueResult, ValueTableRequest } from '../../analysis/valueAnalysis';
import { valueAnalysis } from '../../analysis/valueSource';
import type { CustomerBaseState } from '../../state';
import { salesStepView, type SalesStepView } from '../../../../src/customers/salesStepView';
import { useSales, type SalesOrigin } from '../../../../src/customers/useSales';

export type ReadyValue = Extract<ValueResult, { kind: 'ready' }>;

export type ValueView = SalesStepView<ReadyValue>;

/** Step 4's figures from the value worker; the last ones stay while a changed setting or page is computed. */
export function useValue(state: CustomerBaseState, table: ValueTableRequest): { origin: SalesOrigin; view: ValueView } {
  const { origin, request } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const valueRequest = useMemo<ValueRequest | null>(() => (request === null ? null : { ...request, settings: state.value, table }), [request, state.value, table]);
  const analysis = useAnalysis(valueAnalysis, valueRequest);
  return { origin, view: salesStepView(valueRequest !== null, analysis) };
}
