import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  backupFileName,
  createBackup,
  describeDatasetRestore,
  describeRestore,
  describeSettingsChange,
  parseBackup,
  type BackupParseResult,
} from '../../../src/store/backup';
import { STORE_VERSION, type ExerciseEntry, type PersistedWorkbook } from '../../../src/store/schema';
import type { Migration } from '../../../src/store/migrations';
import { datasetSummary, exerciseEntry, persistedWorkbook, workbookSettings } from '../../builders';

function entry(completedSteps: string[], updatedAt = '2025-03-01T10:00:00.000Z', startedFrom: ExerciseEntry['startedFrom'] = 'demo'): ExerciseEntry {
  return exerciseEntry({ state: { price: 10 }, startedFrom, currentStep: completedSteps.at(-1) ?? null, completedSteps, drafts: { note: 'черновик' }, updatedAt });
}

const workbook = persistedWorkbook({
  settings: workbookSettings({ locale: 'en', currency: 'USD' }),
  exercises: { 'program-roi': entry(['discount', 'economics']), 'future-exercise': entry(['a'], '2025-04-01T00:00:00.000Z', 'blank') },
});

function expectError(result: BackupParseResult) {
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.error;
}

function fileWith(overrides: Record<string, unknown>): string {
  return JSON.stringify({ ...createBackup(workbook, [], new Date('2025-05-01T12:00:00Z')), ...overrides });
}

describe('createBackup and parseBackup', () => {
  it('round-trips a workbook through JSON unchanged', () => {
    const now = new Date('2025-05-01T12:00:00Z');
    const backup = createBackup(workbook, [], now);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: STORE_VERSION, createdAt: '2025-05-01T12:00:00.000Z', app: 'loyalty-workbook', datasets: [] });
    const result = parseBackup(JSON.stringify(backup));
    expect(result).toEqual({ ok: true, backup, migratedFrom: null });
    if (result.ok) expect(result.backup.workbook).toEqual(workbook);
  });

  it('keeps only the persisted part of what it is given, and carries datasets', () => {
    const store: PersistedWorkbook & { setLocale: () => void } = { ...workbook, setLocale: () => undefined };
    const datasets = [{ id: 'd1', exerciseId: 'program-roi', meta: { sheet: 'Лист1' }, rows: [{ a: 1 }, [2, 3]] }];
    const backup = createBackup(store, datasets);
    expect(Object.keys(backup.workbook)).toEqual(['settings', 'exercises', 'myData']);
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok && result.backup.datasets).toEqual(datasets);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2025, 0, 7, 23, 30))).toBe('loyalty-workbook-backup-2025-01-07.json');
  });

  it('refuses text that is not JSON', () => {
    expect(expectError(parseBackup('{"format": "loyalty-workbook-backup",'))).toEqual({ code: 'not-json' });
    expect(expectError(parseBackup(''))).toEqual({ code: 'not-json' });
  });

  it('refuses JSON that is not a backup', () => {
    expect(expectError(parseBackup(fileWith({ format: 'something-else' })))).toEqual({ code: 'not-backup' });
    expect(expectError(parseBackup(JSON.stringify({ settings: workbook.settings, exercises: {} })))).toEqual({ code: 'not-backup' });
    expect(expectError(parseBackup('[]'))).toEqual({ code: 'not-backup' });
    expect(expectError(parseBackup('null'))).toEqual({ code: 'not-backup' });
    expect(expectError(parseBackup('"loyalty-workbook-backup"'))).toEqual({ code: 'not-backup' });
  });

  it('refuses a backup from a newer version, saying which', () => {
    expect(expectError(parseBackup(fileWith({ schemaVersion: STORE_VERSION + 1 })))).toEqual({ code: 'newer', version: STORE_VERSION + 1 });
  });

  it('migrates an older backup through the numbered migrations', () => {
    // A made-up schema 0 that kept the language at the top level as `lang`.
    const v0ToV1: Migration = (stored) => {
      const { lang, currency, ...rest } = stored;
      return { ...rest, settings: { locale: lang, currency, presenter: false } };
    };
    const steps: Record<number, Migration> = { [STORE_VERSION - 1]: v0ToV1 };
    const old = JSON.stringify({
      format: BACKUP_FORMAT,
      schemaVersion: STORE_VERSION - 1,
      createdAt: '2024-12-31T08:00:00.000Z',
      app: 'loyalty-workbook',
      workbook: { lang: 'zh', currency: 'CNY', exercises: { 'program-roi': entry(['discount']) } },
    });
    const result = parseBackup(old, steps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(STORE_VERSION - 1);
    expect(result.backup.schemaVersion).toBe(STORE_VERSION);
    expect(result.backup.datasets).toEqual([]);
    expect(result.backup.workbook).toEqual({
      settings: { locale: 'zh', currency: 'CNY', presenter: false },
      exercises: { 'program-roi': entry(['discount']) },
    });
  });

  it('refuses an older backup it has no migration for, or whose migration fails', () => {
    const old = fileWith({ schemaVersion: STORE_VERSION - 1 });
    expect(expectError(parseBackup(old, {}))).toMatchObject({ code: 'invalid', detail: expect.stringMatching(/no migration/) });
    const throwing: Record<number, Migration> = {
      [STORE_VERSION - 1]: () => {
        throw new Error('boom');
      },
    };
    expect(expectError(parseBackup(old, throwing))).toMatchObject({ code: 'invalid', detail: expect.stringMatching(/boom/) });
  });

  it('refuses the whole file when one exercise entry is damaged, naming where', () => {
    const { completedSteps: _dropped, ...damaged } = entry(['discount']);
    const text = fileWith({ workbook: { ...workbook, exercises: { ...workbook.exercises, 'program-roi': damaged } } });
    expect(expectError(parseBackup(text))).toEqual({ code: 'invalid', detail: 'workbook.exercises.program-roi.completedSteps' });
  });

  it('refuses bad settings, a bad envelope and bad datasets, naming where', () => {
    const badLocale = fileWith({ workbook: { ...workbook, settings: { ...workbook.settings, locale: 'de' } } });
    expect(expectError(parseBackup(badLocale))).toEqual({ code: 'invalid', detail: 'workbook.settings.locale' });
    expect(expectError(parseBackup(fileWith({ schemaVersion: '1' })))).toEqual({ code: 'invalid', detail: 'schemaVersion' });
    expect(expectError(parseBackup(fileWith({ workbook: null })))).toEqual({ code: 'invalid', detail: 'workbook' });
    const badRows = fileWith({ datasets: [{ id: 'd', exerciseId: 'x', meta: null, rows: 'a,b' }] });
    expect(expectError(parseBackup(badRows))).toEqual({ code: 'invalid', detail: 'datasets[0].rows' });
  });
});

describe('describeRestore', () => {
  const current = persistedWorkbook({ exercises: { second: entry(['x', 'y', 'z'], '2025-02-01T00:00:00.000Z'), zeta: entry([]) } });
  const incoming = persistedWorkbook({
    settings: workbookSettings({ presenter: true }),
    exercises: { first: entry(['a'], '2025-03-03T00:00:00.000Z', 'blank'), second: entry(['x']), alpha: entry(['q', 'q']) },
  });

  it('lists known exercises in the registry’s order, then unknown ones by id, with both sides summarised', () => {
    const rows = describeRestore(current, incoming, ['first', 'second', 'third']);
    expect(rows.map((row) => [row.exerciseId, row.known])).toEqual([
      ['first', true],
      ['second', true],
      ['alpha', false],
      ['zeta', false],
    ]);
    expect(rows[0]).toEqual({
      exerciseId: 'first',
      known: true,
      current: null,
      incoming: { completedSteps: 1, updatedAt: '2025-03-03T00:00:00.000Z', startedFrom: 'blank' },
    });
    expect(rows[1]?.current).toEqual({ completedSteps: 3, updatedAt: '2025-02-01T00:00:00.000Z', startedFrom: 'demo' });
    expect(rows[1]?.incoming?.completedSteps).toBe(1);
    // A step recorded twice is still one step done.
    expect(rows[2]?.incoming?.completedSteps).toBe(1);
    expect(rows[3]?.incoming).toBeNull();
  });

  it('counts work done as the caller says, on each side with that side’s own workbook, and clicks only where it cannot tell', () => {
    // The caller's rule here: a step is done per price entered on that side, whatever "Next" recorded.
    const countDone = (exerciseId: string, _entry: ExerciseEntry, workbook: PersistedWorkbook) =>
      exerciseId === 'second' ? (workbook === incoming ? 2 : 0) : null;
    const rows = describeRestore(current, incoming, ['first', 'second'], countDone);
    expect(rows[1]?.current?.completedSteps).toBe(0);
    expect(rows[1]?.incoming?.completedSteps).toBe(2);
    // 'first' cannot be counted: the steps left with "Next" stand in.
    expect(rows[0]?.incoming?.completedSteps).toBe(1);
  });

  it('reads exercise ids as data: a file with "toString" or "constructor" lists them as unknown exercises', () => {
    const text = JSON.stringify(createBackup({ ...incoming, exercises: { toString: entry(['a']), constructor: entry(['b', 'c']) } }));
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const rows = describeRestore(current, parsed.backup.workbook, ['first']);
    expect(rows.map((row) => [row.exerciseId, row.known, row.current, row.incoming?.completedSteps])).toEqual([
      ['constructor', false, null, 2],
      ['second', false, { completedSteps: 3, updatedAt: '2025-02-01T00:00:00.000Z', startedFrom: 'demo' }, undefined],
      ['toString', false, null, 1],
      ['zeta', false, { completedSteps: 0, updatedAt: '2025-03-01T10:00:00.000Z', startedFrom: 'demo' }, undefined],
    ]);
  });

  it('says when the language or currency would change, and ignores presenter mode', () => {
    expect(describeSettingsChange(current.settings, incoming.settings)).toBeNull();
    expect(describeSettingsChange(current.settings, { ...current.settings, currency: 'EUR' })).toEqual({ locale: 'ru', currency: 'EUR' });
    expect(describeSettingsChange(current.settings, { ...current.settings, locale: 'zh' })).toEqual({ locale: 'zh', currency: 'RUB' });
  });
});

describe('describeDatasetRestore', () => {
  it('counts the rows a file carries instead of trusting its summary', () => {
    const meta = datasetSummary('март.csv', 100, { encoding: null, delimiter: null, importedAt: '2026-03-01T00:00:00.000Z' });
    const rows = describeDatasetRestore({ ...workbook, exercises: {} }, [{ exerciseId: 'kano', specId: 'answers', meta, rowCount: 2 }]);
    expect(rows).toEqual([{ exerciseId: 'kano', specId: 'answers', current: null, incoming: { fileName: 'март.csv', rowsImported: 2, importedAt: '2026-03-01T00:00:00.000Z' } }]);
  });
});

