import { useWorkbookStore } from '../../store/workbookStore';
import { backupFileName, createBackup, describeDatasetRestore } from '../../store/backup';
import { exportAllDatasets } from '../../store/datasetRestore';
import type { DatasetStoreError } from '../../store/datasets';
import { teamName, type DatasetSummary } from '../../store/schema';
import { useLastBackup } from '../../store/lastBackup';
import { downloadText } from '../../data/download';
import type { Translate } from '../../i18n/translate';
import type { StoreMessageKey } from '../../ui/import/storeMessages';

export type DownloadProblem = { code: 'datasets-read'; error: DatasetStoreError } | { code: 'missing-rows'; names: string[] };

/**
 * Everything as one backup file, downloaded: the header's button and the home page's reminder both call this.
 * Returns what went wrong, or what the copy lacks, or null; a file downloaded is remembered as the last backup.
 */
export async function downloadBackup(): Promise<DownloadProblem | null> {
  const datasets = await exportAllDatasets();
  // A browser that refuses IndexedDB can hold no imported tables: the backup of the progress is still whole.
  if (!datasets.ok && datasets.error.code !== 'unavailable') return { code: 'datasets-read', error: datasets.error };
  // Read after the datasets, at the last moment, so the file holds the very latest keystroke.
  const now = new Date();
  // The whole persisted workbook, "My data" included: the shared files' rows are in `datasets`.
  const workbook = useWorkbookStore.getState();
  const carried = datasets.ok ? datasets.value : [];
  downloadText(await teamBackupFileName(teamName(workbook.settings), now), JSON.stringify(createBackup(workbook, carried, now), null, 2), 'application/json');
  useLastBackup.getState().record(now);
  // Files progress names but whose rows this browser lost: the copy is still worth having, but it says so.
  // (`meta` is unknown to a backup file's reader; here it is the summary exportAllDatasets just wrote.)
  const missing = describeDatasetRestore(workbook, carried.map((dataset) => ({ exerciseId: dataset.exerciseId, specId: dataset.id, meta: dataset.meta as DatasetSummary, rowCount: dataset.rows.length })))
    .filter((row) => row.current !== null && row.incoming === null)
    .map((row) => row.current?.fileName ?? row.specId);
  return missing.length > 0 ? { code: 'missing-rows', names: missing } : null;
}

/** The team's name is part of its backup's name, so a trainer's folder of a room's backups says whose each is. */
export async function teamBackupFileName(team: string, now: Date): Promise<string> {
  const plain = backupFileName(now);
  if (team === '') return plain;
  // The export's module (no SheetJS in it until an export runs): the same rules for names every system accepts.
  const { safeFileName } = await import('../../data/exportWorkbook');
  return `${safeFileName(`${plain.replace(/\.json$/, '')} ${team}`)}.json`;
}

export function downloadProblemText(storeT: Translate<StoreMessageKey>, problem: DownloadProblem): string {
  return problem.code === 'datasets-read'
    ? storeT('backup.datasetsReadFailed', { detail: problem.error.detail })
    : storeT('backup.missingRows', { names: problem.names.map((name) => `«${name}»`).join(', ') });
}
