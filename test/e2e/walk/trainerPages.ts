import { exercises } from '../../../exercises';
import { demoKanoState } from '../../../exercises/kano/demo';
import { kanoTeamSummary } from '../../../exercises/kano/group';
import type { KanoState } from '../../../exercises/kano/state';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { roiTeamSummary } from '../../../exercises/program-roi/group';
import { demoServqualState } from '../../../exercises/servqual/demo';
import { latestWave, servqualTeamSummary } from '../../../exercises/servqual/group';
import { buildHandIn } from '../../../src/handin/buildHandIn';
import type { GroupSummary } from '../../../src/handin/format';
import type { Locale } from '../../../src/i18n/locale';
import { BOARD_STORAGE_KEY, BOARD_VERSION, type BoardState } from '../../../src/trainer/board/schema';
import { exerciseEntry } from '../../builders';
import type { WalkPage } from './pages';

/**
 * The trainer's pages as a seminar day fills them, for the walk: the group view with a room's hand-ins (three teams
 * on Kano, pooled; three on ROI; two on SERVQUAL; a team's older file replaced by its newer; a file broken on the way
 * and one that is no hand-in at all), and the board with three teams scored over three assessments. Team names are
 * as a room types them: short, long, in another language, one left unnamed on the board.
 */
export const TRAINER_PAGES: readonly WalkPage[] = [
  { route: '#/trainer/group', kind: 'trainer' },
  { route: '#/trainer/board', kind: 'trainer' },
];

export interface DroppedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

function version(exerciseId: string): number {
  const exercise = exercises.find((candidate) => candidate.id === exerciseId);
  if (!exercise) throw new Error(`no exercise ${exerciseId}`);
  return exercise.state.version;
}

function handIn(exerciseId: string, team: string, state: unknown, summary: GroupSummary, at: string, locale: Locale = 'ru'): DroppedFile {
  const exercise = exercises.find((candidate) => candidate.id === exerciseId);
  if (!exercise) throw new Error(`no exercise ${exerciseId}`);
  const built = buildHandIn({
    team,
    exercise: { id: exercise.id, title: exercise.title },
    locale,
    entry: exerciseEntry({ stateVersion: version(exerciseId), state, startedFrom: 'blank', updatedAt: at }),
    summary,
    rows: null,
    now: new Date(at),
  });
  if (!built.ok) throw new Error(`hand-in of ${team} refused: ${built.problem}`);
  return { name: built.fileName, mimeType: 'application/json', buffer: Buffer.from(built.text) };
}

const LONG_TEAM = 'Команда 2 — Иванова, Петров, Сидорова, Кузнецов';

function kanoHandIns(): DroppedFile[] {
  const demo = demoKanoState();
  const summary = (state: KanoState) => kanoTeamSummary(state, () => null);
  // Team 2 asked 40 customers; team 3 kept four of the features and asked 30.
  const fewer: KanoState = { ...demo, responses: demo.responses.slice(0, 40) };
  const four: KanoState = { ...demo, features: demo.features.slice(0, 4), responses: demo.responses.slice(20, 50) };
  return [
    handIn('kano', 'Команда 1', demo, summary(demo), '2026-03-05T09:40:00.000Z'),
    // The same team again twenty minutes later: this file replaces the one above.
    { ...handIn('kano', 'Команда 1', demo, summary(demo), '2026-03-05T10:00:00.000Z'), name: 'Команда 1 — Кано (исправлено).handin.json' },
    handIn('kano', LONG_TEAM, fewer, summary(fewer), '2026-03-05T10:05:00.000Z'),
    handIn('kano', 'Team Mercury', four, summary(four), '2026-03-05T10:07:00.000Z', 'en'),
  ];
}

function roiHandIns(): DroppedFile[] {
  const demo = demoRoiState();
  const withMembers = (members: number, rewardRate: number) => ({ ...demo, program: { ...demo.program, members, rewardRate } });
  return [
    handIn('program-roi', 'Команда 1', demo, roiTeamSummary(demo), '2026-03-05T14:10:00.000Z'),
    handIn('program-roi', LONG_TEAM, withMembers(35_000, 0.02), roiTeamSummary(withMembers(35_000, 0.02)), '2026-03-05T14:12:00.000Z'),
    // A reward rate that never pays back: the cell reads "—".
    handIn('program-roi', 'Team Mercury', withMembers(12_000, 0.05), roiTeamSummary(withMembers(12_000, 0.05)), '2026-03-05T14:20:00.000Z', 'en'),
  ];
}

function servqualHandIns(): DroppedFile[] {
  const demo = demoServqualState();
  const wave = latestWave(demo.waves);
  const responses = wave?.source.kind === 'entered' ? wave.source.responses : [];
  const summary = servqualTeamSummary(demo, responses);
  return [handIn('servqual', 'Команда 1', demo, summary, '2026-03-05T12:00:00.000Z'), handIn('servqual', 'Team Mercury', demo, summary, '2026-03-05T12:03:00.000Z', 'en')];
}

/** Every file the walk drops on the group view at once. */
export function walkHandIns(): DroppedFile[] {
  return [
    ...kanoHandIns(),
    ...roiHandIns(),
    ...servqualHandIns(),
    { name: 'Команда 4 — Модель Кано.handin.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "loyalty-workbook-hand-in", "team": "Команда 4", "ex') },
    { name: 'заметки.json', mimeType: 'application/json', buffer: Buffer.from('{"notes": "не сдача"}') },
  ];
}

/** The board's localStorage as the trainer leaves it by lunch: three teams (one unnamed), three assessments, one score still to come. */
export function walkBoardStorage(): Record<string, unknown> {
  const state: BoardState = {
    teams: [
      { id: 'team-a', name: 'Альфа' },
      { id: 'team-b', name: 'Команда «Бета» из отдела продаж и маркетинга' },
      { id: 'team-c', name: '' },
    ],
    assessments: [
      { id: 'first', name: '' },
      { id: 'second', name: 'После обеда' },
      { id: 'third', name: '' },
    ],
    scores: {
      'team-a': { first: 10, second: 12, third: 15 },
      'team-b': { first: 14, second: 13, third: 12 },
      'team-c': { first: 8, second: 13.5 },
    },
    drafts: {},
  };
  return { [BOARD_STORAGE_KEY]: { version: BOARD_VERSION, state } };
}
