import { z } from 'zod/mini';
import { DIMENSIONS, ITEM_COUNT, PRESET_IDS, SCALES } from './structure';

/**
 * What the participant keeps in the SERVQUAL exercise: the adapted questionnaire, the waves of answers, the
 * improvement plan and notes. Results (gaps, scores, priorities) are derived by model.ts, never stored.
 */

const itemNumber = z.int().check(z.minimum(1), z.maximum(ITEM_COUNT));
const isoDate = z.iso.date();

/**
 * One item of the adapted questionnaire. No dimension field: the item's number fixes it (structure.ts), so an
 * edited statement cannot drift into another dimension.
 */
export const statementSettingSchema = z.object({
  item: itemNumber,
  enabled: z.boolean(),
  /** The participant's own wording; null keeps the preset's text in the current language. */
  text: z.nullable(z.string()),
});

export const questionnaireSchema = z.object({
  preset: z.enum(PRESET_IDS),
  /** Put into the perception prompt ("Now think of {company}"); empty shows a neutral "our company". */
  companyName: z.string(),
  scale: z.literal(SCALES),
  statements: z.array(statementSettingSchema).check(
    z.length(ITEM_COUNT),
    z.refine((statements) => statements.every((statement, index) => statement.item === index + 1), {
      message: 'statements must list items 1–22 in order',
    }),
  ),
});

/**
 * Answers are any finite number, not only 1…scale: a value outside the scale must survive so the validation can
 * show it to the participant (model.ts lists it and leaves it out). null = not answered.
 */
const answer = z.nullable(z.number());

export const responseSchema = z.object({
  respondentId: z.string(),
  /** E1…E22 at index item − 1. */
  expectations: z.array(answer).check(z.length(ITEM_COUNT)),
  /** P1…P22 at index item − 1. */
  perceptions: z.array(answer).check(z.length(ITEM_COUNT)),
  /** The 100-point split W1…W5, in the order of DIMENSIONS. */
  weights: z.array(answer).check(z.length(DIMENSIONS.length)),
});

/** What the waves list shows of an imported file without reading its rows from IndexedDB. */
export const waveDatasetSummarySchema = z.object({
  fileName: z.string(),
  importedAt: z.string(),
  respondents: z.int().check(z.nonnegative()),
});

export const waveSourceSchema = z.discriminatedUnion('kind', [
  /** Typed in the app's entry form (small surveys): kept in the progress itself. */
  z.object({ kind: z.literal('entered'), responses: z.array(responseSchema) }),
  /** Imported from a file: the rows live in IndexedDB under this dataset key (inputs.ts `waveDatasetKey`). */
  z.object({ kind: z.literal('dataset'), datasetKey: z.string(), summary: waveDatasetSummarySchema }),
]);

export const waveSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The participant's name for it; empty shows "Wave N" (messages `wave.defaultLabel`). */
  label: z.string(),
  /** When the survey was run: orders the waves on the comparison chart. */
  date: isoDate,
  source: waveSourceSchema,
});

export const planTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dimension'), dimension: z.enum(DIMENSIONS) }),
  z.object({ kind: z.literal('item'), item: itemNumber }),
]);

export const planEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  target: planTargetSchema,
  action: z.string(),
  owner: z.string(),
  deadline: z.nullable(isoDate),
});

export const servqualStateSchema = z.object({
  questionnaire: questionnaireSchema,
  waves: z.array(waveSchema),
  plan: z.array(planEntrySchema),
  notes: z.string(),
});

export type ServqualState = z.infer<typeof servqualStateSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type StatementSetting = z.infer<typeof statementSettingSchema>;
export type SurveyResponse = z.infer<typeof responseSchema>;
export type Wave = z.infer<typeof waveSchema>;
export type WaveSource = z.infer<typeof waveSourceSchema>;
export type PlanEntry = z.infer<typeof planEntrySchema>;
export type PlanTarget = z.infer<typeof planTargetSchema>;

export const SERVQUAL_STATE_VERSION = 1;

/** All 22 items switched on with the preset's wording. */
export function defaultStatementSettings(): StatementSetting[] {
  return Array.from({ length: ITEM_COUNT }, (_, index) => ({ item: index + 1, enabled: true, text: null }));
}

/** The enabled items' numbers, as the model and the response-file spec take them. */
export function enabledItems(questionnaire: Pick<Questionnaire, 'statements'>): number[] {
  return questionnaire.statements.filter((statement) => statement.enabled).map((statement) => statement.item);
}
