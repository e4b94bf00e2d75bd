import type { AnyExercise } from '../../src/workbook/contract';
import { demoLoaded } from '../../src/workbook/demoOnDemand';

/**
 * What the app loads on demand before it reads an exercise (its demo, the results it offers), loaded for a test that
 * reads them directly, as the exercise page and the reading step wait for them in the app.
 */
export async function loadOnDemandParts(exercises: readonly AnyExercise[]): Promise<void> {
  await Promise.all(exercises.flatMap((exercise) => [demoLoaded(exercise), ...(exercise.results ?? []).map((offer) => offer.load?.())]));
}
