import { useMemo } from 'react';
import type { TypedRow } from '../../../../src/data/import/types';
import { evaluationStatus, memberListFromRows, salesFromRows, type EvaluationStatus } from '../../model';
import type { EvaluationSettings } from '../../state';
import type { EvaluationData } from './useEvaluationData';

export type EvaluationView = { kind: 'loading' } | EvaluationStatus;

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

  return useMemo(
    (): EvaluationView => (parsed ? evaluationStatus(parsed, memberList, { launchDate, memberSource, windowMonths }) : { kind: 'loading' }),
    [parsed, memberList, launchDate, memberSource, windowMonths],
  );
}
