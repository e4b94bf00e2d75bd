import { createBackup } from '../../store/backup';
import { exportAllDatasets } from '../../store/datasetRestore';
import { persistedPart, useWorkbookStore } from '../../store/workbookStore';
import type { PackFile } from '../../trainer/packs/packFile';
import { usePackStarts } from '../../workbook/packStart';
import { restoreWorkbook, type RestoreProblem } from '../backup/restoreWorkbook';
import { workbookWithPack } from './workbookWithPack';

export type OpenPackOutcome = { ok: true } | { ok: false; problem: RestoreProblem | { code: 'datasets-read'; detail: string } };

/**
 * Put a checked pack in place: the participant's tables are read, the pack's exercises and tables take their
 * places, and the whole is restored as a backup would be, so a full disk leaves everything as it was and the
 * header's "Undo restore" brings the previous work back.
 */
export async function openPack(pack: PackFile, fileName: string, now = new Date()): Promise<OpenPackOutcome> {
  const tables = await exportAllDatasets();
  // A browser that refuses IndexedDB holds no tables of the participant's to keep.
  if (!tables.ok && tables.error.code !== 'unavailable') return { ok: false, problem: { code: 'datasets-read', detail: tables.error.detail } };
  const current = persistedPart(useWorkbookStore.getState());
  const packed = workbookWithPack(current, tables.ok ? tables.value : [], pack, now);
  // Remembered before the work changes, so every count made on the new work already reads the pack's states as the example.
  const startsBefore = usePackStarts.getState().starts;
  usePackStarts.getState().record(packed.starts);
  const restored = await restoreWorkbook(createBackup(packed.workbook, packed.datasets, now), fileName, now);
  if (!restored.ok) {
    usePackStarts.getState().putBack(startsBefore);
    return restored;
  }
  return { ok: true };
}
