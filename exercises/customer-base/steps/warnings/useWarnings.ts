import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { useDeferredValue, useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { WarningsResult } from '../../analysis/warningsAnalysis';
import { warningsAnalysis } from '../../analysis/warningsSource';
import type { WarningRule } from '../../model/warnings';
import type { CustomerBaseState } from '../../state';
import { salesStepView, type SalesStepView } from '../../../../src/customers/salesStepView';
import { useSales, type SalesOrigin } from '../../../../src/customers/useSales';

export type WarningsView = SalesStepView<Extract<WarningsResult, { kind: 'ready' }>>;

/**
 * The stages, rules and one page of the at-risk list for the participant's sales (else the demo business's), from
 * the step's worker; while a changed rule or page is computed, the last result stays on screen. A filter by a rule
 * that is switched off reads as no filter.
 */
export function useWarnings(state: CustomerBaseState, rule: WarningRule | null, page: number): { origin: SalesOrigin; view: WarningsView } {
  const { origin, request: base } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const filter = rule !== null && state.warnings[rule].on ? rule : null;
  const request = useMemo(() => (base === null ? null : { ...base, settings: state.warnings, rule: filter, page }), [base, state.warnings, filter, page]);
  const analysis = useDeferredValue(useAnalysis(warningsAnalysis, request));
  return { origin, view: salesStepView(request !== null, analysis) };
}
