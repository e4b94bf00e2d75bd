import { describe, expect, it } from 'vitest';
import { v2ToV3 } from '../../../src/store/migrations/v2-to-v3';
import { parseBackup } from '../../../src/store/backup';
import { MY_DATA_OWNER } from '../../../src/store/datasetLocation';
import { STORE_VERSION } from '../../../src/store/schema';

/** A workbook as version 2 stored it: the ROI exercise's own sales summary, and a member list beside it. */
const salesSummary = {
  fileName: 'продажи.csv',
  format: 'csv',
  sheet: '',
  encoding: 'windows-1251',
  delimiter: ';',
  headerRow: 0,
  importedAt: '2026-11-20T09:00:00.000Z',
  rowsRead: 3,
  rowsImported: 3,
  rowsSkipped: 0,
  blankRowsIgnored: 0,
  mapping: { customer: { header: 'Клиент', index: 0 } },
  problemCounts: [],
};
const listSummary = { ...salesSummary, fileName: 'участники.csv' };
const v2Entry = {
  stateVersion: 1,
  state: { note: 'x' },
  startedFrom: 'demo',
  currentStep: 'evaluation',
  completedSteps: ['discount'],
  drafts: {},
  datasets: { sales: salesSummary, members: listSummary },
  updatedAt: '2026-11-20T09:00:01.000Z',
};
const v2Workbook = { settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: { 'program-roi': v2Entry, kano: { ...v2Entry, datasets: {} } } };

describe('migration v2 → v3: the sales file moves to "My data"', () => {
  it('moves the ROI sales summary to myData.sales and keeps the member list with the exercise', () => {
    const lifted = v2ToV3(v2Workbook);
    expect(lifted.myData).toEqual({ sales: salesSummary });
    expect((lifted.exercises as Record<string, typeof v2Entry>)['program-roi']?.datasets).toEqual({ members: listSummary });
    expect((lifted.exercises as Record<string, unknown>).kano).toEqual(v2Workbook.exercises.kano);
  });

  it('gives a workbook without imports an empty "My data", and passes odd shapes through', () => {
    expect(v2ToV3({ settings: {}, exercises: {} })).toEqual({ settings: {}, exercises: {}, myData: {} });
    expect(v2ToV3({ exercises: { 'program-roi': 'text' } })).toEqual({ exercises: { 'program-roi': 'text' }, myData: {} });
  });

  it('restores a version-2 backup with the sales rows in "My data"', () => {
    const file = JSON.stringify({
      format: 'loyalty-workbook-backup',
      schemaVersion: 2,
      createdAt: '2026-11-21T08:00:00.000Z',
      app: 'loyalty-workbook',
      workbook: v2Workbook,
      datasets: [
        { id: 'sales', exerciseId: 'program-roi', meta: salesSummary, rows: [{ customer: 'A' }] },
        { id: 'members', exerciseId: 'program-roi', meta: listSummary, rows: [{ customer: 'A' }] },
      ],
    });
    const result = parseBackup(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.backup.schemaVersion).toBe(STORE_VERSION);
    expect(result.backup.workbook.myData).toEqual({ sales: salesSummary });
    expect(result.backup.datasets.map((dataset) => [dataset.exerciseId, dataset.id])).toEqual([
      [MY_DATA_OWNER, 'sales'],
      ['program-roi', 'members'],
    ]);
  });
});
