import type { HandInFile } from '../../handin/format';
import type { Locale, LocalizedText } from '../../i18n/locale';
import type { ExerciseStateDefinition } from '../../workbook/contract';
import { readExerciseState, type ExerciseStateProblem } from '../../workbook/exerciseState';
import { migrateHandIn, type HandInFormatProblem } from './migrate';

/**
 * Far above any hand-in (a Kano survey's raw answers of a few hundred respondents is well under a megabyte):
 * it stops a wrong file (a video, a disk image) from being read into the page's memory.
 */
export const MAX_HAND_IN_BYTES = 20 * 1024 * 1024;

/** What went wrong before the file's content could be looked at: kept as it is, since there is no content. */
export type ReadProblem = { code: 'too-large'; limitMb: number } | { code: 'read' } | { code: 'not-json' };

/**
 * A file the trainer dropped, as it is kept (and stored across reloads): its parsed JSON, or why it had none.
 * The content is judged afresh on every load, so a file kept by an older version is migrated by the newer one.
 */
export interface DroppedFile {
  id: string;
  fileName: string;
  /** When it was dropped: among hand-ins with the same time, the one dropped later wins. */
  droppedAt: string;
  read: { ok: true; content: unknown } | { ok: false; problem: ReadProblem };
}

export type HandInRefusal =
  | ReadProblem
  | HandInFormatProblem
  /** An exercise this version of the workbook does not have (a newer one, or one renamed). */
  | { code: 'unknown-exercise'; exerciseId: string; title: LocalizedText }
  /** The exercise's own reading of the team's state failed (a newer state version, a failed migration, a damaged state). */
  | { code: 'unreadable-state'; exerciseId: string; problem: ExerciseStateProblem };

/** The part of an exercise's definition reading a hand-in needs. */
export interface KnownExercise {
  id: string;
  state: ExerciseStateDefinition<unknown>;
}

export type JudgedFile =
  | { kind: 'hand-in'; dropped: DroppedFile; file: HandInFile; state: unknown; migratedFrom: number | null }
  | { kind: 'refused'; dropped: DroppedFile; refusal: HandInRefusal; file: HandInFile | null };

/** The JSON text of a dropped file: parsed, or "not JSON". The size was checked before the text was read. */
export function parseDroppedText(text: string): DroppedFile['read'] {
  try {
    // A file saved by Notepad may start with a byte order mark, which JSON.parse refuses.
    return { ok: true, content: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
}

/**
 * A dropped file judged against this version: a hand-in of a known exercise whose state the exercise itself can
 * read (with its own migrations), or the reason it is skipped. Pure.
 */
export function judgeDroppedFile(dropped: DroppedFile, exercises: readonly KnownExercise[], locale: Locale): JudgedFile {
  if (!dropped.read.ok) return { kind: 'refused', dropped, refusal: dropped.read.problem, file: null };
  const migrated = migrateHandIn(dropped.read.content);
  if (!migrated.ok) return { kind: 'refused', dropped, refusal: migrated.problem, file: null };
  const { file } = migrated;
  const exercise = exercises.find((candidate) => candidate.id === file.exerciseId);
  if (!exercise) return { kind: 'refused', dropped, refusal: { code: 'unknown-exercise', exerciseId: file.exerciseId, title: file.exerciseTitle }, file };
  const read = readExerciseState(exercise.state, file.entry, locale);
  if (read.problem !== null) return { kind: 'refused', dropped, refusal: { code: 'unreadable-state', exerciseId: file.exerciseId, problem: read.problem }, file };
  return { kind: 'hand-in', dropped, file, state: read.state, migratedFrom: migrated.migratedFrom };
}
