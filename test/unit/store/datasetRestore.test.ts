import { beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_ROWS, listDatasets, loadDataset, saveDataset } from '../../../src/store/datasets';
import {
  discardStagedDatasets,
  exportAllDatasets,
  readRestoreUndo,
  stageBackupDatasets,
  swapInStagedDatasets,
  undoRestoreDatasets,
} from '../../../src/store/datasetRestore';
import type { DatasetSummary } from '../../../src/store/schema';
import type { TypedRow } from '../../../src/data/import/types';
import { datasetSummary } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

function summary(fileName: string, rowsImported: number): DatasetSummary {
  return datasetSummary(fileName, rowsImported);
}

function sales(count: number): TypedRow[] {
  return Array.from({ length: count }, (_, i) => ({ customer: `C${i}`, amount: i * 10, date: '2026-01-15', member: null }));
}

async function unwrap<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const names = async () => (await unwrap(listDatasets())).map((info) => `${info.exerciseId}/${info.specId}:${info.meta.fileName}`).sort();

describe('restoring datasets: all or nothing, with a way back', () => {
  beforeEach(async () => {
    await resetDatasetsDatabase();
  });

  it('stages the file’s tables without touching those in use, swaps them in at once, and undoes the swap', async () => {
    await unwrap(saveDataset('program-roi', 'members', sales(CHUNK_ROWS + 1), summary('mine.csv', CHUNK_ROWS + 1)));
    await unwrap(saveDataset('kano', 'answers', sales(2), summary('kano-mine.xlsx', 2)));
    const exported = await unwrap(exportAllDatasets());
    expect(exported.map((d) => [d.exerciseId, d.id, d.rows.length]).sort()).toEqual([['kano', 'answers', 2], ['program-roi', 'members', CHUNK_ROWS + 1]]);

    // The file brings only a Kano table of its own.
    const file = [{ id: 'answers', exerciseId: 'kano', meta: summary('kano-file.xlsx', 3), rows: sales(3) }];
    expect(await unwrap(stageBackupDatasets(JSON.parse(JSON.stringify(file))))).toBe(1);
    expect(await names()).toEqual(['kano/answers:kano-mine.xlsx', 'program-roi/members:mine.csv']);
    expect((await unwrap(exportAllDatasets())).length).toBe(2);

    await unwrap(swapInStagedDatasets({ workbook: '{"before":true}', fileName: 'backup.json', restoredAt: '2026-12-06T10:00:00.000Z' }));
    expect(await names()).toEqual(['kano/answers:kano-file.xlsx']);
    expect(await unwrap(loadDataset('program-roi', 'members'))).toBeNull();
    expect((await unwrap(loadDataset('kano', 'answers')))?.rows).toEqual(sales(3));
    expect(await unwrap(readRestoreUndo())).toEqual({ workbook: '{"before":true}', fileName: 'backup.json', restoredAt: '2026-12-06T10:00:00.000Z' });
    // A backup made now carries only what is in use, not the way back.
    expect((await unwrap(exportAllDatasets())).map((d) => d.meta)).toEqual([summary('kano-file.xlsx', 3)]);

    expect((await unwrap(undoRestoreDatasets()))?.fileName).toBe('backup.json');
    expect(await names()).toEqual(['kano/answers:kano-mine.xlsx', 'program-roi/members:mine.csv']);
    expect((await unwrap(loadDataset('program-roi', 'members')))?.rows.at(-1)).toEqual(sales(CHUNK_ROWS + 1).at(-1));
    expect(await unwrap(readRestoreUndo())).toBeNull();
    // Once undone, there is nothing left to undo, and nothing changes.
    expect(await unwrap(undoRestoreDatasets())).toBeNull();
    expect(await names()).toEqual(['kano/answers:kano-mine.xlsx', 'program-roi/members:mine.csv']);
  });

  it('refuses a file whose tables are damaged before staging anything, and drops what a failed restore staged', async () => {
    await unwrap(saveDataset('program-roi', 'members', sales(2), summary('mine.csv', 2)));
    const badMeta = await stageBackupDatasets([{ id: 'members', exerciseId: 'program-roi', meta: { fileName: 'x' }, rows: [] }]);
    expect(badMeta).toEqual({ ok: false, error: { code: 'invalid', detail: 'datasets[0].meta' } });
    const badRow = await stageBackupDatasets([{ id: 'members', exerciseId: 'program-roi', meta: summary('x.csv', 2), rows: [{ a: 1 }, [2, 3]] }]);
    expect(badRow).toEqual({ ok: false, error: { code: 'invalid', detail: 'datasets[0].rows[1]' } });

    await unwrap(stageBackupDatasets([{ id: 'members', exerciseId: 'program-roi', meta: summary('staged.csv', 1), rows: sales(1) }]));
    await unwrap(discardStagedDatasets());
    // A swap now has nothing staged to bring in: the tables in use go to the undo area and none come in.
    await unwrap(swapInStagedDatasets({ workbook: '{}', fileName: 'empty.json', restoredAt: '2026-12-06T10:00:00.000Z' }));
    expect(await names()).toEqual([]);
    await unwrap(undoRestoreDatasets());
    expect(await names()).toEqual(['program-roi/members:mine.csv']);
  });

  it('keeps one way back: a second restore replaces the first one’s', async () => {
    await unwrap(saveDataset('kano', 'answers', sales(1), summary('first.xlsx', 1)));
    for (const name of ['second.xlsx', 'third.xlsx']) {
      await unwrap(stageBackupDatasets([{ id: 'answers', exerciseId: 'kano', meta: summary(name, 1), rows: sales(1) }]));
      await unwrap(swapInStagedDatasets({ workbook: '{}', fileName: name, restoredAt: '2026-12-06T10:00:00.000Z' }));
    }
    expect(await names()).toEqual(['kano/answers:third.xlsx']);
    await unwrap(undoRestoreDatasets());
    expect(await names()).toEqual(['kano/answers:second.xlsx']);
  });
});
