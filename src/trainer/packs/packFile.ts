import { z } from 'zod/mini';
import { CURRENCIES } from '../../i18n/format';
import { LOCALES } from '../../i18n/locale';
import type { BackupDataset } from '../../store/backup';
import { MY_DATA_OWNER } from '../../store/datasetLocation';
import type { PersistedWorkbook, Settings } from '../../store/schema';

/**
 * The trainer's starter pack: the exercises' states a trainer prepared (their own demo company, adapted SERVQUAL
 * statements, Kano features, program figures), optionally the tables they imported and the language and currency,
 * as one JSON file participants open as their starting point. Unlike a backup it holds no progress (steps done,
 * drafts, the step open) and nothing about who made it: settings are picked field by field, so a team name or
 * anything else added to the settings later never travels in a pack. Pure functions only.
 */

export const PACK_FORMAT = 'loyalty-workbook-pack';
/** The pack file's own version; raise it with an entry in PACK_MIGRATIONS. */
export const PACK_VERSION = 1;
/** A pack is a few exercises' inputs and perhaps a sample table; anything larger is not a pack. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** What `?pack=` and a pack's file name accept: lower-case Latin letters, digits, '-' and '_' (it names a file on the host). */
const PACK_NAME = /^[a-z0-9_-]{1,64}$/;

export function isPackName(value: string): boolean {
  return PACK_NAME.test(value);
}

/** A name for the pack's file from its title: Latin letters and digits survive, the rest becomes '-'; 'pack' when nothing does. */
export function suggestPackName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? 'pack' : slug;
}

const packExerciseSchema = z.object({ stateVersion: z.int().check(z.nonnegative()), state: z.unknown() });

const packDatasetSchema = z.object({ id: z.string(), exerciseId: z.string(), meta: z.unknown(), rows: z.array(z.unknown()) });

export const packFileSchema = z.object({
  format: z.literal(PACK_FORMAT),
  packVersion: z.int().check(z.positive()),
  createdAt: z.string(),
  name: z.string().check(z.regex(PACK_NAME)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  note: z.string().check(z.maxLength(4000)),
  /** Exercise id → its state and the state's own version (migrated by the exercise when the pack is opened). */
  exercises: z.record(z.string(), packExerciseSchema),
  /** Imported tables, as a backup carries them: an exercise's own (for an exercise in the pack) or "My data". */
  datasets: z.array(packDatasetSchema),
  settings: z.nullable(z.object({ locale: z.enum(LOCALES), currency: z.nullable(z.enum(CURRENCIES)) })),
});
export type PackFile = z.infer<typeof packFileSchema>;
export type PackSettings = NonNullable<PackFile['settings']>;

export interface PackChoice {
  name: string;
  title: string;
  note: string;
  exerciseIds: readonly string[];
  /** Tables the trainer ticked, by exercise id (or MY_DATA_OWNER) and spec id. */
  datasets: readonly BackupDataset[];
  withSettings: boolean;
}

/** The pack for what the trainer ticked; exercises without an entry in the workbook are left out. */
export function buildPack(workbook: PersistedWorkbook, choice: PackChoice, now = new Date()): PackFile {
  const exercises: PackFile['exercises'] = {};
  for (const id of choice.exerciseIds) {
    if (!Object.hasOwn(workbook.exercises, id)) continue;
    const entry = workbook.exercises[id];
    if (entry) Object.defineProperty(exercises, id, { value: { stateVersion: entry.stateVersion, state: entry.state }, enumerable: true, writable: true, configurable: true });
  }
  const settings: Settings = workbook.settings;
  return {
    format: PACK_FORMAT,
    packVersion: PACK_VERSION,
    createdAt: now.toISOString(),
    name: choice.name,
    title: choice.title.trim(),
    note: choice.note.trim(),
    exercises,
    // An exercise's own table belongs to its entry: without the exercise it would have nothing to refer to it.
    datasets: choice.datasets.filter((dataset) => dataset.exerciseId === MY_DATA_OWNER || Object.hasOwn(exercises, dataset.exerciseId)),
    settings: choice.withSettings ? { locale: settings.locale, currency: settings.currency } : null,
  };
}

/** One step up from an older pack version: from version `key` to `key + 1`. None yet; the first format change adds one. */
export type PackMigration = (pack: Record<string, unknown>) => Record<string, unknown>;
export const PACK_MIGRATIONS: Readonly<Record<number, PackMigration>> = {};

export type PackError =
  | { code: 'not-json' }
  | { code: 'not-pack' }
  | { code: 'newer'; version: number }
  | { code: 'invalid'; detail: string };

export type PackReadResult = { ok: true; pack: PackFile; migratedFrom: number | null } | { ok: false; error: PackError };

function issuePath(error: z.core.$ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

/**
 * Read a pack file's text. Never throws: every failure is a value the UI words. A pack from a newer app is refused
 * (its fields may mean something this version does not know); an older one is migrated step by step first.
 */
export function readPack(
  text: string,
  migrations: Readonly<Record<number, PackMigration>> = PACK_MIGRATIONS,
  /** The version this app reads; only tests set it, to run a migration before the first real one exists. */
  current = PACK_VERSION,
): PackReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: { code: 'not-pack' } };
  // Cast: an object, checked just above; its fields are checked by the schema below.
  let record = json as Record<string, unknown>;
  if (record.format !== PACK_FORMAT) return { ok: false, error: { code: 'not-pack' } };
  const version = record.packVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: { code: 'invalid', detail: 'packVersion' } };
  if (version > current) return { ok: false, error: { code: 'newer', version } };
  for (let from = version; from < current; from += 1) {
    const migration = migrations[from];
    if (!migration) return { ok: false, error: { code: 'invalid', detail: `packVersion ${from}: no migration` } };
    record = { ...migration(record), packVersion: from + 1 };
  }
  const parsed = packFileSchema.safeParse(record);
  if (!parsed.success) return { ok: false, error: { code: 'invalid', detail: issuePath(parsed.error) } };
  const stray = parsed.data.datasets.find((dataset) => dataset.exerciseId !== MY_DATA_OWNER && !Object.hasOwn(parsed.data.exercises, dataset.exerciseId));
  if (stray) return { ok: false, error: { code: 'invalid', detail: `datasets: ${stray.exerciseId}/${stray.id}` } };
  return { ok: true, pack: parsed.data, migratedFrom: version === current ? null : version };
}

export function packFileName(pack: Pick<PackFile, 'name'>): string {
  return `${pack.name}.json`;
}
