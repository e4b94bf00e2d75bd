/**
 * Datasets in a backup: read for the file, checked before anything is replaced, and restored all or nothing
 * with a way back. A restore first writes the file's tables to a staging area, then in one transaction moves
 * the tables in use (and a snapshot of the progress they belong to) to an undo area and the staged ones in.
 * Until the next restore, `undoRestore` puts the previous tables back and returns that progress.
 *
 * The areas live in the same stores as the tables in use, under keys that start with U+0001, which sort
 * before every owner: the readers of datasets.ts (`inUse`) never see them.
 */
import type { BackupDataset } from './backup';
import {
  announce,
  chunksToRows,
  inTransaction,
  inUse,
  isTypedRow,
  putDataset,
  type ChunkRecord,
  type DatasetStoreResult,
  type HeaderRecord,
  type StoredDataset,
} from './datasets';
import { datasetSummarySchema } from './schema';

// Casts in this file: IndexedDB gives `any` results; these stores hold only records this module and datasets.ts write.

const STAGED = '\u0001staged\u0000';
const UNDO = '\u0001undo\u0000';
const UNDO_PROGRESS = '\u0001undo-progress';

/** What "undo restore" gives back: the progress as it was, and what replaced it. */
export interface RestoreUndo {
  /** JSON of the PersistedWorkbook before the restore. */
  workbook: string;
  fileName: string;
  restoredAt: string;
}

interface UndoRecord extends RestoreUndo {
  key: typeof UNDO_PROGRESS;
}

function slotRange(slot: string): IDBKeyRange {
  return IDBKeyRange.bound(slot, `${slot}\uffff`);
}

function slotChunks(slot: string): IDBKeyRange {
  return IDBKeyRange.bound([slot, -Infinity], [`${slot}\uffff`, Infinity]);
}

function inUseChunks(): IDBKeyRange {
  return IDBKeyRange.lowerBound(['\u0002', -Infinity]);
}

/** Every dataset in use with its rows, as the backup file carries them (`id` is the spec id). */
export function exportAllDatasets(): Promise<DatasetStoreResult<BackupDataset[]>> {
  return inTransaction('readonly', (headers, chunks) => {
    const headerRequest = headers.getAll(inUse());
    const chunkRequest = chunks.getAll(inUseChunks());
    return () => {
      const chunksByKey = new Map<string, ChunkRecord[]>();
      for (const chunk of chunkRequest.result as ChunkRecord[]) {
        const list = chunksByKey.get(chunk.datasetKey);
        if (list) list.push(chunk);
        else chunksByKey.set(chunk.datasetKey, [chunk]);
      }
      return (headerRequest.result as HeaderRecord[]).map((header) => ({
        id: header.specId,
        exerciseId: header.exerciseId,
        meta: header.meta,
        rows: chunksToRows(chunksByKey.get(header.key) ?? []),
      }));
    };
  });
}

/**
 * Check what a backup file carries before anything is replaced: each dataset needs a readable summary and
 * rows of plain typed values. The first problem is named, so the user knows the file is damaged and where.
 */
export function checkBackupDatasets(datasets: readonly BackupDataset[]): DatasetStoreResult<StoredDataset[]> {
  const checked: StoredDataset[] = [];
  for (const [index, dataset] of datasets.entries()) {
    const meta = datasetSummarySchema.safeParse(dataset.meta);
    if (!meta.success) return { ok: false, error: { code: 'invalid', detail: `datasets[${index}].meta` } };
    const badRow = dataset.rows.findIndex((row) => !isTypedRow(row));
    if (badRow >= 0) return { ok: false, error: { code: 'invalid', detail: `datasets[${index}].rows[${badRow}]` } };
    checked.push({
      exerciseId: dataset.exerciseId,
      specId: dataset.id,
      meta: meta.data,
      rowCount: dataset.rows.length,
      savedAt: meta.data.importedAt,
      // Checked row by row just above.
      rows: dataset.rows as StoredDataset['rows'],
    });
  }
  return { ok: true, value: checked };
}

/** Step 1 of a restore: the file's tables written aside. Nothing in use changes; a full disk fails here. */
export function stageBackupDatasets(datasets: readonly BackupDataset[]): Promise<DatasetStoreResult<number>> {
  const checked = checkBackupDatasets(datasets);
  if (!checked.ok) return Promise.resolve(checked);
  return inTransaction('readwrite', (headers, chunks) => {
    headers.delete(slotRange(STAGED));
    chunks.delete(slotChunks(STAGED));
    for (const { rows, ...info } of checked.value) putDataset(headers, chunks, info, rows, STAGED);
    return () => checked.value.length;
  });
}

/** Records of one area, read in the transaction, then handed to `move` once all are in. */
function readArea(headers: IDBObjectStore, chunks: IDBObjectStore, headerRange: IDBKeyRange, chunkRange: IDBKeyRange) {
  return { headers: headers.getAll(headerRange), chunks: chunks.getAll(chunkRange) };
}

type Area = ReturnType<typeof readArea>;

/** Moves an area's records to keys with `from` swapped for `to` ('' is the area in use). */
function moveArea(headers: IDBObjectStore, chunks: IDBObjectStore, area: Area, from: string, to: string): void {
  for (const header of area.headers.result as HeaderRecord[]) {
    headers.delete(header.key);
    headers.put({ ...header, key: to + header.key.slice(from.length) } satisfies HeaderRecord);
  }
  for (const chunk of area.chunks.result as ChunkRecord[]) {
    chunks.delete([chunk.datasetKey, chunk.index]);
    chunks.put({ ...chunk, datasetKey: to + chunk.datasetKey.slice(from.length) } satisfies ChunkRecord);
  }
}

/**
 * Step 2: in one transaction, the tables in use and the progress snapshot go to the undo area (replacing
 * an older one) and the staged tables come into use. Either all of it happens or none.
 */
export function swapInStagedDatasets(undo: RestoreUndo): Promise<DatasetStoreResult<null>> {
  return inTransaction('readwrite', (headers, chunks) => {
    headers.delete(slotRange(UNDO));
    chunks.delete(slotChunks(UNDO));
    headers.delete(UNDO_PROGRESS);
    const current = readArea(headers, chunks, inUse(), inUseChunks());
    const staged = readArea(headers, chunks, slotRange(STAGED), slotChunks(STAGED));
    // Requests complete in the order made: when the last read is in, so are the others.
    staged.chunks.onsuccess = () => {
      moveArea(headers, chunks, current, '', UNDO);
      moveArea(headers, chunks, staged, STAGED, '');
      headers.put({ key: UNDO_PROGRESS, ...undo } satisfies UndoRecord);
    };
    return () => null;
  }).then((result) => announce(result, null));
}

/** A restore that cannot finish (its progress could not be written) drops what it staged. */
export function discardStagedDatasets(): Promise<DatasetStoreResult<null>> {
  return inTransaction('readwrite', (headers, chunks) => {
    headers.delete(slotRange(STAGED));
    chunks.delete(slotChunks(STAGED));
    return () => null;
  });
}

/** The last restore's way back, or null when there is none (never restored, or already undone). */
export function readRestoreUndo(): Promise<DatasetStoreResult<RestoreUndo | null>> {
  return inTransaction('readonly', (headers) => {
    const request = headers.get(UNDO_PROGRESS);
    return () => {
      const record = request.result as UndoRecord | undefined;
      return record ? { workbook: record.workbook, fileName: record.fileName, restoredAt: record.restoredAt } : null;
    };
  });
}

/**
 * Puts the tables from before the last restore back in use, in one transaction, and returns the progress
 * they belong to (null: nothing to undo). The restored tables are dropped.
 */
export function undoRestoreDatasets(): Promise<DatasetStoreResult<RestoreUndo | null>> {
  let found: RestoreUndo | null = null;
  return inTransaction('readwrite', (headers, chunks) => {
    const record = headers.get(UNDO_PROGRESS);
    const undo = readArea(headers, chunks, slotRange(UNDO), slotChunks(UNDO));
    undo.chunks.onsuccess = () => {
      const snapshot = record.result as UndoRecord | undefined;
      if (!snapshot) return;
      found = { workbook: snapshot.workbook, fileName: snapshot.fileName, restoredAt: snapshot.restoredAt };
      headers.delete(inUse());
      chunks.delete(inUseChunks());
      moveArea(headers, chunks, undo, UNDO, '');
      headers.delete(UNDO_PROGRESS);
    };
    return () => found;
  }).then((result) => announce(result, null));
}
