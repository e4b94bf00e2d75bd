import { z } from 'zod';

/**
 * What the participant enters in the ROI exercise. Numbers are null until entered, so "start from
 * scratch" shows empty fields and the results wait for what is missing instead of computing with zeros.
 * Shares are fractions (0.28 = 28 %).
 */
const share = z.number().min(0).max(1).nullable();
const nonNegative = z.number().min(0).nullable();

export const discountInputsSchema = z.object({
  margin: share,
  discount: share,
  /** The volume change the participant expects from the discount, to compare with the break-even. */
  expectedVolumeChange: z.number().min(-1).nullable(),
});

export const programInputsSchema = z.object({
  members: nonNegative,
  participation: share,
  baselineFrequency: nonNegative,
  averageCheck: nonNegative,
  margin: share,
  baselineRetention: share,
  frequencyUplift: z.number().min(-0.99).nullable(),
  checkUplift: z.number().min(-0.99).nullable(),
  retentionUplift: z.number().min(-1).max(1).nullable(),
  rewardRate: share,
  breakage: share,
  baselineRewardShare: share,
  setupCost: nonNegative,
  monthlyFixedCost: nonNegative,
  monthlyCostPerMember: nonNegative,
  horizonMonths: z.number().int().min(1).max(120).nullable(),
});

const scenarioSchema = z.object({
  participation: share,
  frequencyUplift: z.number().min(-0.99).nullable(),
  checkUplift: z.number().min(-0.99).nullable(),
  retentionUplift: z.number().min(-1).max(1).nullable(),
  breakage: share,
});

export const MEMBER_SOURCES = ['column', 'list'] as const;
/** Whom the measured effect per member is multiplied by: the members compared in the data, or the program's own count. */
export const EVALUATION_SCALES = ['data', 'program'] as const;
export const MAX_EVALUATION_WINDOW_MONTHS = 60;

export const evaluationSettingsSchema = z.object({
  /** 'yyyy-mm-dd'; null until entered. */
  launchDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  memberSource: z.enum(MEMBER_SOURCES),
  /** Cap on the months compared before and after the launch; the data may allow fewer. */
  windowMonths: z.number().int().min(1).max(MAX_EVALUATION_WINDOW_MONTHS).nullable(),
  scaleTo: z.enum(EVALUATION_SCALES),
});

/** Progress saved before the evaluation step existed has no `evaluation`: it opens with these (schema version 1 kept). */
export const DEFAULT_EVALUATION_SETTINGS: z.infer<typeof evaluationSettingsSchema> = {
  launchDate: null,
  memberSource: 'column',
  windowMonths: 12,
  // The economics step's fixed costs are for the whole program; a sample of customers would dwarf its effect.
  scaleTo: 'program',
};

export const DECISIONS = ['undecided', 'launch', 'pilot', 'redesign', 'stop'] as const;

export const roiStateSchema = z.object({
  discount: discountInputsSchema,
  program: programInputsSchema,
  /** Pessimistic and optimistic variants of the uplifts; null until the user edits them (derived from the inputs). */
  scenarios: z.object({ pessimistic: scenarioSchema, optimistic: scenarioSchema }).nullable(),
  evaluation: evaluationSettingsSchema.default(() => ({ ...DEFAULT_EVALUATION_SETTINGS })),
  conclusions: z.object({
    decision: z.enum(DECISIONS),
    notes: z.string(),
    nextSteps: z.string(),
  }),
});

export type RoiState = z.infer<typeof roiStateSchema>;
export type DiscountInputsDraft = z.infer<typeof discountInputsSchema>;
export type ProgramInputsDraft = z.infer<typeof programInputsSchema>;
export type ScenarioDraft = z.infer<typeof scenarioSchema>;
export type EvaluationSettings = z.infer<typeof evaluationSettingsSchema>;
export type MemberSource = (typeof MEMBER_SOURCES)[number];
export type EvaluationScale = (typeof EVALUATION_SCALES)[number];
export type Decision = (typeof DECISIONS)[number];

export const ROI_STATE_VERSION = 1;
