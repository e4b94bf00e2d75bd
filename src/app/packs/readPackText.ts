import { exercises } from '../../../exercises';
import { checkBackupDatasets } from '../../store/datasetRestore';
import type { StoredDataset } from '../../store/datasets';
import { readPack, type PackError, type PackFile } from '../../trainer/packs/packFile';
import { damagedExercises, type ExerciseStateProblem } from '../../workbook/exerciseState';
import { workbookWithPack } from './workbookWithPack';
import type { ExerciseEntry, PersistedWorkbook } from '../../store/schema';

export type PackProblem =
  | PackError
  | { code: 'too-large' }
  | { code: 'read' }
  | { code: 'bad-name'; name: string }
  | { code: 'missing'; name: string }
  | { code: 'offline'; name: string }
  | { code: 'damaged-exercise'; exerciseId: string; problem: ExerciseStateProblem }
  | { code: 'write'; reason: string };

export interface CheckedPack {
  fileName: string;
  pack: PackFile;
  /** The pack's tables, checked as a backup's are: the dialog names them and the rows are known to be sound. */
  datasets: StoredDataset[];
}

/**
 * A pack's text checked whole before anything is asked or replaced: the file itself (readPack), every exercise's
 * state as the exercise would read it (a state from a newer app is refused, not half-used), and the tables' rows.
 */
export function checkPackText(text: string, fileName: string, current: PersistedWorkbook): { ok: true; value: CheckedPack } | { ok: false; problem: PackProblem } {
  const read = readPack(text);
  if (!read.ok) return { ok: false, problem: read.error };
  // The tables first: opening a pack reads their summaries, which must be sound.
  const datasets = checkBackupDatasets(read.pack.datasets);
  if (!datasets.ok) return { ok: false, problem: { code: 'invalid', detail: datasets.error.detail } };
  const { workbook } = workbookWithPack(current, [], read.pack);
  // fromEntries: an id such as '__proto__' stays an entry.
  const packEntries: Record<string, ExerciseEntry> = Object.fromEntries(
    Object.keys(read.pack.exercises).flatMap((id) => {
      const entry = Object.hasOwn(workbook.exercises, id) ? workbook.exercises[id] : undefined;
      return entry ? [[id, entry] as const] : [];
    }),
  );
  const [damaged] = damagedExercises(packEntries, exercises);
  if (damaged) return { ok: false, problem: { code: 'damaged-exercise', exerciseId: damaged.exerciseId, problem: damaged.problem } };
  return { ok: true, value: { fileName, pack: read.pack, datasets: datasets.value } };
}
