import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { useDeferredValue, useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { PrioritiesResult } from '../../analysis/prioritiesAnalysis';
import { prioritiesRequest } from '../../analysis/prioritiesRequest';
import { prioritiesAnalysis } from '../../analysis/prioritiesSource';
import type { CustomerBaseState, Direction } from '../../state';
import { salesStepView, type SalesStepView } from '../../../../src/customers/salesStepView';
import { useSales, type SalesOrigin } from '../../../../src/customers/useSales';

export type PrioritiesView = SalesStepView<Extract<PrioritiesResult, { kind: 'ready' }>>;

/**
 * The directions' totals and one page of a direction's customers, from the step's worker over the settings of
 * steps 2–6; the last result stays on screen while a changed page or filter is computed. Names and notes are not
 * part of the request: typing them recomputes nothing.
 */
export function usePriorities(state: CustomerBaseState, direction: Direction | null, page: number): { origin: SalesOrigin; view: PrioritiesView } {
  const { origin, request: base } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const { abc, rfm, value, matrices, warnings } = state;
  const rules = JSON.stringify(rfm.segments.map(({ id, r, f, m }) => ({ id, r, f, m })));
  const request = useMemo(
    () => (base === null ? null : prioritiesRequest({ ...state, abc, rfm, value, matrices, warnings }, base, { direction, page })),
    // The request is rebuilt when what it reads changes, not when a segment is renamed or a note typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [base, abc, rfm.binning, rules, value, matrices, warnings, direction, page],
  );
  const analysis = useDeferredValue(useAnalysis(prioritiesAnalysis, request));
  return { origin, view: salesStepView(request !== null, analysis) };
}
