import { describe, expect, it } from 'vitest';
import { v3ToV4 } from '../../../src/store/migrations/v3-to-v4';
import { parseBackup } from '../../../src/store/backup';
import { STORE_VERSION } from '../../../src/store/schema';

/** A workbook as version 3 stored it: a Chinese group on the default roubles, one exercise gone through with "Next". */
const v3Entry = {
  stateVersion: 1,
  state: { note: 'x' },
  startedFrom: 'demo',
  currentStep: 'evaluation',
  completedSteps: ['discount', 'economics'],
  drafts: {},
  datasets: {},
  updatedAt: '2026-11-20T09:00:00.000Z',
};
const v3Workbook = {
  settings: { locale: 'zh', currency: 'RUB', presenter: false },
  exercises: { 'program-roi': v3Entry, kano: { ...v3Entry, currentStep: null, completedSteps: [] } },
  myData: {},
};

describe('store version 3 → 4', () => {
  it('starts the list of seen steps with those left by "Next" and the one open last', () => {
    const migrated = v3ToV4(v3Workbook);
    expect(migrated.exercises).toMatchObject({ 'program-roi': { visitedSteps: ['discount', 'economics', 'evaluation'] }, kano: { visitedSteps: [] } });
  });

  it('lets the default roubles follow the language, and keeps a currency picked by hand', () => {
    expect(v3ToV4(v3Workbook).settings).toEqual({ locale: 'zh', currency: null, presenter: false });
    expect(v3ToV4({ ...v3Workbook, settings: { locale: 'ru', currency: 'KZT', presenter: false } }).settings).toEqual({ locale: 'ru', currency: 'KZT', presenter: false });
  });

  it('passes anything not entry-shaped through for the schema to judge', () => {
    expect(v3ToV4({ settings: 'odd', exercises: 'odd' })).toEqual({ settings: 'odd', exercises: 'odd' });
    expect((v3ToV4({ settings: {}, exercises: { x: 5 } }).exercises as Record<string, unknown>).x).toBe(5);
  });

  it('opens a version 3 backup file through the chain', () => {
    const file = JSON.stringify({ format: 'loyalty-workbook-backup', schemaVersion: 3, createdAt: '2026-11-20T10:00:00.000Z', app: 'loyalty-workbook', workbook: v3Workbook, datasets: [] });
    const result = parseBackup(file);
    expect(result.ok && result.migratedFrom).toBe(3);
    if (!result.ok) return;
    expect(STORE_VERSION).toBeGreaterThanOrEqual(4);
    expect(result.backup.workbook.settings.currency).toBeNull();
    expect(result.backup.workbook.exercises['program-roi']?.visitedSteps).toEqual(['discount', 'economics', 'evaluation']);
  });
});
