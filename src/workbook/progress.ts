import type { ExerciseEntry } from '../store/schema';
import type { AnyExercise } from './contract';

export interface ExerciseProgress {
  status: 'not-started' | 'in-progress' | 'done';
  completedSteps: number;
  totalSteps: number;
  /** The step to reopen: where the user left off, or the first one. */
  resumeStepId: string;
  updatedAt: string | null;
  startedFrom: ExerciseEntry['startedFrom'] | null;
}

/** Only steps the exercise still has count, so a step removed in a later version cannot exceed 100 %. */
export function exerciseProgress(exercise: AnyExercise, entry: ExerciseEntry | undefined): ExerciseProgress {
  const stepIds = exercise.steps.map((step) => step.id);
  const firstStep = stepIds[0] ?? '';
  if (!entry) {
    return { status: 'not-started', completedSteps: 0, totalSteps: stepIds.length, resumeStepId: firstStep, updatedAt: null, startedFrom: null };
  }
  const completedSteps = stepIds.filter((id) => entry.completedSteps.includes(id)).length;
  const resumeStepId = entry.currentStep && stepIds.includes(entry.currentStep) ? entry.currentStep : firstStep;
  return {
    status: completedSteps === stepIds.length ? 'done' : 'in-progress',
    completedSteps,
    totalSteps: stepIds.length,
    resumeStepId,
    updatedAt: entry.updatedAt,
    startedFrom: entry.startedFrom,
  };
}
