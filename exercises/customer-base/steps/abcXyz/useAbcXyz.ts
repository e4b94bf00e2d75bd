import { CUSTOMER_BASE_EXERCISE_ID } from '../../inputs';
import { useDeferredValue, useState } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import { abcXyzAnalysis } from '../../analysis/abcXyzSource';
import type { AbcXyzResult, CustomerFilter } from '../../analysis/abcXyzAnalysis';
import { usableLines } from '../../model/abcXyzMatrix';
import { abcThresholdProblem, type AbcThresholdProblem } from '../../../../src/customers/abc';
import { xyzThresholdProblem, type XyzThresholdProblem } from '../../../../src/customers/xyz';
import type { AbcSettings, CustomerBaseState } from '../../state';
import { salesStepView, type SalesStepView } from '../../../../src/customers/salesStepView';
import { useSales, type SalesOrigin } from '../../../../src/customers/useSales';

export type AbcXyzView = SalesStepView<Extract<AbcXyzResult, { kind: 'ready' }>>;

export interface ListChoice extends CustomerFilter {
  page: number;
}

export interface AbcXyzInput {
  origin: SalesOrigin;
  view: AbcXyzView;
  /** What is wrong with the thresholds typed, if anything. */
  problems: (AbcThresholdProblem | XyzThresholdProblem)[];
  /** The thresholds the figures on screen are computed with: the typed ones, or the last valid while they are wrong. */
  shown: AbcSettings;
}

const sameSettings = (left: AbcSettings, right: AbcSettings) => left.basis === right.basis && left.a === right.a && left.b === right.b && left.x === right.x && left.y === right.y;

/**
 * The classes of the sales the steps read, from the ABC/XYZ worker, with the page of customers the list asks for.
 * Thresholds that cannot class (A not below B, say) are kept as typed in the state, and the figures stay on the
 * last thresholds that could; while a setting or a page is computed, the last figures stay on screen.
 */
export function useAbcXyz(state: CustomerBaseState, list: ListChoice): AbcXyzInput {
  const { origin, request } = useSales(CUSTOMER_BASE_EXERCISE_ID, state);
  const problems = [abcThresholdProblem(state.abc), xyzThresholdProblem(state.abc)].filter((problem) => problem !== null);
  const valid = problems.length === 0;
  const [lastValid, setLastValid] = useState<AbcSettings>(() => usableLines(state.abc));
  // Adjusted during render (React's pattern for state derived from props): the figures follow each valid change.
  if (valid && !sameSettings(lastValid, state.abc)) setLastValid(state.abc);
  const shown = valid ? state.abc : { ...lastValid, basis: state.abc.basis };
  // A class of 100,000 customers redraws the step when it arrives: deferred, React renders it in slices.
  const analysis = useDeferredValue(useAnalysis(abcXyzAnalysis, request === null ? null : { ...request, settings: shown, list }));
  const input = { origin, problems, shown };
  return { ...input, view: salesStepView(request !== null, analysis) };
}
