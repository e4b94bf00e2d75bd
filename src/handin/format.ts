import { z } from 'zod/mini';
import { LOCALES } from '../i18n/locale';
import { exerciseEntrySchema } from '../store/schema';

/**
 * A hand-in: what a team gives the trainer for one exercise, as one small JSON file on a USB stick or in a chat.
 * It holds the exercise's progress (inputs and choices, migrated by the exercise on reading like a backup's), the
 * exercise's comparable summary computed when it was written (so the trainer's group view needs neither the rows
 * nor the exercise's worker), and the imported rows only when the team ticked them. Nothing else: the preview
 * shown before writing lists exactly these parts.
 */
export const HAND_IN_FORMAT = 'loyalty-workbook-hand-in';
export const HAND_IN_VERSION = 1;

const localizedTextSchema = z.object({ ru: z.string(), en: z.string(), zh: z.string() });

/** One figure of a team: a number shown in the given way, or a word (a Kano category, a chosen strategy). */
export const groupCellSchema = z.union([
  z.object({ kind: z.enum(['number', 'percent', 'money', 'months']), value: z.nullable(z.number()), decimals: z.optional(z.int()) }),
  z.object({ kind: z.literal('text'), value: localizedTextSchema }),
]);
export type GroupCell = z.infer<typeof groupCellSchema>;

/**
 * A table the group view puts side by side, one column per team: rows are matched across teams by `key` (a feature,
 * a SERVQUAL dimension, a figure), so teams with different rows still line up and a row only some have shows blanks.
 */
export const groupSectionSchema = z.object({
  id: z.string(),
  title: localizedTextSchema,
  rows: z.array(z.object({ key: z.string(), label: localizedTextSchema, cell: groupCellSchema })),
});
export type GroupSection = z.infer<typeof groupSectionSchema>;

export const groupSummarySchema = z.object({ sections: z.array(groupSectionSchema) });
export type GroupSummary = z.infer<typeof groupSummarySchema>;

/** Rows a team chose to hand in, by the exercise's stored dataset id: typed values as the exercise's models take them. */
export const handInRowsSchema = z.record(
  z.string(),
  z.object({
    fileName: z.string(),
    rows: z.array(z.record(z.string(), z.nullable(z.union([z.string(), z.number()])))),
  }),
);

export const handInFileSchema = z.object({
  format: z.literal(HAND_IN_FORMAT),
  formatVersion: z.int().check(z.positive()),
  /** The team or participant name from the header, as typed. */
  team: z.string(),
  exerciseId: z.string(),
  /** The exercise's title when handed in, so a trainer on an older version can still say what the file is. */
  exerciseTitle: localizedTextSchema,
  handedInAt: z.string(),
  /** The language the team worked in. */
  locale: z.enum(LOCALES),
  entry: exerciseEntrySchema,
  summary: groupSummarySchema,
  rows: z.optional(handInRowsSchema),
});
export type HandInFile = z.infer<typeof handInFileSchema>;
