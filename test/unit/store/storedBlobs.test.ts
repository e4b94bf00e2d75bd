import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exercises } from '../../../exercises';
import { parseBackup } from '../../../src/store/backup';
import { STORAGE_KEY, STORE_VERSION, type PersistedWorkbook } from '../../../src/store/schema';
import { readExerciseState } from '../../../src/workbook/exerciseState';

/**
 * What earlier builds really wrote (test/fixtures/stored/README.md), opened by this one: the alumnus's
 * edits come back, no exercise is set aside as unreadable, and the next save is in the current format.
 */
const fixture = (name: string) => readFileSync(resolve('test/fixtures/stored', name), 'utf8');

/** Each exercise's state as the current version reads it, failing loudly where it would start over. */
function readAll(workbook: PersistedWorkbook) {
  return Object.fromEntries(
    Object.entries(workbook.exercises).map(([id, entry]) => {
      const definition = exercises.find((exercise) => exercise.id === id)?.state;
      expect(definition, `an exercise "${id}" in the registry`).toBeDefined();
      const read = readExerciseState(definition!, entry, 'ru');
      expect(read.problem, `${id} is readable`).toBeNull();
      return [id, read.state];
    }),
  );
}

/** The edits the fixtures' README lists, through the states as the current exercises type them. */
function editedValues(states: Record<string, unknown>) {
  const roi = states['program-roi'] as { program: { members: number | null }; discount: { margin: number | null } } | undefined;
  const kano = states.kano as { features: { name: string }[] } | undefined;
  const servqual = states.servqual as { questionnaire: { companyName: string } } | undefined;
  return {
    members: roi?.program.members,
    margin: roi?.discount.margin,
    firstKanoFeature: kano?.features[0]?.name,
    company: servqual?.questionnaire.companyName,
  };
}

async function openStored(file: string) {
  localStorage.clear();
  for (const [key, value] of Object.entries(JSON.parse(fixture(file)) as Record<string, string>)) localStorage.setItem(key, value);
  vi.resetModules();
  const { useWorkbookStore } = await import('../../../src/store/workbookStore');
  const { useStorageStatus } = await import('../../../src/store/storageStatus');
  return { store: useWorkbookStore, keptAside: useStorageStatus.getState().keptAside };
}

describe('a browser that used version 1 (program ROI only)', () => {
  it('opens with the edits intact and saves in the current format', async () => {
    const { store, keptAside } = await openStored('localStorage-v1.json');
    expect(keptAside).toEqual([]);
    expect(editedValues(readAll(store.getState()))).toEqual({ members: 7, margin: 0.07, firstKanoFeature: undefined, company: undefined });
    store.getState().setCurrency('EUR');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null').version).toBe(STORE_VERSION);
  });

  it('restores its backup file, saying it was upgraded', () => {
    const result = parseBackup(fixture('backup-v1.json'));
    expect(result.ok && result.migratedFrom).toBe(1);
    if (!result.ok) return;
    expect(editedValues(readAll(result.backup.workbook))).toEqual({ members: 7, margin: 0.07, firstKanoFeature: undefined, company: undefined });
  });
});

describe('a browser that used version 2 (ROI, Kano, SERVQUAL)', () => {
  const edited = { members: 7, margin: 0.3, firstKanoFeature: 'Бонусы за каждую покупку (изменено)', company: ' (изменено)' };

  it('opens with every exercise’s edits intact', async () => {
    const { store, keptAside } = await openStored('localStorage-v2.json');
    expect(keptAside).toEqual([]);
    expect(editedValues(readAll(store.getState()))).toEqual(edited);
  });

  it('restores its backup file', () => {
    const result = parseBackup(fixture('backup-v2.json'));
    expect(result.ok && result.migratedFrom).toBe(2);
    if (!result.ok) return;
    expect(editedValues(readAll(result.backup.workbook))).toEqual(edited);
  });
});

describe('a browser that used version 3 (the three exercises and "My data")', () => {
  const edited = { members: 7, margin: 0.3, firstKanoFeature: 'Бонусы за каждую покупку (изменено)', company: ' (изменено)' };

  it('opens with every exercise’s edits intact', async () => {
    const { store, keptAside } = await openStored('localStorage-v3.json');
    expect(keptAside).toEqual([]);
    expect(editedValues(readAll(store.getState()))).toEqual(edited);
    // Version 4: the steps seen so far are those left with "Next" and the one open; roubles now follow the language.
    expect(store.getState().exercises['program-roi']?.visitedSteps).toEqual(['economics', 'sensitivity']);
    expect(store.getState().settings).toEqual({ locale: 'ru', currency: null, presenter: false, team: '' });
  });

  it('restores its backup file', () => {
    const result = parseBackup(fixture('backup-v3.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(editedValues(readAll(result.backup.workbook))).toEqual(edited);
  });
});

describe('a browser that used version 4 (every exercise, before the team name)', () => {
  const edited = { members: 7, margin: 0.3, firstKanoFeature: 'Бонусы за каждую покупку (изменено)', company: ' (изменено)' };

  it('opens with every exercise’s edits intact', async () => {
    const { store, keptAside } = await openStored('localStorage-v4.json');
    expect(keptAside).toEqual([]);
    expect(editedValues(readAll(store.getState()))).toEqual(edited);
    expect(store.getState().exercises['program-roi']?.visitedSteps).toEqual(['economics', 'sensitivity']);
    // Version 5: the team name starts empty (the hand-in asks for one).
    expect(store.getState().settings.team).toBe('');
  });

  it('restores its backup file', () => {
    const result = parseBackup(fixture('backup-v4.json'));
    expect(result.ok && result.migratedFrom).toBe(4);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(editedValues(readAll(result.backup.workbook))).toEqual(edited);
  });
});
