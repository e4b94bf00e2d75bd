import { describe, expect, it } from 'vitest';
import { v4ToV5 } from '../../../src/store/migrations/v4-to-v5';
import { parseBackup } from '../../../src/store/backup';
import { STORE_VERSION } from '../../../src/store/schema';

/** A workbook as version 4 stored it: a Chinese group with money following the language, one exercise begun. */
const v4Workbook = {
  settings: { locale: 'zh', currency: null, presenter: false },
  exercises: {
    kano: {
      stateVersion: 3,
      state: { note: 'x' },
      startedFrom: 'demo',
      currentStep: 'features',
      completedSteps: [],
      visitedSteps: ['features'],
      drafts: {},
      datasets: {},
      updatedAt: '2026-12-01T09:00:00.000Z',
    },
  },
  myData: {},
};

describe('store version 4 → 5', () => {
  it('starts the team name empty and keeps every other setting and the progress as they were', () => {
    const migrated = v4ToV5(v4Workbook);
    expect(migrated.settings).toEqual({ locale: 'zh', currency: null, presenter: false, team: '' });
    expect(migrated.exercises).toBe(v4Workbook.exercises);
    expect(migrated.myData).toBe(v4Workbook.myData);
  });

  it('passes settings that are not an object through for the schema to judge', () => {
    expect(v4ToV5({ settings: 'odd', exercises: {} })).toEqual({ settings: 'odd', exercises: {} });
    expect(v4ToV5({ exercises: {} })).toEqual({ exercises: {} });
  });

  it('opens a version 4 backup file through the chain', () => {
    const file = JSON.stringify({ format: 'loyalty-workbook-backup', schemaVersion: 4, createdAt: '2026-12-01T10:00:00.000Z', app: 'loyalty-workbook', workbook: v4Workbook, datasets: [] });
    const result = parseBackup(file);
    expect(result.ok && result.migratedFrom).toBe(4);
    if (!result.ok) return;
    expect(STORE_VERSION).toBe(5);
    expect(result.backup.workbook.settings).toEqual({ locale: 'zh', currency: null, presenter: false, team: '' });
    expect(result.backup.workbook.exercises.kano?.visitedSteps).toEqual(['features']);
  });
});
