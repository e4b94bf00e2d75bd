import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHUNK_ROWS,
  DATASETS_DB,
  closeDatasetsDatabase,
  deleteDataset,
  listDatasets,
  loadDataset,
  loadDatasetTable,
  saveDataset,
} from '../../../src/store/datasets';
import type { DatasetSummary } from '../../../src/store/schema';
import { MY_DATA_OWNER } from '../../../src/store/datasetLocation';
import { encodeRows } from '../../../src/data/columnar';
import type { TypedRow } from '../../../src/data/import/types';
import { datasetSummary } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

function summary(fileName: string, rowsImported: number): DatasetSummary {
  // A row skipped for a bad amount, so the mapping and the problem counts are stored and read back too.
  return datasetSummary(fileName, rowsImported, {
    sheet: fileName,
    encoding: 'windows-1251',
    rowsRead: rowsImported + 1,
    rowsSkipped: 1,
    mapping: { customer: { header: 'Клиент', index: 0 }, amount: { header: 'Сумма', index: 1 }, member: null },
    problemCounts: [{ code: 'notNumber', column: 'amount', count: 1 }],
  });
}

function sales(count: number, offset = 0): TypedRow[] {
  return Array.from({ length: count }, (_, i) => ({ customer: `C${i + offset}`, amount: (i + offset) * 10, date: '2026-01-15', member: null }));
}


/** A database as an earlier version of the app left it: that version's stores and records, written as they were. */
function writeOldDatabase(version: number, headers: object[], chunks: object[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(DATASETS_DB, version);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('datasets', { keyPath: 'key' });
      request.result.createObjectStore('chunks', { keyPath: ['datasetKey', 'index'] });
    };
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction(['datasets', 'chunks'], 'readwrite');
      for (const header of headers) transaction.objectStore('datasets').put(header);
      for (const chunk of chunks) transaction.objectStore('chunks').put(chunk);
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
    request.onerror = () => reject(request.error);
  });
}

async function unwrap<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('datasets in IndexedDB', () => {
  beforeEach(async () => {
    await closeDatasetsDatabase();
    await resetDatasetsDatabase();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('keeps rows across chunks in their order, and nothing for a dataset never imported', async () => {
    // 2.5 chunks: the last one is partial, so order and boundaries are both checked.
    const rows = sales(CHUNK_ROWS * 2 + CHUNK_ROWS / 2);
    await unwrap(saveDataset('program-roi', 'sales', rows, summary('продажи.csv', rows.length), new Date('2026-11-20T10:00:00Z')));
    const loaded = await unwrap(loadDataset('program-roi', 'sales'));
    expect(loaded?.rows).toHaveLength(rows.length);
    expect(loaded?.rows[0]).toEqual({ customer: 'C0', amount: 0, date: '2026-01-15', member: null });
    expect(loaded?.rows[CHUNK_ROWS]).toEqual({ customer: `C${CHUNK_ROWS}`, amount: CHUNK_ROWS * 10, date: '2026-01-15', member: null });
    expect(loaded?.rows.at(-1)?.customer).toBe(`C${rows.length - 1}`);
    expect(loaded?.meta.fileName).toBe('продажи.csv');
    expect(loaded?.savedAt).toBe('2026-11-20T10:00:00.000Z');
    expect(await unwrap(loadDataset('program-roi', 'members'))).toBeNull();
    expect(await unwrap(loadDataset('kano', 'sales'))).toBeNull();
  });

  it('replaces a dataset whole: a smaller file leaves none of the old chunks behind', async () => {
    await unwrap(saveDataset('program-roi', 'sales', sales(CHUNK_ROWS * 3), summary('big.csv', CHUNK_ROWS * 3)));
    await unwrap(saveDataset('program-roi', 'sales', sales(3, 100), summary('small.csv', 3)));
    const loaded = await unwrap(loadDataset('program-roi', 'sales'));
    expect(loaded?.rows.map((row) => row.customer)).toEqual(['C100', 'C101', 'C102']);
    expect(loaded?.meta.fileName).toBe('small.csv');
    expect(loaded?.rowCount).toBe(3);
  });

  it('lists datasets without their rows and deletes one without touching another', async () => {
    await unwrap(saveDataset('program-roi', 'sales', sales(2), summary('a.csv', 2)));
    await unwrap(saveDataset('program-roi', 'members', sales(5), summary('b.csv', 5)));
    const listed = await unwrap(listDatasets());
    expect(listed.map((info) => [info.specId, info.rowCount]).sort()).toEqual([['members', 5], ['sales', 2]]);
    expect(listed[0]).not.toHaveProperty('rows');
    await unwrap(deleteDataset('program-roi', 'sales'));
    expect(await unwrap(loadDataset('program-roi', 'sales'))).toBeNull();
    expect((await unwrap(loadDataset('program-roi', 'members')))?.rows).toHaveLength(5);
  });

  it('keeps the previous dataset when the new one fails half-way (quota)', async () => {
    await unwrap(saveDataset('program-roi', 'sales', sales(4), summary('old.csv', 4)));
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls++;
      // The second chunk does not fit: the first one and the delete of the old chunks were already queued.
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const result = await saveDataset('program-roi', 'sales', sales(CHUNK_ROWS * 2), summary('new.csv', CHUNK_ROWS * 2));
    expect(result).toEqual({ ok: false, error: { code: 'quota', detail: expect.stringContaining('QuotaExceededError') } });
    vi.restoreAllMocks();
    const loaded = await unwrap(loadDataset('program-roi', 'sales'));
    expect(loaded?.meta.fileName).toBe('old.csv');
    expect(loaded?.rows.map((row) => row.customer)).toEqual(['C0', 'C1', 'C2', 'C3']);
  });

  it('reports a browser without IndexedDB (private mode) as a value, not an exception', async () => {
    await closeDatasetsDatabase();
    vi.stubGlobal('indexedDB', undefined);
    const result = await saveDataset('program-roi', 'sales', sales(1), summary('a.csv', 1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('unavailable');
  });

  it('opens what version 1 stored (row objects in chunks of 10,000) and reads it as columns', async () => {
    // Written the way the version of stop 7 wrote it: database version 1, one record of row objects per chunk.
    const key = 'program-roi\u0000sales';
    const oldRows = sales(10_003);
    await writeOldDatabase(
      1,
      [{ key, exerciseId: 'program-roi', specId: 'sales', meta: summary('старый.csv', oldRows.length), rowCount: oldRows.length, savedAt: '2026-11-01T08:00:00.000Z', chunkCount: 2 }],
      [
        { datasetKey: key, index: 0, rows: oldRows.slice(0, 10_000) },
        { datasetKey: key, index: 1, rows: oldRows.slice(10_000) },
      ],
    );

    // Version 3 keeps the sales file in "My data": the rows moved there, and nothing is left under the exercise.
    const loaded = await unwrap(loadDataset(MY_DATA_OWNER, 'sales'));
    expect(loaded?.rows).toEqual(oldRows);
    expect(loaded?.meta.fileName).toBe('старый.csv');
    expect(await unwrap(loadDataset('program-roi', 'sales'))).toBeNull();
    const table = await unwrap(loadDatasetTable(MY_DATA_OWNER, 'sales'));
    expect(table?.table.rowCount).toBe(10_003);
    expect(table?.table.columns.map((column) => column.kind)).toEqual(['text', 'number', 'date', 'empty']);
    expect((await unwrap(listDatasets())).map((info) => [info.exerciseId, info.specId, info.rowCount])).toEqual([[MY_DATA_OWNER, 'sales', 10_003]]);
  });

  it('moves the sales file of version 2 (columns) to "My data" and leaves other datasets where they were', async () => {
    const salesKey = 'program-roi\u0000sales';
    const kanoKey = 'kano\u0000answers';
    const header = (key: string, exerciseId: string, specId: string, rows: number) => ({
      key, exerciseId, specId, meta: summary(`${specId}.csv`, rows), rowCount: rows, savedAt: '2026-11-10T08:00:00.000Z', chunkCount: 1,
    });
    await writeOldDatabase(
      2,
      [header(salesKey, 'program-roi', 'sales', 3), header(kanoKey, 'kano', 'answers', 2)],
      [
        { datasetKey: salesKey, index: 0, table: encodeRows(sales(3)) },
        { datasetKey: kanoKey, index: 0, table: encodeRows(sales(2)) },
      ],
    );
    expect((await unwrap(loadDataset(MY_DATA_OWNER, 'sales')))?.rows).toEqual(sales(3));
    expect(await unwrap(loadDataset('program-roi', 'sales'))).toBeNull();
    expect((await unwrap(loadDataset('kano', 'answers')))?.rows).toEqual(sales(2));
  });
});

