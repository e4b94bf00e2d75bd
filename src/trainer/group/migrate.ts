import { HAND_IN_FORMAT, HAND_IN_VERSION, handInFileSchema, type HandInFile } from '../../handin/format';
import { BACKUP_FORMAT } from '../../store/backup';

/**
 * One step of the hand-in format: a file of version `n` lifted to `n + 1`, by the version it starts from. Only
 * version 1 exists, so there is none yet; a version 2 adds `1: v1ToV2` here (a file of its own with a test holding
 * a literal version-1 file), and every older file climbs the steps one by one before it is checked.
 */
export type HandInStep = (file: Record<string, unknown>) => Record<string, unknown>;
export const HAND_IN_STEPS: Readonly<Record<number, HandInStep>> = {};

export type HandInFormatProblem =
  /** A backup of a whole workbook, dropped here by mistake: it says so, so the trainer asks for the hand-in. */
  | { code: 'backup' }
  /** JSON, but not a hand-in (another program's file, a workbook's starter pack). */
  | { code: 'not-hand-in' }
  /** Written by a newer workbook than this one: its fields may mean what this version cannot know. */
  | { code: 'newer-format'; version: number }
  /** A hand-in, but damaged: the first field that does not read, or the older version that could not be lifted. */
  | { code: 'invalid'; detail: string };

export type MigrateResult = { ok: true; file: HandInFile; migratedFrom: number | null } | { ok: false; problem: HandInFormatProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a dropped file's JSON is as a hand-in of the current version: an older version is lifted step by step, a
 * newer one refused, anything else named. Never throws: every refusal is a value the list words. `steps` and
 * `current` are this version's; a test passes its own to see how a version 2 would be read.
 */
export function migrateHandIn(raw: unknown, steps: Readonly<Record<number, HandInStep>> = HAND_IN_STEPS, current: number = HAND_IN_VERSION): MigrateResult {
  if (!isRecord(raw)) return { ok: false, problem: { code: 'not-hand-in' } };
  if (raw.format === BACKUP_FORMAT) return { ok: false, problem: { code: 'backup' } };
  if (raw.format !== HAND_IN_FORMAT) return { ok: false, problem: { code: 'not-hand-in' } };
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { code: 'invalid', detail: 'formatVersion' } };
  if (version > current) return { ok: false, problem: { code: 'newer-format', version } };

  let lifted: Record<string, unknown> = raw;
  for (let from = version; from < current; from++) {
    const step = steps[from];
    if (!step) return { ok: false, problem: { code: 'invalid', detail: `formatVersion ${from} → ${from + 1}` } };
    try {
      lifted = { ...step(lifted), formatVersion: from + 1 };
    } catch (error) {
      return { ok: false, problem: { code: 'invalid', detail: `formatVersion ${from} → ${from + 1}: ${error instanceof Error ? error.message : String(error)}` } };
    }
  }
  const checked = handInFileSchema.safeParse(lifted);
  if (!checked.success) return { ok: false, problem: { code: 'invalid', detail: firstIssuePath(checked.error.issues[0]?.path ?? []) } };
  return { ok: true, file: checked.data, migratedFrom: version === current ? null : version };
}

/** A short path a person can read in the list: `summary.sections[0].rows[2].cell`. */
function firstIssuePath(path: readonly PropertyKey[]): string {
  const text = path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '');
  return text.replace(/^\./, '') || 'file';
}
