import { z } from 'zod/mini';
import { LOCALES } from '../../src/i18n/locale';

/**
 * What the participant keeps in the Kano exercise: the feature list, the questionnaire's wording,
 * answers typed in from paper forms, references to imported response files (their rows live in
 * IndexedDB), and a decision with a note per feature. Results are derived by model.ts, never stored.
 */

/** The five standard answers, in the order of the questionnaire and of METHODS.md (1 Like … 5 Dislike). */
export const KANO_ANSWERS = ['like', 'mustBe', 'neutral', 'liveWith', 'dislike'] as const;
export const kanoAnswerSchema = z.enum(KANO_ANSWERS);
export type KanoAnswer = z.infer<typeof kanoAnswerSchema>;

/**
 * The schema accepts any number of features up to the maximum so a list being edited (one feature
 * deleted before another is added) is still saved; the 3-feature minimum is checked by
 * `checkFeatureList` in the model and explained in the step, not enforced by throwing work away.
 */
export const KANO_FEATURE_LIMITS = { min: 3, max: 30 } as const;

export const FEATURE_DECISIONS = ['undecided', 'build', 'improve', 'keep', 'drop', 'research'] as const;
export type FeatureDecision = (typeof FEATURE_DECISIONS)[number];

const featureSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  description: z.string(),
  /**
   * Set while the feature is an untouched copy from an example set, so the UI can show the example's
   * name in the current language; editing the name or description clears it.
   */
  exampleRef: z.nullable(z.object({ set: z.string(), key: z.string() })),
  /** The participant's own wording of this feature's questions; null = generated from the template. */
  functionalQuestion: z.nullable(z.string()),
  dysfunctionalQuestion: z.nullable(z.string()),
  decision: z.enum(FEATURE_DECISIONS),
  note: z.string(),
});
export type KanoFeature = z.infer<typeof featureSchema>;

export const importanceScaleSchema = z.object({ min: z.literal(1), max: z.int().check(z.minimum(3), z.maximum(10)) });
export type ImportanceScale = z.infer<typeof importanceScaleSchema>;
export const DEFAULT_IMPORTANCE_SCALE: ImportanceScale = { min: 1, max: 9 };

const questionnaireSchema = z.object({
  /** The questionnaire's language; null = the interface language at the time it is printed. */
  locale: z.nullable(z.enum(LOCALES)),
  /** Templates with a {feature} placeholder that replace the standard wording; null = standard. */
  functionalTemplate: z.nullable(z.string()),
  dysfunctionalTemplate: z.nullable(z.string()),
  importanceTemplate: z.nullable(z.string()),
  /** null = the self-stated importance question is not asked. */
  importanceScale: z.nullable(importanceScaleSchema),
});

const featureAnswerSchema = z.object({
  functional: z.nullable(kanoAnswerSchema),
  dysfunctional: z.nullable(kanoAnswerSchema),
  importance: z.nullable(z.int().check(z.minimum(1), z.maximum(10))),
});
export type FeatureAnswerEntry = z.infer<typeof featureAnswerSchema>;

/** One respondent's paper form typed in the app: answers keyed by feature id. */
const typedResponseSchema = z.object({
  respondent: z.string(),
  segment: z.nullable(z.string()),
  answers: z.record(z.string(), featureAnswerSchema),
});
export type TypedResponse = z.infer<typeof typedResponseSchema>;

/** What the state keeps about an imported file; the rows themselves are in IndexedDB under `datasetId`. */
const importedResponsesSchema = z.object({
  datasetId: z.string().check(z.minLength(1)),
  fileName: z.string(),
  layout: z.enum(['long', 'wide']),
  importedAt: z.string(),
  respondents: z.int().check(z.minimum(0)),
  rowsImported: z.int().check(z.minimum(0)),
  rowsSkipped: z.int().check(z.minimum(0)),
  /** Cells whose answer was not recognised (kept out of the analysis and listed in the report). */
  unrecognisedAnswers: z.int().check(z.minimum(0)),
  hasSegments: z.boolean(),
});
export type ImportedResponses = z.infer<typeof importedResponsesSchema>;

export const kanoStateSchema = z.object({
  features: z.array(featureSchema).check(z.maxLength(KANO_FEATURE_LIMITS.max)),
  questionnaire: questionnaireSchema,
  responses: z.array(typedResponseSchema),
  imports: z.array(importedResponsesSchema),
  /** Conclusions about the whole feature list, beside the per-feature notes. */
  notes: z.string(),
});

export type KanoState = z.infer<typeof kanoStateSchema>;
export type KanoQuestionnaire = z.infer<typeof questionnaireSchema>;

export const KANO_STATE_VERSION = 1;
