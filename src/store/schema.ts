import { z } from 'zod';
import { LOCALES } from '../i18n/locale';
import { CURRENCIES } from '../i18n/format';

/** The current version of everything kept in localStorage and in backup files. */
export const STORE_VERSION = 1;
export const STORAGE_KEY = 'loyalty-workbook';

export const settingsSchema = z.object({
  locale: z.enum(LOCALES),
  currency: z.enum(CURRENCIES),
  presenter: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * One exercise's progress. `state` is the exercise's own typed object, validated against the exercise's
 * schema when read (the store does not know the exercises); `stateVersion` is that object's own version.
 */
export const exerciseEntrySchema = z.object({
  stateVersion: z.number().int().nonnegative(),
  state: z.unknown(),
  /** Where the user started: the demo values, or a blank exercise ("start from scratch"). */
  startedFrom: z.enum(['demo', 'blank']),
  currentStep: z.string().nullable(),
  completedSteps: z.array(z.string()),
  /** Raw text of form fields that did not validate yet, so nothing typed is lost on reload. */
  drafts: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});
export type ExerciseEntry = z.infer<typeof exerciseEntrySchema>;

export const persistedWorkbookSchema = z.object({
  settings: settingsSchema,
  exercises: z.record(z.string(), exerciseEntrySchema),
});
export type PersistedWorkbook = z.infer<typeof persistedWorkbookSchema>;
