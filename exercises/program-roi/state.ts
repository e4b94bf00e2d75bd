import { z } from 'zod/mini';
import { programFiguresSchema } from '../../src/results/programFigures';

/**
 * What the participant enters in the ROI exercise. Numbers are null until entered, so "start from
 * scratch" shows empty fields and the results wait for what is missing instead of computing with zeros.
 * Shares are fractions (0.28 = 28 %).
 */
const share = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));

export const discountInputsSchema = z.object({
  margin: share,
  discount: share,
  /** The volume change the participant expects from the discount, to compare with the break-even. */
  expectedVolumeChange: z.nullable(z.number().check(z.minimum(-1))),
});

/** The program's figures: the shape the program design sends (src/results/programFigures.ts). */
export const programInputsSchema = programFiguresSchema;

/** Where the program's figures came from when another exercise sent them, with the figures as sent. */
export const programSourceSchema = z.object({
  exerciseId: z.string(),
  at: z.string(),
  programName: z.string(),
  figures: programFiguresSchema,
});

const scenarioSchema = z.object({
  participation: share,
  frequencyUplift: z.nullable(z.number().check(z.minimum(-0.99))),
  checkUplift: z.nullable(z.number().check(z.minimum(-0.99))),
  retentionUplift: z.nullable(z.number().check(z.minimum(-1), z.maximum(1))),
  breakage: share,
});

export const MEMBER_SOURCES = ['column', 'list'] as const;
/** Whom the measured effect per member is multiplied by: the members compared in the data, or the program's own count. */
export const EVALUATION_SCALES = ['data', 'program'] as const;
export const MAX_EVALUATION_WINDOW_MONTHS = 60;

export const evaluationSettingsSchema = z.object({
  /** 'yyyy-mm-dd'; null until entered. */
  launchDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  memberSource: z.enum(MEMBER_SOURCES),
  /** Cap on the months compared before and after the launch; the data may allow fewer. */
  windowMonths: z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_EVALUATION_WINDOW_MONTHS))),
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
  scenarios: z.nullable(z.object({ pessimistic: scenarioSchema, optimistic: scenarioSchema })),
  evaluation: z._default(evaluationSettingsSchema, () => ({ ...DEFAULT_EVALUATION_SETTINGS })),
  /** null: typed here. Progress saved before designs could be sent has none (schema version 1 kept). */
  programSource: z._default(z.nullable(programSourceSchema), null),
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
export type ProgramSource = z.infer<typeof programSourceSchema>;
export type EvaluationSettings = z.infer<typeof evaluationSettingsSchema>;
export type MemberSource = (typeof MEMBER_SOURCES)[number];
export type EvaluationScale = (typeof EVALUATION_SCALES)[number];
export type Decision = (typeof DECISIONS)[number];

export const ROI_STATE_VERSION = 1;
