import type { ExerciseEntry, PersistedWorkbook } from '../store/schema';
import { LOCALES } from '../i18n/locale';
import type { AnyExercise } from './contract';
import { readExerciseState } from './exerciseState';
import { packStartOf, packStartState } from './packStart';

export interface ExerciseProgress {
  /** 'demo': opened, but still on the demo values it came with, untouched; that is not work in progress. */
  status: 'not-started' | 'demo' | 'in-progress' | 'done';
  /** Steps whose work is done (`StepDefinition.done`), in the exercise's order. */
  doneStepIds: string[];
  completedSteps: number;
  totalSteps: number;
  /** The step to reopen: where the user left off, or the first one. */
  resumeStepId: string;
  updatedAt: string | null;
  startedFrom: ExerciseEntry['startedFrom'] | null;
}

/** Spec ids of the exercise's inputs with an imported file: in its own progress, or a shared kind in "My data". */
export function datasetsWithFiles(exercise: AnyExercise, entry: ExerciseEntry | undefined, myData: PersistedWorkbook['myData']): Set<string> {
  const present = new Set<string>();
  for (const spec of exercise.inputs) {
    const own = entry !== undefined && Object.hasOwn(entry.datasets, spec.id);
    const shared = spec.shared !== undefined && myData !== undefined && Object.hasOwn(myData, spec.shared);
    if (own || shared) present.add(spec.id);
  }
  // Files kept under a suffixed id (one per survey wave) count under their own id.
  for (const id of Object.keys(entry?.datasets ?? {})) present.add(id);
  return present;
}

// Each exercise's demo values in every language (its demo loaded: `demoLoaded`) (it was first opened in one of them), made once: progress is read
// on every keystroke, and a demo survey takes milliseconds to build. Only compared with, never handed out.
const demoValues = new WeakMap<AnyExercise, unknown[]>();
function demosOf(exercise: AnyExercise): unknown[] {
  let demos = demoValues.get(exercise);
  if (demos === undefined) {
    demos = LOCALES.map((locale) => exercise.state.demo(locale));
    demoValues.set(exercise, demos);
  }
  return demos;
}

/** Equal as data: objects compared key by key in any order (a stored state comes back in the schema's order). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  // Casts: both are non-null objects (checked above), read by their own keys.
  return keysA.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Still the state a trainer's starter pack opened it with (src/workbook/packStart.ts): an example, like the demo. */
function isPackStart(exercise: AnyExercise, state: unknown): boolean {
  const start = packStartOf(exercise.id);
  const packState: unknown = start ? packStartState(exercise.state, start) : null;
  return packState !== null && sameData(state, packState);
}

/**
 * How far the user's work on an exercise has come: the steps whose `done` holds for the stored state. Only steps
 * the exercise still has count, so a step removed in a later version cannot exceed 100 %. An exercise opened on its
 * demo values (or a trainer's starter pack) and left as it came is 'demo', with nothing done: looking at the example is not the user's work.
 */
export function exerciseProgress(
  exercise: AnyExercise,
  entry: ExerciseEntry | undefined,
  datasets: ReadonlySet<string> = new Set(),
  /** The entry's state as the exercise already read it (useExercise does), so it is not parsed twice. */
  readState?: unknown,
): ExerciseProgress {
  const stepIds = exercise.steps.map((step) => step.id);
  const firstStep = stepIds[0] ?? '';
  const base = { totalSteps: stepIds.length, resumeStepId: firstStep, updatedAt: null, startedFrom: null, doneStepIds: [], completedSteps: 0 };
  if (!entry) return { ...base, status: 'not-started' };
  const resumeStepId = entry.currentStep && stepIds.includes(entry.currentStep) ? entry.currentStep : firstStep;
  const known = { ...base, resumeStepId, updatedAt: entry.updatedAt, startedFrom: entry.startedFrom };
  // Only a stored entry is read (there is one here): the demo's language does not matter.
  const read = readState === undefined ? readExerciseState(exercise.state, entry, 'ru') : { state: readState, problem: null };
  if (read.problem !== null) return { ...known, status: 'not-started' };
  const { state } = read;
  if (entry.startedFrom === 'demo' && datasets.size === 0 && (demosOf(exercise).some((demo) => sameData(state, demo)) || isPackStart(exercise, state)))
    return { ...known, status: 'demo' };
  const doneStepIds = exercise.steps
    .filter((step) => step.done(state, { visited: entry.visitedSteps.includes(step.id), datasets }))
    .map((step) => step.id);
  return {
    ...known,
    status: doneStepIds.length === stepIds.length ? 'done' : 'in-progress',
    doneStepIds,
    completedSteps: doneStepIds.length,
  };
}
