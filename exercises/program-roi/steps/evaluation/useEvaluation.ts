import { useMemo } from 'react';
import { useAnalysis } from '../../../../src/workbook/analysis/useAnalysis';
import { evaluationStatus, memberListFromRows, salesFromRows, type EvaluationStatus } from '../../model';
import type { EvaluationSettings } from '../../state';
import { demoMemberRows, demoSalesRows } from '../../demo/evaluationDemo';
import { evaluationAnalysis } from '../../analysis/source';
import type { EvaluationRequest } from '../../analysis/evaluationAnalysis';
import { useEvaluationInputs } from './useEvaluationData';

export type EvaluationView = { kind: 'loading' } | EvaluationStatus;

/** Where the shown figures come from, for the data section of the step. */
export type EvaluationData =
  | { kind: 'loading' }
  | {
      kind: 'ready';
      source: 'demo' | 'imported';
      /** Members come from a list, and none was imported (or it could not be read). */
      missingList: boolean;
      /** The stored sales could not be read; the demo stands in. */
      loadFailed: boolean;
    };

/**
 * The difference in differences for the current data and settings. Imported sales are compared in the
 * step's analysis worker (analysis/evaluationAnalysis.ts), which parses them once per import and reruns only
 * the comparison when a setting changes; the page gets the figures. The demo shop, small, is compared here.
 */
export function useEvaluation(settings: EvaluationSettings): { data: EvaluationData; view: EvaluationView } {
  const { launchDate, memberSource, windowMonths } = settings;
  const inputs = useEvaluationInputs(memberSource);
  const request: EvaluationRequest | null =
    inputs.source === 'imported' ? { sales: inputs.sales, list: inputs.list, settings: { launchDate, memberSource, windowMonths } } : null;
  const analysis = useAnalysis(evaluationAnalysis, request);

  const latest = analysis.status === 'done' ? analysis.result : analysis.status === 'running' ? analysis.previous : null;
  const loadFailed = inputs.source === 'imported' && (analysis.status === 'failed' || latest?.kind === 'salesUnreadable');
  const useDemo = inputs.source === 'demo' || loadFailed;

  const demo = useMemo(() => (useDemo ? { parsed: salesFromRows(demoSalesRows()), list: memberListFromRows(demoMemberRows()) } : null), [useDemo]);
  const demoView = useMemo(
    () => (demo ? evaluationStatus(demo.parsed, demo.list, { launchDate, memberSource, windowMonths }) : null),
    [demo, launchDate, memberSource, windowMonths],
  );

  if (demoView) return { data: { kind: 'ready', source: 'demo', missingList: false, loadFailed }, view: demoView };
  if (latest === null || latest.kind !== 'status') return { data: { kind: 'loading' }, view: { kind: 'loading' } };
  const missingList = memberSource === 'list' && (inputs.source === 'imported' && (inputs.list === null || latest.listUnreadable));
  return { data: { kind: 'ready', source: 'imported', missingList, loadFailed: latest.listUnreadable }, view: latest.status };
}
