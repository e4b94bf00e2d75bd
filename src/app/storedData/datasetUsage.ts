import type { DatasetSpec } from '../../data/spec';
import { MY_DATA_OWNER, type DatasetLocation } from '../../store/datasetLocation';
import type { PersistedWorkbook, DatasetSummary } from '../../store/schema';
import type { AnyExercise } from '../../workbook/contract';

export interface StoredFile {
  location: DatasetLocation;
  summary: DatasetSummary;
  /** The spec that describes it (for its title); null for a dataset of an exercise this version lacks. */
  spec: DatasetSpec | null;
  /** The exercises that read it: the owner, or for a shared file every exercise with a spec of its kind. */
  usedIn: AnyExercise[];
  shared: boolean;
}

/** Every file progress knows of: "My data" first, then each exercise's own files in the registry's order. */
export function storedFiles(workbook: Pick<PersistedWorkbook, 'exercises' | 'myData'>, exercises: readonly AnyExercise[]): StoredFile[] {
  const files: StoredFile[] = [];
  for (const [kind, summary] of Object.entries(workbook.myData ?? {})) {
    const usedIn = exercises.filter((exercise) => exercise.inputs.some((input) => input.shared === kind));
    const spec = usedIn.flatMap((exercise) => exercise.inputs).find((input) => input.shared === kind) ?? null;
    files.push({ location: { owner: MY_DATA_OWNER, id: kind }, summary, spec, usedIn, shared: true });
  }
  const order = new Map(exercises.map((exercise, index) => [exercise.id, index]));
  const owners = Object.keys(workbook.exercises).sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  for (const owner of owners) {
    const entry = workbook.exercises[owner];
    const exercise = exercises.find((candidate) => candidate.id === owner);
    for (const [id, summary] of Object.entries(entry?.datasets ?? {})) {
      // An exercise may keep several files of one spec under `specId:suffix` (SERVQUAL's survey waves).
      const spec = exercise?.inputs.find((input) => input.id === id || id.startsWith(`${input.id}:`)) ?? null;
      files.push({ location: { owner, id }, summary, spec, usedIn: exercise ? [exercise] : [], shared: false });
    }
  }
  return files;
}
