/**
 * The shapes of what IndexedDB holds for imported datasets, shared by the store (datasets.ts), its upgrades
 * (datasetUpgrades.ts) and restores (datasetRestore.ts).
 */
import { decodeRows, type ColumnarTable } from '../data/columnar';
import { concatTables, isColumnarTable } from '../data/columnarChunks';
import type { TypedRow, TypedValue } from '../data/import/types';
import type { DatasetSummary } from './schema';

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

/** The record of one dataset in the headers store (src/store/datasetRestore.ts moves them between slots). */
export interface HeaderRecord extends StoredDatasetInfo {
  key: string;
  chunkCount: number;
}

export interface ChunkRecord {
  datasetKey: string;
  index: number;
  table: ColumnarTable;
}

/** What version 1 stored: rows as objects. */
export interface RowChunkRecord {
  datasetKey: string;
  index: number;
  rows: TypedRow[];
}

export function chunkTable(record: ChunkRecord): ColumnarTable {
  // A record that is not a table this version wrote (damaged site data) reads as no rows, not as a crash.
  return isColumnarTable(record.table) ? record.table : { rowCount: 0, keys: [], columns: [] };
}

export function chunksToRows(records: readonly ChunkRecord[]): TypedRow[] {
  return decodeRows(concatTables(records.map(chunkTable)));
}

/** `exerciseId` is the owner: an exercise, or MY_DATA_OWNER for a shared file. */
export function datasetKey(exerciseId: string, specId: string): string {
  return `${exerciseId}\u0000${specId}`;
}

function isTypedValue(value: unknown): value is TypedValue {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

export function isTypedRow(value: unknown): value is TypedRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(isTypedValue);
}

