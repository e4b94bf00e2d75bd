import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/store/backup';
import { alignSummaries, byExercise, mergeHandIns, teamKey } from '../../../src/trainer/group/merge';
import { judgeDroppedFile } from '../../../src/trainer/group/readHandIn';
import { HAND_IN_VERSION } from '../../../src/handin/format';
import { persistedWorkbook } from '../../builders';
import { counterExercise, dropped, handIn, percent, section, text, unreadableJson } from './groupFixtures';

const judge = (files: ReturnType<typeof dropped>[]) => files.map((file) => judgeDroppedFile(file, [counterExercise], 'ru'));
const compareNames = new Intl.Collator('ru-RU', { numeric: true }).compare;

describe('mergeHandIns: one hand-in per team and exercise, every file listed', () => {
  const teamOne = dropped('команда-1.json', handIn('Команда 1', '2025-03-01T10:30:00.000Z'));
  const teamTwo = dropped('команда-2.json', handIn('Команда 2', '2025-03-01T10:20:00.000Z'));
  // The same team, typed with other case and spaces, an hour earlier: dropped after the newer one.
  const teamOneOlder = dropped('команда-1-старый.json', handIn('  команда 1 ', '2025-03-01T09:30:00.000Z'));
  const foreign = dropped('backup.json', createBackup(persistedWorkbook()));
  const newer = dropped('future.json', { ...handIn('Команда 3', '2025-03-01T10:00:00.000Z'), formatVersion: HAND_IN_VERSION + 1 });
  const broken = unreadableJson('broken.json');
  const merged = mergeHandIns(judge([teamOne, teamTwo, teamOneOlder, foreign, newer, broken]));

  it('compares team names trimmed and case-insensitively', () => {
    expect(teamKey('  Команда 1 ')).toBe(teamKey('команда 1'));
    expect(teamKey('Команда 1')).not.toBe(teamKey('Команда 11'));
  });

  it('keeps the newer hand-in of a team, even when the older is dropped later, and lists the older as replaced by it', () => {
    expect(merged.current.map((hand) => hand.file.team)).toEqual(['Команда 1', 'Команда 2']);
    expect(merged.files.map((file) => [file.dropped.fileName, file.status.kind])).toEqual([
      ['команда-1.json', 'current'],
      ['команда-2.json', 'current'],
      ['команда-1-старый.json', 'replaced'],
      ['backup.json', 'refused'],
      ['future.json', 'refused'],
      ['broken.json', 'refused'],
    ]);
    expect(merged.files[2]?.status).toEqual({ kind: 'replaced', by: teamOne.id });
  });

  it('lists each refused file with its reason', () => {
    expect(merged.files.slice(3).map((file) => file.status)).toEqual([
      { kind: 'refused', refusal: { code: 'backup' } },
      { kind: 'refused', refusal: { code: 'newer-format', version: HAND_IN_VERSION + 1 } },
      { kind: 'refused', refusal: { code: 'not-json' } },
    ]);
  });

  it('takes the one dropped later when two hand-ins have the same time (the trainer dropped it again)', () => {
    const first = dropped('a.json', handIn('Команда 1', '2025-03-01T10:30:00.000Z'));
    const again = dropped('b.json', handIn('Команда 1', '2025-03-01T10:30:00.000Z'));
    expect(mergeHandIns(judge([first, again])).current.map((hand) => hand.id)).toEqual([again.id]);
  });

  it('counts a time that does not read as the oldest', () => {
    const readable = dropped('a.json', handIn('Команда 1', '2025-03-01T10:30:00.000Z'));
    const garbled = dropped('b.json', handIn('Команда 1', 'вчера'));
    expect(mergeHandIns(judge([readable, garbled])).current.map((hand) => hand.id)).toEqual([readable.id]);
  });

  it('keeps the same team’s hand-ins of different exercises apart', () => {
    const other = { ...counterExercise, id: 'other' };
    const files = [dropped('a.json', handIn('Команда 1', '2025-03-01T10:30:00.000Z')), dropped('b.json', handIn('Команда 1', '2025-03-01T09:00:00.000Z', [], { exerciseId: 'other' }))];
    const current = mergeHandIns(files.map((file) => judgeDroppedFile(file, [counterExercise, other], 'ru'))).current;
    expect(current.map((hand) => hand.file.exerciseId)).toEqual(['counter', 'other']);
  });
});

describe('byExercise: the exercises in the registry’s order, teams by name', () => {
  it('orders teams with numbers as numbers and gives the latest hand-in time', () => {
    const files = [
      dropped('10.json', handIn('Команда 10', '2025-03-01T11:00:00.000Z')),
      dropped('2.json', handIn('Команда 2', '2025-03-01T12:15:00.000Z')),
      dropped('o.json', handIn('Альфа', '2025-03-01T09:00:00.000Z', [], { exerciseId: 'other' })),
    ];
    const other = { ...counterExercise, id: 'other' };
    const { current } = mergeHandIns(files.map((file) => judgeDroppedFile(file, [counterExercise, other], 'ru')));
    const groups = byExercise(current, ['other', 'counter', 'never-handed-in'], compareNames);
    expect(groups.map((group) => [group.exerciseId, group.teams.map((team) => team.file.team), group.latest])).toEqual([
      ['other', ['Альфа'], '2025-03-01T09:00:00.000Z'],
      ['counter', ['Команда 2', 'Команда 10'], '2025-03-01T12:15:00.000Z'],
    ]);
  });
});

describe('alignSummaries: rows matched by key across teams', () => {
  it('takes the union of rows in the order first seen, blank where a team has none', () => {
    const teamOne = { sections: [section('gaps', [['tangibles', percent(0.1)], ['reliability', percent(-0.2)]])] };
    // Team two has no "tangibles", an extra "empathy", and a section of its own.
    const teamTwo = { sections: [section('gaps', [['reliability', percent(-0.3)], ['empathy', percent(0.05)]]), section('priorities', [['first', percent(1)]])] };
    const teamThree = { sections: [] };
    expect(alignSummaries([teamOne, teamTwo, teamThree])).toEqual([
      {
        id: 'gaps',
        title: text('gaps'),
        rows: [
          { key: 'tangibles', label: text('tangibles'), cells: [percent(0.1), null, null] },
          { key: 'reliability', label: text('reliability'), cells: [percent(-0.2), percent(-0.3), null] },
          { key: 'empathy', label: text('empathy'), cells: [null, percent(0.05), null] },
        ],
      },
      { id: 'priorities', title: text('priorities'), rows: [{ key: 'first', label: text('first'), cells: [null, percent(1), null] }] },
    ]);
  });

  it('keeps the first cell of a key a team repeats', () => {
    const aligned = alignSummaries([{ sections: [section('s', [['k', percent(0.1)], ['k', percent(0.9)]])] }]);
    expect(aligned[0]?.rows).toHaveLength(1);
    expect(aligned[0]?.rows[0]?.cells).toEqual([percent(0.1)]);
  });
});
