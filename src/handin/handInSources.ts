import type { AnyExercise } from '../workbook/contract';
import { datasetLocation, exportDatasets, loadDataset, type DatasetStoreResult, type DatasetSummary } from '../workbook/exerciseData';
import type { ExerciseEntry, PersistedWorkbook } from '../store/schema';
import type { TypedRow } from '../data/import/types';
import type { DatasetSpec } from '../data/spec';
import type { GroupSummary } from './format';
import type { HandInRows } from './buildHandIn';

/**
 * What the hand-in preview reads from this browser: the exercise's figures (its group declaration run on its state
 * and files, as the export runs) and the imported files whose rows the participant may tick in, with their counts.
 */

/** One imported file the exercise reads: its own (Kano's answers) or a shared one from "My data" (the sales). */
export interface RowSource {
  /** The key the rows go under in the file: the exercise's stored dataset id, or the shared kind ('sales'). */
  key: string;
  fileName: string;
  rowCount: number;
  /** Mapped columns: with the row count, what the rows will weigh in the file. */
  columns: number;
  /** The spec of a shared file, to find it in "My data"; null for the exercise's own. */
  sharedSpec: Pick<DatasetSpec, 'id' | 'shared'> | null;
}

/** Roughly what one value weighs in the file's JSON: a key, a quoted value, punctuation and indentation. */
const BYTES_PER_VALUE = 28;
/** Above this the preview warns: a chat refuses or slows on such a file, and the trainer needs only the figures. */
export const LARGE_ROWS_BYTES = 2 * 1024 * 1024;

export function estimatedBytes(sources: readonly RowSource[]): number {
  return sources.reduce((total, source) => total + source.rowCount * Math.max(1, source.columns) * BYTES_PER_VALUE, 0);
}

function columnsOf(summary: DatasetSummary): number {
  return Object.values(summary.mapping).filter((column) => column !== null).length;
}

export function rowSources(exercise: AnyExercise, entry: ExerciseEntry | undefined, myData: PersistedWorkbook['myData']): RowSource[] {
  const own = Object.entries(entry?.datasets ?? {}).map(([key, summary]): RowSource => ({ key, fileName: summary.fileName, rowCount: summary.rowsImported, columns: columnsOf(summary), sharedSpec: null }));
  const seen = new Set<string>();
  const shared = exercise.inputs.flatMap((spec): RowSource[] => {
    const kind = spec.shared;
    if (kind === undefined || seen.has(kind)) return [];
    seen.add(kind);
    const summary = myData !== undefined && Object.hasOwn(myData, kind) ? myData[kind] : undefined;
    return summary ? [{ key: kind, fileName: summary.fileName, rowCount: summary.rowsImported, columns: columnsOf(summary), sharedSpec: spec }] : [];
  });
  return [...own, ...shared];
}

/** The ticked files' rows, read from IndexedDB when the file is written; the first file that cannot be read stops it. */
export async function loadHandInRows(exercise: AnyExercise, sources: readonly RowSource[]): Promise<DatasetStoreResult<HandInRows>> {
  const rows: HandInRows = {};
  const ownKeys = sources.filter((source) => source.sharedSpec === null).map((source) => source.key);
  const loaded = await exportDatasets(exercise.id).loadRows(ownKeys);
  for (const source of sources) {
    let result: DatasetStoreResult<readonly TypedRow[]>;
    if (source.sharedSpec !== null) {
      const location = datasetLocation(exercise.id, source.sharedSpec);
      const stored = await loadDataset(location.owner, location.id);
      result = stored.ok ? { ok: true, value: stored.value?.rows ?? [] } : stored;
    } else {
      result = loaded.get(source.key) ?? { ok: true, value: [] };
    }
    if (!result.ok) return result;
    Object.defineProperty(rows, source.key, { value: { fileName: source.fileName, rows: [...result.value] }, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: rows };
}

/** The exercise's figures as the group view will compare them; null when it declares none. */
export async function summarizeForHandIn(exercise: AnyExercise, state: unknown): Promise<GroupSummary | null> {
  if (!exercise.group) return null;
  const declaration = await exercise.group();
  return declaration.summarize({ state, datasets: exportDatasets(exercise.id) });
}
