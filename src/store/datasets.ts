import { concatTables, decodeRows, encodeRows, isColumnarTable, tableBytes, type ColumnarTable } from '../data/columnar';
import type { TypedRow, TypedValue } from '../data/import/types';
import { datasetSummarySchema, type DatasetSummary } from './schema';
import type { BackupDataset } from './backup';
import { MY_DATA_OWNER } from './datasetLocation';

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
/** Version 3's move, with the keys as versions 1 and 2 wrote them. */
const V3_MOVED = { from: datasetKey('program-roi', 'sales'), to: datasetKey(MY_DATA_OWNER, 'sales'), owner: MY_DATA_OWNER, id: 'sales' } as const;
const HEADERS = 'datasets';
const CHUNKS = 'chunks';
export const CHUNK_ROWS = 65_536;

export interface StoredDatasetInfo {
  /** The owner: an exercise id, or MY_DATA_OWNER for a shared file (src/store/datasetLocation.ts). */
  exerciseId: string;
  specId: string;
  meta: DatasetSummary;
  rowCount: number;
  savedAt: string;
  /** The rows' size as stored, in bytes (absent for datasets saved before version 3 counted it). */
  bytes?: number;
}

export interface StoredDataset extends StoredDatasetInfo {
  rows: TypedRow[];
}

export type DatasetStoreErrorCode =
  /** IndexedDB is missing or refused (private browsing in some browsers, disabled site data). */
  | 'unavailable'
  /** The browser's storage quota for this site is used up. */
  | 'quota'
  /** Something the backup file holds is not a dataset this version can store. */
  | 'invalid'
  /** Progress refers to a dataset whose rows are not in this browser (site data cleared in part). */
  | 'missing'
  | 'failed';

export interface DatasetStoreError {
  code: DatasetStoreErrorCode;
  /** The browser's own words, for a bug report; the UI words the code itself. */
  detail: string;
}

export type DatasetStoreResult<T> = { ok: true; value: T } | { ok: false; error: DatasetStoreError };

interface HeaderRecord extends StoredDatasetInfo {
  key: string;
  chunkCount: number;
}

interface ChunkRecord {
  datasetKey: string;
  index: number;
  table: ColumnarTable;
}

/** What version 1 stored: rows as objects. */
interface RowChunkRecord {
  datasetKey: string;
  index: number;
  rows: TypedRow[];
}

function chunkTable(record: ChunkRecord): ColumnarTable {
  // A record that is not a table this version wrote (damaged site data) reads as no rows, not as a crash.
  return isColumnarTable(record.table) ? record.table : { rowCount: 0, keys: [], columns: [] };
}

function chunksToRows(records: readonly ChunkRecord[]): TypedRow[] {
  return decodeRows(concatTables(records.map(chunkTable)));
}

/** `exerciseId` is the owner: an exercise, or MY_DATA_OWNER for a shared file. */
function datasetKey(exerciseId: string, specId: string): string {
  return `${exerciseId}\u0000${specId}`;
}

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

function announce<T>(result: DatasetStoreResult<T>, changed: { exerciseId: string; specId: string } | null): DatasetStoreResult<T> {
  if (result.ok) for (const listener of [...listeners]) listener(changed);
  return result;
}

/** For a write made elsewhere (the import worker saves its rows itself): tell this page's readers. */
export function announceDatasetChange(changed: { exerciseId: string; specId: string } | null): void {
  for (const listener of [...listeners]) listener(changed);
}

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  if (opening) return opening;
  const attempt = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new DOMException('indexedDB is not defined', 'InvalidStateError'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATASETS_DB, DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (!db.objectStoreNames.contains(HEADERS)) db.createObjectStore(HEADERS, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['datasetKey', 'index'] });
      // The upgrade runs in one transaction: if converting a chunk fails, the database stays at its old version.
      const upgrade = request.transaction;
      if (upgrade && event.oldVersion >= 1 && event.oldVersion < 3) {
        upgradeChunks(upgrade.objectStore(CHUNKS), event.oldVersion);
        moveHeaderToMyData(upgrade.objectStore(HEADERS));
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database needs this one to let go; the next call opens it afresh.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    // Private modes that refuse IndexedDB fail here (InvalidStateError in older Firefox, UnknownError in Safari).
    request.onerror = () => reject(request.error ?? new DOMException('open failed', 'UnknownError'));
  });
  opening = attempt;
  attempt.catch(() => {
    if (opening === attempt) opening = null;
  });
  return attempt;
}

/**
 * Version 1 → 2: each chunk of row objects becomes a chunk of columns. Version 2 → 3: the ROI sales chunks
 * move to "My data". One cursor pass does both, so an upgrade from version 1 needs no ordering of passes.
 */
function upgradeChunks(chunks: IDBObjectStore, oldVersion: number): void {
  const cursorRequest = chunks.openCursor();
  cursorRequest.onsuccess = () => {
    const cursor = cursorRequest.result;
    if (!cursor) return;
    const old = cursor.value as Partial<RowChunkRecord> & Partial<ChunkRecord>;
    const table = oldVersion < 2 && Array.isArray(old.rows) ? encodeRows(old.rows.filter(isTypedRow)) : old.table;
    const key = String(old.datasetKey);
    if (table !== undefined && key === V3_MOVED.from) {
      chunks.put({ datasetKey: V3_MOVED.to, index: Number(old.index), table } satisfies ChunkRecord);
      cursor.delete();
    } else if (oldVersion < 2 && table !== undefined) {
      cursor.update({ datasetKey: key, index: Number(old.index), table } satisfies ChunkRecord);
    }
    cursor.continue();
  };
}

function moveHeaderToMyData(headers: IDBObjectStore): void {
  const request = headers.get(V3_MOVED.from);
  request.onsuccess = () => {
    const header = request.result as HeaderRecord | undefined;
    if (!header) return;
    headers.put({ ...header, key: V3_MOVED.to, exerciseId: V3_MOVED.owner, specId: V3_MOVED.id } satisfies HeaderRecord);
    headers.delete(V3_MOVED.from);
  };
}

/** Runs `work` in one transaction and resolves with its result once the transaction has committed. */
async function inTransaction<T>(mode: IDBTransactionMode, work: (headers: IDBObjectStore, chunks: IDBObjectStore) => () => T): Promise<DatasetStoreResult<T>> {
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
function putDataset(headers: IDBObjectStore, chunks: IDBObjectStore, info: StoredDatasetInfo, rows: readonly TypedRow[]): StoredDatasetInfo {
  const key = datasetKey(info.exerciseId, info.specId);
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

/** The rows of a dataset, or null when none was imported. */
export function loadDataset(exerciseId: string, specId: string): Promise<DatasetStoreResult<StoredDataset | null>> {
  const key = datasetKey(exerciseId, specId);
  return inTransaction('readonly', (headers, chunks) => {
    const headerRequest = headers.get(key);
    const chunkRequest = chunks.getAll(chunkRange(key));
    return () => {
      const header = headerRequest.result as HeaderRecord | undefined;
      if (!header) return null;
      // getAll returns chunks in key order, which is chunk order.
      const rows = chunksToRows(chunkRequest.result as ChunkRecord[]);
      return { ...stripKey(header), rows };
    };
  });
}

export interface StoredTable extends StoredDatasetInfo {
  table: ColumnarTable;
}

/** A dataset in columns, as an analysis reads it (in a worker): no row objects are made. Null when none was imported. */
export function loadDatasetTable(exerciseId: string, specId: string): Promise<DatasetStoreResult<StoredTable | null>> {
  const key = datasetKey(exerciseId, specId);
  return inTransaction('readonly', (headers, chunks) => {
    const headerRequest = headers.get(key);
    const chunkRequest = chunks.getAll(chunkRange(key));
    return () => {
      const header = headerRequest.result as HeaderRecord | undefined;
      if (!header) return null;
      return { ...stripKey(header), table: concatTables((chunkRequest.result as ChunkRecord[]).map(chunkTable)) };
    };
  });
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

/** Every stored dataset without its rows: cheap enough for a listing. */
export function listDatasets(): Promise<DatasetStoreResult<StoredDatasetInfo[]>> {
  return inTransaction('readonly', (headers) => {
    const request = headers.getAll();
    return () => (request.result as HeaderRecord[]).map(stripKey);
  });
}

/** Every dataset with its rows, as the backup file carries them (`id` is the spec id). */
export function exportAllDatasets(): Promise<DatasetStoreResult<BackupDataset[]>> {
  return inTransaction('readonly', (headers, chunks) => {
    const headerRequest = headers.getAll();
    const chunkRequest = chunks.getAll();
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

function isTypedValue(value: unknown): value is TypedValue {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function isTypedRow(value: unknown): value is TypedRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(isTypedValue);
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
      rows: dataset.rows as TypedRow[],
    });
  }
  return { ok: true, value: checked };
}

/**
 * Replace every stored dataset with those of a restored backup, in one transaction: a restore that fails
 * half-way (quota) leaves the datasets the user had.
 */
export function importAllDatasets(datasets: readonly BackupDataset[]): Promise<DatasetStoreResult<number>> {
  const checked = checkBackupDatasets(datasets);
  if (!checked.ok) return Promise.resolve(checked);
  return inTransaction('readwrite', (headers, chunks) => {
    headers.clear();
    chunks.clear();
    for (const dataset of checked.value) {
      const { rows, ...info } = dataset;
      putDataset(headers, chunks, info, rows);
    }
    return () => checked.value.length;
  }).then((result) => announce(result, null));
}

/** Forget the open connection; tests call this before deleting the database between cases. */
export async function closeDatasetsDatabase(): Promise<void> {
  const current = opening;
  opening = null;
  if (!current) return;
  try {
    (await current).close();
  } catch {
    // It never opened: nothing to close.
  }
}
