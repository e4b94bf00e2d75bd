/**
 * What the evaluation shows for the data at hand and the user's settings: a request for what is missing
 * (the member list, the launch date) or the comparison's outcome. The step and the Excel export both
 * ask here, so they cannot disagree.
 */

import { MAX_EVALUATION_WINDOW_MONTHS, type EvaluationSettings } from '../../state';
import { salesOverview, type MemberListEntry, type SalesFromRows, type SalesOverview } from './salesRows';
import { evaluateProgram, type DifferenceInDifferences, type NotEnoughDataReason } from './differenceInDifferences';
import type { EvaluationCounts } from './groups';

/** Every kind carries counts of the sales read (`overview`), never the sales: it crosses from a worker. */
export type EvaluationStatus =
  | { kind: 'needList'; overview: SalesOverview }
  | { kind: 'needLaunchDate'; overview: SalesOverview }
  | { kind: 'notEnoughData'; reason: NotEnoughDataReason; counts: Partial<EvaluationCounts>; overview: SalesOverview }
  | { kind: 'ready'; result: DifferenceInDifferences; overview: SalesOverview };

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
  const overview = salesOverview(parsed);
  if (memberSource === 'list' && memberList === null) return { kind: 'needList', overview };
  if (launchDate === null) return { kind: 'needLaunchDate', overview };
  const outcome = evaluateProgram({
    sales: parsed.sales,
    launchDate,
    // Left empty: as many months as the data allows.
    maxWindowMonths: windowMonths ?? MAX_EVALUATION_WINDOW_MONTHS,
    membership: memberSource === 'list' && memberList !== null ? { kind: 'list', members: memberList } : { kind: 'column' },
  });
  return outcome.kind === 'ready' ? { kind: 'ready', result: outcome.result, overview } : { ...outcome, overview };
}
