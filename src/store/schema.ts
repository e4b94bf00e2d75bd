import { z } from 'zod/mini';
import { LOCALES } from '../i18n/locale';
import { CURRENCIES } from '../i18n/format';

/** The current version of everything kept in localStorage and in backup files. */
export const STORE_VERSION = 5;
export const STORAGE_KEY = 'loyalty-workbook';

export const settingsSchema = z.object({
  locale: z.enum(LOCALES),
  /** null (since version 4): never chosen, so money follows the language (src/i18n/format.ts `currencyFor`). */
  currency: z.nullable(z.enum(CURRENCIES)),
  presenter: z.boolean(),
  /**
   * The team or participant name (since version 5), as typed: exports, printed reports, backups and hand-ins carry
   * it, so the trainer can tell a room's files apart. Empty until typed; a settings object written without it (a
   * test's, a tab still on the older build) reads as empty: `teamName(settings)`.
   */
  team: z.optional(z.string()),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The team name as typed, without the spaces around it; '' when none was given. */
export function teamName(settings: Pick<Settings, 'team'>): string {
  return settings.team?.trim() ?? '';
}

/** Where a spec column was found in the file: kept by header name so a person can read the mapping back. */
export const mappedColumnSchema = z.object({ header: z.string(), index: z.int().check(z.nonnegative()) });

/**
 * What progress remembers of an imported dataset; the rows themselves live in IndexedDB (src/store/datasets.ts),
 * because a sales table outgrows localStorage. Enough to show "file, date, rows, skipped" without reading them.
 */
export const datasetSummarySchema = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls', 'ods', 'csv']),
  /** The sheet read; for CSV, whatever name the reader gave its single table. */
  sheet: z.string(),
  encoding: z.nullable(z.enum(['utf-8', 'windows-1251', 'utf-16le', 'utf-16be'])),
  delimiter: z.nullable(z.enum([';', ',', '\t', '|'])),
  /** 0-based, as the importer counts it. */
  headerRow: z.int().check(z.nonnegative()),
  importedAt: z.string(),
  rowsRead: z.int().check(z.nonnegative()),
  rowsImported: z.int().check(z.nonnegative()),
  rowsSkipped: z.int().check(z.nonnegative()),
  blankRowsIgnored: z.int().check(z.nonnegative()),
  /** spec column key → where it came from, or null when the file had no such column. */
  mapping: z.record(z.string(), z.nullable(mappedColumnSchema)),
  problemCounts: z.array(
    z.object({
      code: z.enum(['required', 'notNumber', 'notDate', 'formulaError', 'negative', 'futureDate', 'outOfRange', 'tooLong', 'notAMark']),
      column: z.string(),
      count: z.int().check(z.nonnegative()),
    }),
  ),
});
export type DatasetSummary = z.infer<typeof datasetSummarySchema>;

/**
 * One exercise's progress. `state` is the exercise's own typed object, validated against the exercise's
 * schema when read (the store does not know the exercises); `stateVersion` is that object's own version.
 */
export const exerciseEntrySchema = z.object({
  stateVersion: z.int().check(z.nonnegative()),
  state: z.unknown(),
  /** Where the user started: the demo values, or a blank exercise ("start from scratch"). */
  startedFrom: z.enum(['demo', 'blank']),
  currentStep: z.nullable(z.string()),
  /** Steps left with "Next" or "Finish"; the last step's "finished" mark reads it. Progress counts work done instead. */
  completedSteps: z.array(z.string()),
  /** Steps the user has opened (since version 4): a results step counts as done once its inputs exist and it was seen. */
  visitedSteps: z.array(z.string()),
  /** Raw text of form fields that did not validate yet, so nothing typed is lost on reload. */
  drafts: z.record(z.string(), z.string()),
  /** Imported datasets by spec id (since store version 2); the rows are in IndexedDB. */
  datasets: z._default(z.record(z.string(), datasetSummarySchema), {}),
  updatedAt: z.string(),
});
export type ExerciseEntry = z.infer<typeof exerciseEntrySchema>;

export const persistedWorkbookSchema = z.object({
  settings: settingsSchema,
  exercises: z.record(z.string(), exerciseEntrySchema),
  /** "My data" (since version 3): files of a shared kind, by kind, for every exercise that reads them; rows in IndexedDB. */
  myData: z.optional(z.record(z.string(), datasetSummarySchema)),
});
export type PersistedWorkbook = z.infer<typeof persistedWorkbookSchema>;

/** The persisted part of anything holding it (the store with its actions): what localStorage and a backup keep. */
export function persistedPart(workbook: PersistedWorkbook): PersistedWorkbook {
  return { settings: workbook.settings, exercises: workbook.exercises, myData: workbook.myData ?? {} };
}
