import { beforeEach, describe, expect, it, vi } from 'vitest';
import { v1ToV2 } from '../../../src/store/migrations/v1-to-v2';
import { parseBackup } from '../../../src/store/backup';
import { STORAGE_KEY, STORE_VERSION } from '../../../src/store/schema';

/** An entry exactly as version 1 wrote it: no `datasets`. */
const v1Entry = {
  stateVersion: 1,
  state: { margin: 0.3 },
  startedFrom: 'blank',
  currentStep: 'economics',
  completedSteps: ['discount'],
  drafts: { 'economics.cost': '12 0o0' },
  updatedAt: '2026-10-01T08:00:00.000Z',
};

const v1Workbook = { settings: { locale: 'ru', currency: 'RUB', presenter: false }, exercises: { 'program-roi': v1Entry } };

describe('migration v1 → v2: datasets in every exercise entry', () => {
  beforeEach(() => localStorage.clear());

  it('adds an empty `datasets` to each entry and changes nothing else', () => {
    expect(v1ToV2(v1Workbook)).toEqual({ ...v1Workbook, exercises: { 'program-roi': { ...v1Entry, datasets: {} } } });
    // The input is not mutated: the kept-aside copy of a failed load must stay what was stored.
    expect(v1Workbook.exercises['program-roi']).not.toHaveProperty('datasets');
  });

  it('passes through what is not entry-shaped, for the schema to judge after migration', () => {
    expect(v1ToV2({ settings: {} })).toEqual({ settings: {} });
    expect(v1ToV2({ exercises: { odd: 'text', list: [1] } })).toEqual({ exercises: { odd: 'text', list: [1] } });
  });

  it('loads a version-1 value from localStorage with the progress intact', async () => {
    // Migrated through every version since, to the current one.
    expect(STORE_VERSION).toBe(5);
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: v1Workbook, version: 1 }));
    vi.resetModules();
    const { useWorkbookStore } = await import('../../../src/store/workbookStore');
    const { useStorageStatus } = await import('../../../src/store/storageStatus');
    const entry = useWorkbookStore.getState().exercises['program-roi'];
    expect(entry).toEqual({ ...v1Entry, startedFrom: 'blank', datasets: {}, visitedSteps: [...v1Entry.completedSteps, v1Entry.currentStep] });
    expect(useStorageStatus.getState().keptAside).toEqual([]);
    // The next write stores the new shape under the new version.
    useWorkbookStore.getState().setCurrency('EUR');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state.exercises['program-roi'].datasets).toEqual({});
  });

  it('restores a version-1 backup file, saying it was upgraded', () => {
    const file = JSON.stringify({
      format: 'loyalty-workbook-backup',
      schemaVersion: 1,
      createdAt: '2026-10-02T08:00:00.000Z',
      app: 'loyalty-workbook',
      workbook: v1Workbook,
      datasets: [],
    });
    const result = parseBackup(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.backup.schemaVersion).toBe(STORE_VERSION);
    expect(result.backup.workbook.exercises['program-roi']).toEqual({ ...v1Entry, startedFrom: 'blank', datasets: {}, visitedSteps: [...v1Entry.completedSteps, v1Entry.currentStep] });
  });
});
