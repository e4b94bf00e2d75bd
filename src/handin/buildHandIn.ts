import type { z } from 'zod/mini';
import { calendarDayIso } from '../i18n/format';
import type { Locale, LocalizedText } from '../i18n/locale';
import type { ExerciseEntry } from '../store/schema';
import { safeFileName } from '../data/exportWorkbook';
import { HAND_IN_FORMAT, HAND_IN_VERSION, type GroupSummary, type HandInFile, type handInRowsSchema } from './format';

export type HandInRows = z.infer<typeof handInRowsSchema>;

/** What the preview showed and the participant confirmed: the file is made of these parts and nothing else. */
export interface HandInParts {
  team: string;
  exercise: { id: string; title: LocalizedText };
  locale: Locale;
  entry: ExerciseEntry;
  /** The exercise's comparable figures; an exercise that declares none hands in an empty summary. */
  summary: GroupSummary | null;
  /** Only when the participant ticked "include my imported rows"; null otherwise. */
  rows: HandInRows | null;
  now: Date;
}

export type HandInResult = { ok: true; file: HandInFile; fileName: string; text: string } | { ok: false; problem: 'noTeam' };

/** The team name's share of the file name: long enough to tell teams apart, short enough to leave room for the exercise. */
const TEAM_IN_FILE_NAME = 40;
export const HAND_IN_EXTENSION = '.handin.json';

function cut(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length).join('').trimEnd()}…`;
}

/**
 * "<team> — <exercise> — <day>.handin.json", safe on every system: a trainer sorting a folder of a room's files reads
 * whose and which each is. The day is the participant's local one, as the backup's is.
 */
export function handInFileName(team: string, exerciseTitle: string, now: Date): string {
  return `${safeFileName(`${cut(team.trim(), TEAM_IN_FILE_NAME)} — ${exerciseTitle} — ${calendarDayIso(now)}`)}${HAND_IN_EXTENSION}`;
}

/** The hand-in file for what the preview showed; a file without a team name is refused (the trainer could not place it). */
export function buildHandIn(parts: HandInParts): HandInResult {
  const team = parts.team.trim();
  if (team === '') return { ok: false, problem: 'noTeam' };
  const file: HandInFile = {
    format: HAND_IN_FORMAT,
    formatVersion: HAND_IN_VERSION,
    team,
    exerciseId: parts.exercise.id,
    exerciseTitle: { ...parts.exercise.title },
    handedInAt: parts.now.toISOString(),
    locale: parts.locale,
    entry: parts.entry,
    summary: parts.summary ?? { sections: [] },
    ...(parts.rows === null ? {} : { rows: parts.rows }),
  };
  return { ok: true, file, fileName: handInFileName(team, parts.exercise.title[parts.locale], parts.now), text: JSON.stringify(file, null, 2) };
}
