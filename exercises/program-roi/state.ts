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

export const DECISIONS = ['undecided', 'launch', 'pilot', 'redesign', 'stop'] as const;

export const roiStateSchema = z.object({
  discount: discountInputsSchema,
  program: programInputsSchema,
  /** Pessimistic and optimistic variants of the uplifts; null until the user edits them (derived from the inputs). */
  scenarios: z.object({ pessimistic: scenarioSchema, optimistic: scenarioSchema }).nullable(),
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
export type Decision = (typeof DECISIONS)[number];

export const ROI_STATE_VERSION = 1;
