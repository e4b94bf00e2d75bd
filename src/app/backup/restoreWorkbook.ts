/**
 * A restore, all or nothing, with a way back. The file was checked whole before this runs (envelope,
 * migrations, exercise states, datasets). Then: the file's tables are written aside; in one transaction the
 * tables in use and a snapshot of the progress go to the undo area and the file's tables come in; the
 * progress is replaced last. If the progress cannot be written (quota), the tables are swapped back and the
 * previous progress stays: the user is told, and nothing is lost.
 */
import {
  discardStagedDatasets,
  stageBackupDatasets,
  swapInStagedDatasets,
  undoRestoreDatasets,
  type RestoreUndo,
} from '../../store/datasetRestore';
import type { DatasetStoreError } from '../../store/datasets';
import type { BackupFile } from '../../store/backup';
import { persistedWorkbookSchema, type PersistedWorkbook } from '../../store/schema';
import { useStorageStatus, type WriteProblem } from '../../store/storageStatus';
import { persistedPart, useWorkbookStore } from '../../store/workbookStore';

export type RestoreProblem = { code: 'datasets-write'; error: DatasetStoreError } | { code: 'progress-write'; problem: Exclude<WriteProblem, null> };

export type RestoreOutcome = { ok: true; undoable: boolean } | { ok: false; problem: RestoreProblem };


/** Replaces the progress; presenter mode is how the screen is shown right now, so the file does not switch it. */
function replaceProgress(workbook: PersistedWorkbook): WriteProblem {
  const presenter = useWorkbookStore.getState().settings.presenter;
  useWorkbookStore.getState().replaceWorkbook({ ...workbook, settings: { ...workbook.settings, presenter } });
  return useStorageStatus.getState().writeProblem;
}

export async function restoreWorkbook(backup: BackupFile, fileName: string, now = new Date()): Promise<RestoreOutcome> {
  const before = persistedPart(useWorkbookStore.getState());
  const staged = await stageBackupDatasets(backup.datasets);
  // A browser without IndexedDB holds no tables: a file without tables restores its progress all the same.
  const withoutTables = !staged.ok && staged.error.code === 'unavailable' && backup.datasets.length === 0;
  if (!staged.ok && !withoutTables) return { ok: false, problem: { code: 'datasets-write', error: staged.error } };
  if (!withoutTables) {
    const undo: RestoreUndo = { workbook: JSON.stringify(before), fileName, restoredAt: now.toISOString() };
    const swapped = await swapInStagedDatasets(undo);
    if (!swapped.ok) {
      await discardStagedDatasets();
      return { ok: false, problem: { code: 'datasets-write', error: swapped.error } };
    }
  }
  const problem = replaceProgress(backup.workbook);
  if (problem !== null) {
    if (!withoutTables) await undoRestoreDatasets();
    replaceProgress(before);
    return { ok: false, problem: { code: 'progress-write', problem } };
  }
  return { ok: true, undoable: !withoutTables };
}

export type UndoOutcome = { ok: true } | { ok: false; detail: string };

/** Puts back the tables and the progress from before the last restore. */
export async function undoLastRestore(): Promise<UndoOutcome> {
  const undone = await undoRestoreDatasets();
  if (!undone.ok) return { ok: false, detail: undone.error.detail };
  if (undone.value === null) return { ok: false, detail: 'nothing to undo' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(undone.value.workbook);
  } catch {
    parsed = null;
  }
  const workbook = persistedWorkbookSchema.safeParse(parsed);
  // The snapshot was the valid workbook in memory at the time; if it cannot be read, keep what is there.
  if (!workbook.success) return { ok: false, detail: 'the saved progress could not be read' };
  const problem = replaceProgress(workbook.data);
  return problem === null ? { ok: true } : { ok: false, detail: problem };
}
