import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { useMemo, useState } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import type { RfmRequest, RfmResult } from '../../analysis/rfmAnalysis';
import { rfmAnalysis } from '../../analysis/rfmSource';
import { OTHERS } from '../../../../src/customers/rfmSegments';
import type { CustomerBaseState } from '../../state';
import { salesStepView, type SalesStepView } from '../../../../src/customers/salesStepView';
import { useSales, type SalesOrigin } from '../../../../src/customers/useSales';

export type RfmView = SalesStepView<Extract<RfmResult, { kind: 'ready' }>['rfm']>;

export interface RfmListChoice {
  segment: number;
  page: number;
}

/**
 * The RFM figures of the sales the step reads, from its worker, with the page of customers the participant is
 * looking at; while a changed rule, binning or page is computed, the last figures stay on screen.
 */
export function useRfm(state: CustomerBaseState): { origin: SalesOrigin; view: RfmView; list: RfmListChoice; setList: (list: RfmListChoice) => void } {
  const { origin, request: base } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const [chosen, setList] = useState<RfmListChoice>({ segment: 0, page: 0 });
  const { binning, segments } = state.rfm;
  // A deleted rule's list falls back to the first rule's (or to "others" when no rule is left).
  const list = chosen.segment === OTHERS || chosen.segment < segments.length ? chosen : { segment: segments.length > 0 ? 0 : OTHERS, page: 0 };
  // Only the ranges reach the worker: renaming a segment changes no figure.
  const ranges = JSON.stringify(segments.map(({ r, f, m }) => ({ r, f, m })));
  const { segment, page } = list;
  const request = useMemo<RfmRequest | null>(
    // Cast: parsed back from the string made just above.
    () => (base === null ? null : { ...base, binning, rules: JSON.parse(ranges) as RfmRequest['rules'], list: { segment, page } }),
    [base, binning, ranges, segment, page],
  );
  const analysis = useAnalysis(rfmAnalysis, request);
  const view = salesStepView(request !== null, analysis);
  return { origin, view: view.kind === 'ready' ? { ...view, result: view.result.rfm } : view, list, setList };
}
