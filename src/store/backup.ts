import { z } from 'zod/mini';
import { STORE_VERSION, persistedPart, persistedWorkbookSchema, type DatasetSummary, type ExerciseEntry, type PersistedWorkbook, type Settings } from './schema';
import { migratePersisted, migrations as registeredMigrations, type Migration } from './migrations';
import { V2_SALES_OWNER } from './migrations/v2-to-v3';
import { MY_DATA_OWNER } from './datasetLocation';

/**
 * The backup file: everything an alumnus has, in one JSON file they can carry to another computer.
 * Pure functions only; reading the file and asking the user belong to the UI (src/app/BackupControls.tsx).
 */

export const BACKUP_FORMAT = 'loyalty-workbook-backup';
export const BACKUP_APP = 'loyalty-workbook';
/** Far above any real workbook; stops a wrong file (a video, a disk image) from being read into memory. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

/**
 * Imported spreadsheet rows (kept in IndexedDB, src/store/datasets.ts): carried along so a restore is complete.
 * `meta` is the dataset's DatasetSummary; it and the rows are checked by `checkBackupDatasets` before a restore.
 */
export interface BackupDataset {
  /** The DatasetSpec id. */
  id: string;
  exerciseId: string;
  meta: unknown;
  rows: unknown[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  /** The STORE_VERSION the workbook was written with; older ones are migrated on reading. */
  schemaVersion: number;
  createdAt: string;
  app: typeof BACKUP_APP;
  workbook: PersistedWorkbook;
  datasets: BackupDataset[];
}

export type BackupError =
  | { code: 'not-json' }
  | { code: 'not-backup' }
  | { code: 'newer'; version: number }
  | { code: 'invalid'; detail: string };

export type BackupParseResult =
  | { ok: true; backup: BackupFile; migratedFrom: number | null }
  | { ok: false; error: BackupError };

export function createBackup(workbook: PersistedWorkbook, datasets: BackupDataset[] = [], now = new Date()): BackupFile {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: STORE_VERSION,
    createdAt: now.toISOString(),
    app: BACKUP_APP,
    // Only the persisted part: callers may hand in the whole store, whose actions must not leak into the file.
    workbook: persistedPart(workbook),
    datasets,
  };
}

/** The user's local date, not UTC: a backup made late in the evening is named after that evening. */
export function backupFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${BACKUP_APP}-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const datasetSchema = z.object({
  id: z.string(),
  exerciseId: z.string(),
  meta: z.unknown(),
  rows: z.array(z.unknown()),
});

/** Everything around the workbook; the workbook itself is checked after migration, with the current schema. */
const envelopeSchema = z.object({
  schemaVersion: z.int().check(z.nonnegative()),
  createdAt: z.string(),
  workbook: z.unknown(),
  // Files written before datasets existed simply have none.
  datasets: z.optional(z.array(datasetSchema)),
});

/** A short path a person can read in an error message: `workbook.exercises.program-roi.completedSteps`. */
function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), prefix);
}

function firstIssuePath(prefix: string, error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? formatPath(prefix, issue.path) : prefix;
}

/**
 * Read a backup file's text. Never throws: every failure is a value the UI can explain. All or nothing:
 * unlike the localStorage reader, which saves what it can, a restore replaces everything the user has,
 * so a file with any damaged part is refused as a whole rather than restored partly.
 */
export function parseBackup(text: string, migrations: Readonly<Record<number, Migration>> = registeredMigrations): BackupParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: { code: 'not-backup' } };
  // Cast: an object, checked just above; its fields are checked one by one below.
  const record = json as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) return { ok: false, error: { code: 'not-backup' } };

  const envelope = envelopeSchema.safeParse(record);
  if (!envelope.success) return invalid(firstIssuePath('', envelope.error).replace(/^\./, ''));
  const { schemaVersion, createdAt, datasets = [] } = envelope.data;
  if (schemaVersion > STORE_VERSION) return { ok: false, error: { code: 'newer', version: schemaVersion } };

  let workbook: unknown = envelope.data.workbook;
  if (schemaVersion < STORE_VERSION) {
    try {
      workbook = migratePersisted(workbook, schemaVersion, STORE_VERSION, migrations);
    } catch (error) {
      return invalid(`workbook (schema ${schemaVersion}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const checked = persistedWorkbookSchema.safeParse(workbook);
  if (!checked.success) return invalid(firstIssuePath('workbook', checked.error));

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      schemaVersion: STORE_VERSION,
      createdAt,
      app: BACKUP_APP,
      workbook: checked.data,
      datasets: schemaVersion < 3 ? datasets.map(datasetInMyData) : datasets,
    },
    migratedFrom: schemaVersion === STORE_VERSION ? null : schemaVersion,
  };
}

/** Version 3 moved the ROI sales table to "My data" (see migrations/v2-to-v3.ts); its rows in an older file follow. */
function datasetInMyData(dataset: BackupDataset): BackupDataset {
  return dataset.exerciseId === V2_SALES_OWNER && dataset.id === 'sales' ? { ...dataset, exerciseId: MY_DATA_OWNER } : dataset;
}

function invalid(detail: string): BackupParseResult {
  return { ok: false, error: { code: 'invalid', detail } };
}

export interface EntrySummary {
  /** Steps whose work is done, as the caller counts them (the exercises' `done`); for an exercise this version
   * does not know, the steps its user left with "Next". */
  completedSteps: number;
  updatedAt: string;
  startedFrom: ExerciseEntry['startedFrom'];
}

export interface RestoreRow {
  exerciseId: string;
  /** False for exercises this version of the app does not have (a file from a newer or older release). */
  known: boolean;
  current: EntrySummary | null;
  incoming: EntrySummary | null;
}

/** How many steps of an exercise are done in a workbook, or null when the caller cannot tell (an unknown exercise). */
export type CountDone = (exerciseId: string, entry: ExerciseEntry, workbook: PersistedWorkbook) => number | null;

function summarise(exerciseId: string, entry: ExerciseEntry | undefined, workbook: PersistedWorkbook, countDone: CountDone): EntrySummary | null {
  if (!entry) return null;
  const done = countDone(exerciseId, entry, workbook) ?? new Set(entry.completedSteps).size;
  return { completedSteps: done, updatedAt: entry.updatedAt, startedFrom: entry.startedFrom };
}

/** What a restore would change, exercise by exercise: known ones in the registry's order, then the rest by id. */
export function describeRestore(
  current: PersistedWorkbook,
  incoming: PersistedWorkbook,
  knownExerciseIds: readonly string[],
  countDone: CountDone = () => null,
): RestoreRow[] {
  const present = new Set([...Object.keys(current.exercises), ...Object.keys(incoming.exercises)]);
  const known = new Set(knownExerciseIds);
  const row = (exerciseId: string): RestoreRow => ({
    exerciseId,
    known: known.has(exerciseId),
    // Ids are data: 'toString' or 'constructor' must find an entry of that name or nothing, never Object's methods.
    current: summarise(exerciseId, Object.hasOwn(current.exercises, exerciseId) ? current.exercises[exerciseId] : undefined, current, countDone),
    incoming: summarise(exerciseId, Object.hasOwn(incoming.exercises, exerciseId) ? incoming.exercises[exerciseId] : undefined, incoming, countDone),
  });
  const knownRows = knownExerciseIds.filter((id) => present.has(id)).map(row);
  const unknownRows = [...present]
    .filter((id) => !known.has(id))
    .sort()
    .map(row);
  return [...knownRows, ...unknownRows];
}

/**
 * The incoming language and currency when either differs from the current ones, else null: the user should
 * know that the interface may switch language under them. Presenter mode is a moment's layout, not worth a word.
 */
export function describeSettingsChange(current: Settings, incoming: Settings): Pick<Settings, 'locale' | 'currency'> | null {
  if (current.locale === incoming.locale && current.currency === incoming.currency) return null;
  return { locale: incoming.locale, currency: incoming.currency };
}

export interface DatasetSide {
  fileName: string;
  rowsImported: number;
  importedAt: string;
}

export interface DatasetRestoreRow {
  exerciseId: string;
  specId: string;
  current: DatasetSide | null;
  incoming: DatasetSide | null;
}

function datasetSide(summary: DatasetSummary | undefined): DatasetSide | null {
  return summary ? { fileName: summary.fileName, rowsImported: summary.rowsImported, importedAt: summary.importedAt } : null;
}

/**
 * Which imported datasets a restore replaces, removes or brings: every dataset the user has now (from the
 * summaries in progress) and every one in the file, by exercise then spec id. Empty when neither side has any.
 */
export function describeDatasetRestore(
  current: PersistedWorkbook,
  incoming: readonly { exerciseId: string; specId: string; meta: DatasetSummary; rowCount: number }[],
): DatasetRestoreRow[] {
  const rows = new Map<string, DatasetRestoreRow>();
  const keyOf = (exerciseId: string, specId: string) => `${exerciseId}\u0000${specId}`;
  for (const [exerciseId, entry] of Object.entries(current.exercises)) {
    for (const [specId, summary] of Object.entries(entry.datasets)) {
      rows.set(keyOf(exerciseId, specId), { exerciseId, specId, current: datasetSide(summary), incoming: null });
    }
  }
  for (const [kind, summary] of Object.entries(current.myData ?? {})) {
    rows.set(keyOf(MY_DATA_OWNER, kind), { exerciseId: MY_DATA_OWNER, specId: kind, current: datasetSide(summary), incoming: null });
  }
  for (const dataset of incoming) {
    const key = keyOf(dataset.exerciseId, dataset.specId);
    const existing = rows.get(key);
    // The rows the file carries, counted: its summary could say anything.
    const side: DatasetSide = { fileName: dataset.meta.fileName, rowsImported: dataset.rowCount, importedAt: dataset.meta.importedAt };
    rows.set(key, existing ? { ...existing, incoming: side } : { exerciseId: dataset.exerciseId, specId: dataset.specId, current: null, incoming: side });
  }
  return [...rows.values()].sort((a, b) => a.exerciseId.localeCompare(b.exerciseId) || a.specId.localeCompare(b.specId));
}
