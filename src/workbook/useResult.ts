import { createContext, useCallback, useContext, useMemo } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import type { AnyExercise } from './contract';
import { navigate } from './route';
import { planSend, readResult, resultLoaded, takerOf, type ResultKind, type ResultRead, type SendPlan } from './results';
import { demoLoaded, useLoaded } from './demoOnDemand';

/**
 * The registry the page's steps read results from. The app provides exercises/index.ts's list; a step rendered on
 * its own (a component test) gets none unless the test provides one, and reads every kind as "none".
 */
export const ExerciseRegistry = createContext<readonly AnyExercise[]>([]);

/** Another exercise's result, as the participant's progress holds it now (src/workbook/results.ts). */
export function useResult<R>(kind: ResultKind<R>): ResultRead<R> {
  const exercises = useContext(ExerciseRegistry);
  const entries = useWorkbookStore((store) => store.exercises);
  // The producer's offer may load on demand: the step suspends until it can be read (its Suspense shows loading).
  useLoaded(resultLoaded(kind, exercises));
  return useMemo(() => readResult(kind, exercises, entries), [kind, exercises, entries]);
}

/**
 * Send a result to the exercise that takes it in, and open that exercise's step. Returns the plan's status when
 * nothing was sent, so the caller can say why.
 */
export function useSendResult(kind: ResultKind<unknown>): () => Promise<Exclude<SendPlan['status'], 'ready'> | 'sent'> {
  const exercises = useContext(ExerciseRegistry);
  return useCallback(async () => {
    // A taker never opened starts from its demo, with the result taken in.
    const taker = takerOf(kind, exercises);
    await Promise.all([resultLoaded(kind, exercises), taker ? demoLoaded(taker) : undefined]);
    const store = useWorkbookStore.getState();
    const plan = planSend(kind, exercises, store.exercises, new Date().toISOString(), store.settings.locale);
    if (plan.status !== 'ready') return plan.status;
    store.writeExerciseState(plan.exerciseId, plan.stateVersion, plan.state, plan.startedFrom);
    navigate({ page: 'exercise', exerciseId: plan.exerciseId, stepId: plan.stepId });
    return 'sent';
  }, [kind, exercises]);
}
