import type { BaseRequest } from '../../../src/customers/read';
import type { PrioritiesRequest } from './prioritiesAnalysis';
import type { CustomerBaseState } from '../state';
import { usableLines } from '../model/abcXyzMatrix';

/** Step 7's request from the participant's settings of steps 2–6, for the step, the CRM download and the export. */
export function prioritiesRequest(state: CustomerBaseState, base: BaseRequest, list: PrioritiesRequest['list']): PrioritiesRequest {
  return {
    ...base,
    abc: usableLines(state.abc),
    rfm: { binning: state.rfm.binning, rules: state.rfm.segments.map(({ r, f, m }) => ({ r, f, m })), ids: state.rfm.segments.map((segment) => segment.id) },
    value: { settings: state.value },
    matrices: state.matrices,
    warnings: state.warnings,
    list,
  };
}
