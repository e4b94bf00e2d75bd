import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, createBackup } from '../../../src/store/backup';
import { MY_DATA_OWNER } from '../../../src/store/datasetLocation';
import { buildPack, isPackName, PACK_FORMAT, PACK_VERSION, packFileName, readPack, suggestPackName, type PackChoice } from '../../../src/trainer/packs/packFile';
import { datasetSummary, exerciseEntry, persistedWorkbook, workbookSettings } from '../../builders';

const NOW = new Date('2026-12-06T09:30:00.000Z');

/** The trainer's workbook: Kano features of their own, SERVQUAL untouched, their sales in "My data" and a Kano survey of their own. */
const trainer = persistedWorkbook({
  // A field the settings may grow (a team name, by another part of the app) must never travel in a pack.
  settings: { ...workbookSettings({ locale: 'zh', currency: 'EUR' }), teamName: 'Команда тренера' } as ReturnType<typeof workbookSettings>,
  exercises: {
    kano: exerciseEntry({ stateVersion: 3, state: { features: ['Доставка за час'] }, completedSteps: ['features'], drafts: { 'x': '1,' }, currentStep: 'answers' }),
    servqual: exerciseEntry({ state: { statements: [] } }),
  },
  myData: { sales: datasetSummary('продажи.csv', 2) },
});

const SALES_ROWS = { id: 'sales', exerciseId: MY_DATA_OWNER, meta: datasetSummary('продажи.csv', 2), rows: [{ customer: 'A' }, { customer: 'B' }] };
const KANO_ANSWERS = { id: 'answers', exerciseId: 'kano', meta: datasetSummary('ответы.xlsx', 1), rows: [{ f: 1 }] };
const SERVQUAL_ROWS = { id: 'answers', exerciseId: 'servqual', meta: datasetSummary('servqual.xlsx', 1), rows: [{ q: 1 }] };

function choice(overrides: Partial<PackChoice> = {}): PackChoice {
  return { name: 'retail-spb', title: '  Розница СПб  ', note: ' Начните с Kano. ', exerciseIds: ['kano'], datasets: [], withSettings: false, ...overrides };
}

describe('buildPack', () => {
  it('holds the ticked exercises’ states and their versions, no progress marks, drafts or step, and trims the texts', () => {
    const pack = buildPack(trainer, choice(), NOW);
    expect(pack).toEqual({
      format: PACK_FORMAT,
      packVersion: PACK_VERSION,
      createdAt: '2026-12-06T09:30:00.000Z',
      name: 'retail-spb',
      title: 'Розница СПб',
      note: 'Начните с Kano.',
      exercises: { kano: { stateVersion: 3, state: { features: ['Доставка за час'] } } },
      datasets: [],
      settings: null,
    });
  });

  it('takes only language and currency from the settings, when ticked: never the team name or presenter mode', () => {
    const pack = buildPack(trainer, choice({ withSettings: true }), NOW);
    expect(pack.settings).toEqual({ locale: 'zh', currency: 'EUR' });
    expect(JSON.stringify(pack)).not.toContain('Команда тренера');
  });

  it('carries "My data" tables and tables of ticked exercises; a table of an exercise left out would refer to nothing, so it stays out', () => {
    const pack = buildPack(trainer, choice({ datasets: [SALES_ROWS, KANO_ANSWERS, SERVQUAL_ROWS] }), NOW);
    expect(pack.datasets).toEqual([SALES_ROWS, KANO_ANSWERS]);
  });

  it('skips a ticked exercise the workbook has no entry for', () => {
    expect(Object.keys(buildPack(trainer, choice({ exerciseIds: ['kano', 'program-roi'] }), NOW).exercises)).toEqual(['kano']);
  });
});

describe('pack names', () => {
  it('accepts lower-case Latin letters, digits, "-" and "_" only: they name a file on the host and go into a URL', () => {
    expect(isPackName('retail-spb_2026')).toBe(true);
    for (const bad of ['', 'Retail', '../secret', 'a/b', 'a.json', 'розница', 'a b', 'x'.repeat(65), '%2e%2e']) expect(isPackName(bad), bad).toBe(false);
  });

  it('suggests a file name from the title, and "pack" when no Latin letter survives', () => {
    expect(suggestPackName('Retail SPb 2026!')).toBe('retail-spb-2026');
    expect(suggestPackName('Розница')).toBe('pack');
    expect(isPackName(suggestPackName(`${'Ab '.repeat(40)}`))).toBe(true);
    expect(packFileName({ name: 'retail-spb' })).toBe('retail-spb.json');
  });
});

describe('readPack', () => {
  const written = JSON.stringify(buildPack(trainer, choice({ datasets: [SALES_ROWS], withSettings: true }), NOW));

  it('reads back what buildPack wrote', () => {
    const read = readPack(written);
    expect(read).toEqual({ ok: true, pack: JSON.parse(written), migratedFrom: null });
  });

  it('refuses text that is not JSON, JSON that is not a pack, and a backup file', () => {
    expect(readPack('{oops')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(readPack('[1, 2]')).toEqual({ ok: false, error: { code: 'not-pack' } });
    const backup = createBackup(trainer, [], NOW);
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(readPack(JSON.stringify(backup))).toEqual({ ok: false, error: { code: 'not-pack' } });
  });

  it('refuses a pack from a newer app with its version, before reading anything else of it', () => {
    const newer = { ...JSON.parse(written), packVersion: PACK_VERSION + 1, exercises: 'something new' };
    expect(readPack(JSON.stringify(newer))).toEqual({ ok: false, error: { code: 'newer', version: PACK_VERSION + 1 } });
  });

  it('names the damaged field', () => {
    expect(readPack(JSON.stringify({ ...JSON.parse(written), name: '../etc' }))).toEqual({ ok: false, error: { code: 'invalid', detail: 'name' } });
    expect(readPack(JSON.stringify({ ...JSON.parse(written), title: '' }))).toEqual({ ok: false, error: { code: 'invalid', detail: 'title' } });
    const noState = { ...JSON.parse(written), exercises: { kano: { state: {} } } };
    expect(readPack(JSON.stringify(noState))).toEqual({ ok: false, error: { code: 'invalid', detail: 'exercises.kano.stateVersion' } });
    expect(readPack(JSON.stringify({ ...JSON.parse(written), packVersion: 0 }))).toEqual({ ok: false, error: { code: 'invalid', detail: 'packVersion' } });
  });

  it('refuses an exercise’s table whose exercise is not in the pack', () => {
    const stray = { ...JSON.parse(written), datasets: [SERVQUAL_ROWS] };
    expect(readPack(JSON.stringify(stray))).toEqual({ ok: false, error: { code: 'invalid', detail: 'datasets: servqual/answers' } });
  });

  it('migrates an older pack step by step through the hooks (here a made-up version 2 that renamed "note" to "message")', () => {
    const v1 = JSON.parse(written);
    const renameNote = (pack: Record<string, unknown>) => {
      const { note, ...rest } = pack;
      return { ...rest, message: note };
    };
    // The schema still reads `note`, so the made-up step 1 → 2 is checked by the result keeping the note under its new name
    // and refusing it where the schema expects `note`: the migration ran, and ran before the schema.
    expect(readPack(JSON.stringify(v1), { 1: renameNote }, 2)).toEqual({ ok: false, error: { code: 'invalid', detail: 'note' } });
    const renameBack = (pack: Record<string, unknown>) => ({ ...pack, note: `${String(pack.note)} (перенесено)` });
    const read = readPack(JSON.stringify(v1), { 1: renameBack }, 2);
    expect(read.ok && read.pack.note).toBe('Начните с Kano. (перенесено)');
    expect(read.ok && read.migratedFrom).toBe(1);
    expect(readPack(JSON.stringify(v1), {}, 2)).toEqual({ ok: false, error: { code: 'invalid', detail: 'packVersion 1: no migration' } });
  });
});
