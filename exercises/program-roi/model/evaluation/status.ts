/**
 * What the evaluation shows for the data at hand and the user's settings: a request for what is missing
 * (the member list, the launch date) or the comparison's outcome. The step and the Excel export both
 * ask here, so they cannot disagree.
 */

import { MAX_EVALUATION_WINDOW_MONTHS, type EvaluationSettings } from '../../state';
import type { MemberListEntry, SalesFromRows } from './salesRows';
import { evaluateProgram, type DifferenceInDifferences, type NotEnoughDataReason } from './differenceInDifferences';
import type { EvaluationCounts } from './groups';

export type EvaluationStatus =
  | { kind: 'needList'; parsed: SalesFromRows }
  | { kind: 'needLaunchDate'; parsed: SalesFromRows }
  | { kind: 'notEnoughData'; reason: NotEnoughDataReason; counts: Partial<EvaluationCounts>; parsed: SalesFromRows }
  | { kind: 'ready'; result: DifferenceInDifferences; parsed: SalesFromRows };

/**
 * `memberList` is null when no list is at hand; it is used only when members come from a list. Parsing
 * is left to the caller, so the step parses thousands of rows once per dataset, not once per setting.
 */
export function evaluationStatus(
  parsed: SalesFromRows,
  memberList: readonly MemberListEntry[] | null,
  settings: Pick<EvaluationSettings, 'launchDate' | 'memberSource' | 'windowMonths'>,
): EvaluationStatus {
  const { launchDate, memberSource, windowMonths } = settings;
  if (memberSource === 'list' && memberList === null) return { kind: 'needList', parsed };
  if (launchDate === null) return { kind: 'needLaunchDate', parsed };
  const outcome = evaluateProgram({
    sales: parsed.sales,
    launchDate,
    // Left empty: as many months as the data allows.
    maxWindowMonths: windowMonths ?? MAX_EVALUATION_WINDOW_MONTHS,
    membership: memberSource === 'list' && memberList !== null ? { kind: 'list', members: memberList } : { kind: 'column' },
  });
  return outcome.kind === 'ready' ? { kind: 'ready', result: outcome.result, parsed } : { ...outcome, parsed };
}
