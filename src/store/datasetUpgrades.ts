/**
 * Upgrades of the datasets database, run by its open request in the one transaction of the upgrade: if any
 * part fails, the database stays at its old version and the data as it was.
 */
import { encodeRows } from '../data/columnar';
import { MY_DATA_OWNER } from './datasetLocation';
import { datasetKey, isTypedRow, type ChunkRecord, type HeaderRecord, type RowChunkRecord } from './datasetRecords';

// Casts in this file: IndexedDB gives `any` results; a record of an older version is read field by field.

/** Version 3's move, with the keys as versions 1 and 2 wrote them. */
const V3_MOVED = { from: datasetKey('program-roi', 'sales'), to: datasetKey(MY_DATA_OWNER, 'sales'), owner: MY_DATA_OWNER, id: 'sales' } as const;

/**
 * Version 1 → 2: each chunk of row objects becomes a chunk of columns. Version 2 → 3: the ROI sales chunks
 * move to "My data". One cursor pass does both, so an upgrade from version 1 needs no ordering of passes.
 */
export function upgradeChunks(chunks: IDBObjectStore, oldVersion: number): void {
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

export function moveHeaderToMyData(headers: IDBObjectStore): void {
  const request = headers.get(V3_MOVED.from);
  request.onsuccess = () => {
    const header = request.result as HeaderRecord | undefined;
    if (!header) return;
    headers.put({ ...header, key: V3_MOVED.to, exerciseId: V3_MOVED.owner, specId: V3_MOVED.id } satisfies HeaderRecord);
    headers.delete(V3_MOVED.from);
  };
}

