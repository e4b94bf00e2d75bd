import { useMemo } from 'react';
import type { TypedRow } from '../../../../src/data/import/types';
import {
  evaluateProgram,
  memberListFromRows,
  salesFromRows,
  type DifferenceInDifferences,
  type EvaluationCounts,
  type NotEnoughDataReason,
  type SalesFromRows,
} from '../../model';
import { MAX_EVALUATION_WINDOW_MONTHS, type EvaluationSettings } from '../../state';
import type { EvaluationData } from './useEvaluationData';

export type EvaluationView =
  | { kind: 'loading' }
  | { kind: 'needList'; parsed: SalesFromRows }
  | { kind: 'needLaunchDate'; parsed: SalesFromRows }
  | { kind: 'notEnoughData'; reason: NotEnoughDataReason; counts: Partial<EvaluationCounts>; parsed: SalesFromRows }
  | { kind: 'ready'; result: DifferenceInDifferences; parsed: SalesFromRows };

/**
 * The difference in differences for the current rows and settings. Rows are parsed once per dataset
 * (thousands of rows); the comparison reruns when a setting changes, keyed on the values, since the
 * state object is new after every store change.
 */
export function useEvaluation(data: EvaluationData, settings: EvaluationSettings): EvaluationView {
  const salesRows: readonly TypedRow[] | null = data.kind === 'ready' ? data.salesRows : null;
  const memberRows: readonly TypedRow[] | null = data.kind === 'ready' ? data.memberRows : null;
  const parsed = useMemo(() => (salesRows ? salesFromRows(salesRows) : null), [salesRows]);
  const memberList = useMemo(() => (memberRows ? memberListFromRows(memberRows) : null), [memberRows]);
  const { launchDate, memberSource, windowMonths } = settings;

  return useMemo((): EvaluationView => {
    if (!parsed) return { kind: 'loading' };
    if (memberSource === 'list' && !memberList) return { kind: 'needList', parsed };
    if (launchDate === null) return { kind: 'needLaunchDate', parsed };
    const outcome = evaluateProgram({
      sales: parsed.sales,
      launchDate,
      // Left empty: as many months as the data allows.
      maxWindowMonths: windowMonths ?? MAX_EVALUATION_WINDOW_MONTHS,
      membership: memberSource === 'list' && memberList ? { kind: 'list', members: memberList } : { kind: 'column' },
    });
    return outcome.kind === 'ready' ? { kind: 'ready', result: outcome.result, parsed } : { ...outcome, parsed };
  }, [parsed, memberList, launchDate, memberSource, windowMonths]);
}
