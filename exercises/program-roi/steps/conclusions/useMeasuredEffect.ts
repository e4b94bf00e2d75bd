import { useMemo } from 'react';
import { evaluationEconomics } from '../../model';
import type { RoiState } from '../../state';
import type { MeasuredEffect } from '../../reading';
import { costReadiness } from '../evaluation/costReadiness';
import { useEvaluation } from '../evaluation/useEvaluation';

/**
 * What the evaluation step measured on the participant's own sales, for the conclusions: ROI over the months after
 * the launch, weighed against the program's costs as the evaluation step weighs them. null until it can be said
 * (sales still loading, settings or cost inputs missing, or too little data). Call only when sales are imported:
 * the demo shop is an example, not the participant's fact.
 */
export function useMeasuredEffect(state: RoiState): MeasuredEffect | null {
  const { view } = useEvaluation(state.evaluation);
  const programKey = JSON.stringify(state.program);
  const { scaleTo } = state.evaluation;
  return useMemo(() => {
    if (view.kind !== 'ready') return null;
    // Cast: the key is this program draft, stringified above (the memo is keyed on its value).
    const readiness = costReadiness(JSON.parse(programKey) as RoiState['program'], scaleTo);
    if (readiness.kind !== 'ready') return null;
    const members = scaleTo === 'program' && readiness.programMembers !== null ? readiness.programMembers : view.result.members.customers;
    const economics = evaluationEconomics(view.result, readiness.inputs, members);
    return { roi: economics.roi, months: economics.months };
  }, [view, programKey, scaleTo]);
}
