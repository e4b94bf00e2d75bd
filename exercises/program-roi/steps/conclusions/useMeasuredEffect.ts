import { useMemo } from 'react';
import { evaluationEconomics, type EvaluationEconomics } from '../../model';
import type { EvaluationScale, RoiState } from '../../state';
import type { MeasuredEffect } from '../../reading';
import { costReadiness } from '../evaluation/costReadiness';
import { useEvaluation, type EvaluationView } from '../evaluation/useEvaluation';

/**
 * The measured effect weighed against the program's costs, as the evaluation step weighs it (EffectVsCost): null
 * until the comparison is ready and the cost inputs are entered.
 */
export function measuredEconomics(view: EvaluationView, program: RoiState['program'], scaleTo: EvaluationScale): EvaluationEconomics | null {
  if (view.kind !== 'ready') return null;
  const readiness = costReadiness(program, scaleTo);
  if (readiness.kind !== 'ready') return null;
  const members = scaleTo === 'program' && readiness.programMembers !== null ? readiness.programMembers : view.result.members.customers;
  return evaluationEconomics(view.result, readiness.inputs, members);
}

/**
 * What the evaluation step measured on the participant's own sales, for the conclusions: ROI over the months after
 * the launch. null until it can be said (sales still loading, settings or cost inputs missing, or too little data).
 * Call only when sales are imported: the demo shop is an example, not the participant's fact.
 */
export function useMeasuredEffect(state: RoiState): MeasuredEffect | null {
  const { view } = useEvaluation(state.evaluation);
  const programKey = JSON.stringify(state.program);
  const { scaleTo } = state.evaluation;
  return useMemo(() => {
    // Cast: the key is this program draft, stringified above (the memo is keyed on its value).
    const economics = measuredEconomics(view, JSON.parse(programKey) as RoiState['program'], scaleTo);
    return economics ? { roi: economics.roi, months: economics.months } : null;
  }, [view, programKey, scaleTo]);
}
