import { describe, expect, it } from 'vitest';
import { HAND_IN_VERSION } from '../../../src/handin/format';
import { createBackup } from '../../../src/store/backup';
import { HAND_IN_STEPS, migrateHandIn } from '../../../src/trainer/group/migrate';
import { judgeDroppedFile, parseDroppedText } from '../../../src/trainer/group/readHandIn';
import { exerciseEntry, persistedWorkbook } from '../../builders';
import { counterExercise, dropped, handIn, text } from './groupFixtures';

describe('migrateHandIn: what a dropped file is as a hand-in of this version', () => {
  it('reads a hand-in of the current version as it is', () => {
    const file = handIn('Команда 1', '2025-03-01T10:00:00.000Z');
    expect(migrateHandIn(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, file, migratedFrom: null });
  });

  it('refuses a newer format version, saying which', () => {
    const file = { ...handIn('Команда 1', '2025-03-01T10:00:00.000Z'), formatVersion: HAND_IN_VERSION + 1 };
    expect(migrateHandIn(file)).toEqual({ ok: false, problem: { code: 'newer-format', version: HAND_IN_VERSION + 1 } });
  });

  it('says a whole-workbook backup is a backup, not just "not a hand-in"', () => {
    expect(migrateHandIn(createBackup(persistedWorkbook()))).toEqual({ ok: false, problem: { code: 'backup' } });
  });

  it('refuses JSON of another kind', () => {
    expect(migrateHandIn([1, 2, 3])).toEqual({ ok: false, problem: { code: 'not-hand-in' } });
    expect(migrateHandIn({ format: 'something-else', formatVersion: 1 })).toEqual({ ok: false, problem: { code: 'not-hand-in' } });
    expect(migrateHandIn('text')).toEqual({ ok: false, problem: { code: 'not-hand-in' } });
  });

  it('names the first field of a damaged hand-in', () => {
    const file = handIn('Команда 1', '2025-03-01T10:00:00.000Z');
    const damaged = { ...file, summary: { sections: [{ id: 's', title: text('s'), rows: [{ key: 'k', label: text('k'), cell: { kind: 'percent', value: 'много' } }] }] } };
    expect(migrateHandIn(damaged)).toEqual({ ok: false, problem: { code: 'invalid', detail: expect.stringMatching(/^summary\.sections\[0\]\.rows\[0\]\.cell/) } });
    expect(migrateHandIn({ ...file, formatVersion: 0 })).toEqual({ ok: false, problem: { code: 'invalid', detail: 'formatVersion' } });
  });

  it('has a step for every version below the current one', () => {
    for (let version = 1; version < HAND_IN_VERSION; version++) expect(HAND_IN_STEPS[version], `step ${version} → ${version + 1}`).toBeTypeOf('function');
  });

  it('lifts an older version step by step: as a version 2 that renamed `teamName` to `team` would', () => {
    const current = handIn('Команда 1', '2025-03-01T10:00:00.000Z', [], { formatVersion: 2 });
    const { team, ...rest } = current;
    const versionOne = { ...rest, formatVersion: 1, teamName: team };
    const steps = {
      1: (file: Record<string, unknown>) => {
        const { teamName, ...others } = file;
        return { ...others, team: teamName };
      },
    };
    expect(migrateHandIn(versionOne, steps, 2)).toEqual({ ok: true, file: current, migratedFrom: 1 });
    // Without the step the file is refused, not read half-lifted.
    expect(migrateHandIn(versionOne, {}, 2)).toEqual({ ok: false, problem: { code: 'invalid', detail: 'formatVersion 1 → 2' } });
    // A step that throws on a file it cannot lift is a refusal too.
    const throwing = { 1: () => { throw new Error('no team'); } };
    expect(migrateHandIn(versionOne, throwing, 2)).toEqual({ ok: false, problem: { code: 'invalid', detail: 'formatVersion 1 → 2: no team' } });
  });
});

describe('judgeDroppedFile: a hand-in of an exercise this version knows, whose state the exercise can read', () => {
  it('says a file that is not JSON is not JSON', () => {
    expect(parseDroppedText('{"format": "loyalty-workbook-hand-in", ')).toEqual({ ok: false, problem: { code: 'not-json' } });
    // Notepad's byte order mark is no reason to refuse a file.
    expect(parseDroppedText('\uFEFF{"a": 1}')).toEqual({ ok: true, content: { a: 1 } });
  });

  it('reads the team state with the exercise’s own migration', () => {
    const file = handIn('Команда 1', '2025-03-01T10:00:00.000Z', [], { entry: exerciseEntry({ stateVersion: 1, state: { count: 7 } }) });
    const judged = judgeDroppedFile(dropped('k1.json', file), [counterExercise], 'ru');
    expect(judged).toMatchObject({ kind: 'hand-in', state: { n: 7 }, migratedFrom: null });
  });

  it('lists an exercise this version does not know, with the title the file gives', () => {
    const file = handIn('Команда 1', '2025-03-01T10:00:00.000Z', [], { exerciseId: 'from-the-future', exerciseTitle: text('Будущее') });
    expect(judgeDroppedFile(dropped('f.json', file), [counterExercise], 'ru')).toMatchObject({
      kind: 'refused',
      refusal: { code: 'unknown-exercise', exerciseId: 'from-the-future', title: text('Будущее') },
    });
  });

  it('lists a team state the exercise cannot read, with the exercise’s reason', () => {
    const newer = handIn('Команда 1', '2025-03-01T10:00:00.000Z', [], { entry: exerciseEntry({ stateVersion: 3, state: { n: 1 } }) });
    const damaged = handIn('Команда 2', '2025-03-01T10:00:00.000Z', [], { entry: exerciseEntry({ stateVersion: 2, state: { n: 'один' } }) });
    const unliftable = handIn('Команда 3', '2025-03-01T10:00:00.000Z', [], { entry: exerciseEntry({ stateVersion: 0, state: {} }) });
    const problems = [newer, damaged, unliftable].map((file) => judgeDroppedFile(dropped('x.json', file), [counterExercise], 'ru'));
    expect(problems.map((judged) => (judged.kind === 'refused' ? judged.refusal : null))).toEqual([
      { code: 'unreadable-state', exerciseId: 'counter', problem: 'newer-version' },
      { code: 'unreadable-state', exerciseId: 'counter', problem: 'invalid' },
      { code: 'unreadable-state', exerciseId: 'counter', problem: 'migration-failed' },
    ]);
  });

  it('passes on a refusal made before the content was read', () => {
    const broken = { ...dropped('big.json', null), read: { ok: false as const, problem: { code: 'too-large' as const, limitMb: 20 } } };
    expect(judgeDroppedFile(broken, [counterExercise], 'ru')).toMatchObject({ kind: 'refused', refusal: { code: 'too-large', limitMb: 20 }, file: null });
  });
});
