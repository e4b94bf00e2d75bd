import { createContext, useContext, useMemo } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import type { AnyExercise } from './contract';
import { readResult, type ResultKind, type ResultRead } from './results';

/**
 * The registry the page's steps read results from. The app provides exercises/index.ts's list; a step rendered on
 * its own (a component test) gets none unless the test provides one, and reads every kind as "none".
 */
export const ExerciseRegistry = createContext<readonly AnyExercise[]>([]);

/** Another exercise's result, as the participant's progress holds it now (src/workbook/results.ts). */
export function useResult<R>(kind: ResultKind<R>): ResultRead<R> {
  const exercises = useContext(ExerciseRegistry);
  const entries = useWorkbookStore((store) => store.exercises);
  return useMemo(() => readResult(kind, exercises, entries), [kind, exercises, entries]);
}
