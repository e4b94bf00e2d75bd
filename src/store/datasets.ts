import { encodeRows, type ColumnarTable } from '../data/columnar';
import { concatTables, tableBytes } from '../data/columnarChunks';
import type { TypedRow } from '../data/import/types';
import type { DatasetSummary } from './schema';
import {
  chunksToRows,
  chunkTable,
  datasetKey,
  type ChunkRecord,
  type DatasetStoreError,
  type DatasetStoreResult,
  type HeaderRecord,
  type StoredDataset,
  type StoredDatasetInfo,
} from './datasetRecords';
import { moveHeaderToMyData, upgradeChunks } from './datasetUpgrades';
import { databaseConnection } from './databaseConnection';

export {
  chunksToRows,
  datasetKey,
  isTypedRow,
  type ChunkRecord,
  type DatasetStoreError,
  type DatasetStoreErrorCode,
  type DatasetStoreResult,
  type HeaderRecord,
  type StoredDataset,
  type StoredDatasetInfo,
} from './datasetRecords';
// Casts in this file: IndexedDB gives `any` results; these stores hold only records this module writes.

/**
 * Imported rows in IndexedDB: a sales table of a million rows outgrows localStorage by far. Progress keeps
 * only a summary (src/store/schema.ts `datasets`); this module keeps the rows.
 *
 * Rows are written in chunks of CHUNK_ROWS, one record each, in columns (src/data/columnar.ts): a million
 * rows are a few typed arrays, written and read back in a fraction of a second, where row objects took
 * seconds. Every write is one transaction over both stores: a dataset is replaced whole or not at all.
 * This module has no React and no store: the import worker writes through it too.
 * Errors are values: private modes that forbid IndexedDB and full disks come back as a `DatasetStoreError`.
 */

export const DATASETS_DB = 'loyalty-workbook-data';
/**
 * 1: chunks of row objects; 2: chunks of columns; 3: the ROI sales table moved to "My data" (the shared sales
 * file, see datasetLocation.ts). Each upgrade runs on first open, in the one transaction of the upgrade.
 */
const DB_VERSION = 3;
const HEADERS = 'datasets';
const CHUNKS = 'chunks';
export const CHUNK_ROWS = 65_536;

/** All chunks of one dataset: the compound key sorts by dataset, then by chunk index. */
function chunkRange(key: string): IDBKeyRange {
  return IDBKeyRange.bound([key, 0], [key, Number.MAX_SAFE_INTEGER]);
}

function toError(error: unknown): DatasetStoreError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  if (name === 'QuotaExceededError') return { code: 'quota', detail };
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return { code: 'unavailable', detail };
  return { code: 'failed', detail };
}

/** Told after a dataset was written or removed (null: all of them, as after a restore), so readers re-read. */
export type DatasetChangeListener = (changed: { exerciseId: string; specId: string } | null) => void;
const listeners = new Set<DatasetChangeListener>();

export function subscribeToDatasetChanges(listener: DatasetChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announce<T>(result: DatasetStoreResult<T>, changed: { exerciseId: string; specId: string } | null): DatasetStoreResult<T> {
  if (result.ok) for (const listener of [...listeners]) listener(changed);
  return result;
}

/** For a write made elsewhere (the import worker saves its rows itself): tell this page's readers. */
export function announceDatasetChange(changed: { exerciseId: string; specId: string } | null): void {
  for (const listener of [...listeners]) listener(changed);
}

const connection = databaseConnection(DATASETS_DB, DB_VERSION, (request, event) => {
  const db = request.result;
  if (!db.objectStoreNames.contains(HEADERS)) db.createObjectStore(HEADERS, { keyPath: 'key' });
  if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['datasetKey', 'index'] });
  // The upgrade runs in one transaction: if converting a chunk fails, the database stays at its old version.
  const upgrade = request.transaction;
  if (upgrade && event.oldVersion >= 1 && event.oldVersion < 3) {
    upgradeChunks(upgrade.objectStore(CHUNKS), event.oldVersion);
    moveHeaderToMyData(upgrade.objectStore(HEADERS));
  }
});
const openDatabase = connection.open;

/** Runs `work` in one transaction and resolves with its result once the transaction has committed. */
export async function inTransaction<T>(mode: IDBTransactionMode, work: (headers: IDBObjectStore, chunks: IDBObjectStore) => () => T): Promise<DatasetStoreResult<T>> {
  let db: IDBDatabase;
  try {
    db = await openDatabase();
  } catch (error) {
    return { ok: false, error: toError(error) };
  }
  return new Promise((resolve) => {
    let transaction: IDBTransaction | null = null;
    let result: () => T;
    try {
      transaction = db.transaction([HEADERS, CHUNKS], mode);
      result = work(transaction.objectStore(HEADERS), transaction.objectStore(CHUNKS));
    } catch (error) {
      // A request that throws (a row that cannot be cloned, quota in some browsers) must take the
      // requests already queued with it: without the abort, the delete of the old chunks would commit.
      try {
        transaction?.abort();
      } catch {
        // Already finished or never started.
      }
      resolve({ ok: false, error: toError(error) });
      return;
    }
    transaction.oncomplete = () => resolve({ ok: true, value: result() });
    // A failed put aborts the whole transaction: nothing of the new dataset is kept, the old one stays.
    transaction.onabort = () => resolve({ ok: false, error: toError(transaction.error ?? new DOMException('aborted', 'AbortError')) });
  });
}

/** Writes the rows and returns the info as stored (with the rows' size in bytes). */
/** `slot` puts it in a restore's staging or undo area (src/store/datasetRestore.ts) instead of in use. */
export function putDataset(headers: IDBObjectStore, chunks: IDBObjectStore, info: StoredDatasetInfo, rows: readonly TypedRow[], slot = ''): StoredDatasetInfo {
  const key = slot + datasetKey(info.exerciseId, info.specId);
  chunks.delete(chunkRange(key));
  const chunkCount = Math.ceil(rows.length / CHUNK_ROWS);
  let bytes = 0;
  for (let index = 0; index < chunkCount; index++) {
    const table = encodeRows(rows, undefined, index * CHUNK_ROWS, Math.min(rows.length, (index + 1) * CHUNK_ROWS));
    bytes += tableBytes(table);
    const record: ChunkRecord = { datasetKey: key, index, table };
    chunks.put(record);
  }
  const stored: StoredDatasetInfo = { ...info, bytes };
  const header: HeaderRecord = { ...stored, key, chunkCount };
  headers.put(header);
  return stored;
}

/** Store a dataset's rows, replacing any earlier import for the same exercise and spec. */
export function saveDataset(
  exerciseId: string,
  specId: string,
  rows: readonly TypedRow[],
  meta: DatasetSummary,
  now = new Date(),
): Promise<DatasetStoreResult<StoredDatasetInfo>> {
  const info: StoredDatasetInfo = { exerciseId, specId, meta, rowCount: rows.length, savedAt: now.toISOString() };
  return inTransaction('readwrite', (headers, chunks) => {
    const stored = putDataset(headers, chunks, info, rows);
    return () => stored;
  }).then((result) => announce(result, { exerciseId, specId }));
}

function stripKey(header: HeaderRecord): StoredDatasetInfo {
  const info: StoredDatasetInfo = { exerciseId: header.exerciseId, specId: header.specId, meta: header.meta, rowCount: header.rowCount, savedAt: header.savedAt };
  return typeof header.bytes === 'number' ? { ...info, bytes: header.bytes } : info;
}

export interface StoredTable extends StoredDatasetInfo {
  table: ColumnarTable;
}

/** One dataset's header and its chunks (in key order, which is chunk order), read in one transaction. */
function readDataset<T>(exerciseId: string, specId: string, read: (header: HeaderRecord, chunks: ChunkRecord[]) => T): Promise<DatasetStoreResult<T | null>> {
  const key = datasetKey(exerciseId, specId);
  return inTransaction('readonly', (headers, chunks) => {
    const headerRequest = headers.get(key);
    const chunkRequest = chunks.getAll(chunkRange(key));
    return () => {
      const header = headerRequest.result as HeaderRecord | undefined;
      return header ? read(header, chunkRequest.result as ChunkRecord[]) : null;
    };
  });
}

/** The rows of a dataset, or null when none was imported. */
export function loadDataset(exerciseId: string, specId: string): Promise<DatasetStoreResult<StoredDataset | null>> {
  return readDataset(exerciseId, specId, (header, chunks) => ({ ...stripKey(header), rows: chunksToRows(chunks) }));
}

/** A dataset in columns, as an analysis reads it (in a worker): no row objects are made. Null when none was imported. */
export function loadDatasetTable(exerciseId: string, specId: string): Promise<DatasetStoreResult<StoredTable | null>> {
  return readDataset(exerciseId, specId, (header, chunks) => ({ ...stripKey(header), table: concatTables(chunks.map(chunkTable)) }));
}

/**
 * The rows of several datasets of one exercise, read in one transaction, for an export that needs all of
 * them at once. The caller names the datasets progress says were imported, so one whose rows are not
 * stored comes back as 'missing'; when IndexedDB fails, every dataset carries that error.
 */
export async function loadExerciseDatasets(exerciseId: string, specIds: readonly string[]): Promise<Map<string, DatasetStoreResult<TypedRow[]>>> {
  const wanted = [...new Set(specIds)];
  const loaded = new Map<string, DatasetStoreResult<TypedRow[]>>();
  if (wanted.length === 0) return loaded;
  const read = await inTransaction('readonly', (headers, chunks) => {
    const requests = wanted.map((specId) => {
      const key = datasetKey(exerciseId, specId);
      return { specId, header: headers.get(key), chunks: chunks.getAll(chunkRange(key)) };
    });
    return () =>
      requests.map(({ specId, header, chunks: chunkRequest }) => ({
        specId,
        rows: header.result === undefined ? null : chunksToRows(chunkRequest.result as ChunkRecord[]),
      }));
  });
  if (!read.ok) {
    for (const specId of wanted) loaded.set(specId, read);
    return loaded;
  }
  for (const { specId, rows } of read.value) {
    loaded.set(specId, rows === null ? { ok: false, error: { code: 'missing', detail: `${exerciseId}/${specId}` } } : { ok: true, value: rows });
  }
  return loaded;
}

export function deleteDataset(exerciseId: string, specId: string): Promise<DatasetStoreResult<void>> {
  const key = datasetKey(exerciseId, specId);
  return inTransaction('readwrite', (headers, chunks) => {
    chunks.delete(chunkRange(key));
    headers.delete(key);
    return () => undefined;
  }).then((result) => announce(result, { exerciseId, specId }));
}

/**
 * Keys of datasets in use. A restore keeps other records in the same stores under keys that start with
 * U+0001 (src/store/datasetRestore.ts): they sort before every owner, so this range leaves them out.
 */
export function inUse(): IDBKeyRange {
  return IDBKeyRange.lowerBound('\u0002');
}

/** Whether a dataset's rows are stored (site data cleared in part leaves summaries without rows). */
export function datasetExists(exerciseId: string, specId: string): Promise<DatasetStoreResult<boolean>> {
  return inTransaction('readonly', (headers) => {
    const request = headers.getKey(datasetKey(exerciseId, specId));
    return () => request.result !== undefined;
  });
}

/** Every stored dataset without its rows: cheap enough for a listing. */
export function listDatasets(): Promise<DatasetStoreResult<StoredDatasetInfo[]>> {
  return inTransaction('readonly', (headers) => {
    const request = headers.getAll(inUse());
    return () => (request.result as HeaderRecord[]).map(stripKey);
  });
}

/** Forget the open connection; tests call this before deleting the database between cases. */
export const closeDatasetsDatabase = connection.close;
