import { MY_DATA_OWNER } from '../../store/datasetLocation';
import type { PersistedWorkbook } from '../../store/schema';
import type { AnyExercise } from '../../workbook/contract';
import { datasetsWithFiles, exerciseProgress } from '../../workbook/progress';

export interface ExerciseCandidate {
  exerciseId: string;
  /** The trainer changed something (progress reads it as work, not as the untouched demo): ticked at first. */
  own: boolean;
}

export interface TableCandidate {
  /** An exercise id, or MY_DATA_OWNER for a shared file. */
  exerciseId: string;
  specId: string;
  fileName: string;
  rows: number;
}

/** What a trainer may put in a pack: every exercise they opened, in the seminar's order, and every imported table. */
export function packCandidates(workbook: PersistedWorkbook, definitions: readonly AnyExercise[]): { exercises: ExerciseCandidate[]; tables: TableCandidate[] } {
  const exercises: ExerciseCandidate[] = [];
  const tables: TableCandidate[] = [];
  for (const exercise of definitions) {
    const entry = Object.hasOwn(workbook.exercises, exercise.id) ? workbook.exercises[exercise.id] : undefined;
    if (!entry) continue;
    const status = exerciseProgress(exercise, entry, datasetsWithFiles(exercise, entry, workbook.myData)).status;
    exercises.push({ exerciseId: exercise.id, own: status === 'in-progress' || status === 'done' });
    for (const [specId, summary] of Object.entries(entry.datasets)) tables.push({ exerciseId: exercise.id, specId, fileName: summary.fileName, rows: summary.rowsImported });
  }
  for (const [kind, summary] of Object.entries(workbook.myData ?? {})) tables.push({ exerciseId: MY_DATA_OWNER, specId: kind, fileName: summary.fileName, rows: summary.rowsImported });
  return { exercises, tables };
}

export function tableKey(table: { exerciseId: string; specId: string }): string {
  return `${table.exerciseId}/${table.specId}`;
}
