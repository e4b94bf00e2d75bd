import { z } from 'zod/mini';
import { LIFE_CYCLE_STAGES, MARKETS, PROGRAM_TYPES, type ProgramType } from '../../src/results/programTypes';
import { mechanicSchema } from '../../src/results/incentiveMechanics';

/**
 * What the participant keeps in "Rational incentives": the market, the product's life-cycle stage and the loyalty
 * types they found among their customers; their scores of every program type for their business; their rating of
 * each lever that raises the cost of leaving or makes buying a habit; the mechanics they chose with parameters;
 * and the discounts checked against their margin.
 */

/** METHODS.md, "Loyalty types": the five continuous ones by what holds the customer, then the unstable ones. */
export const LOYALTY_TYPES = ['brand', 'channel', 'function', 'price', 'experience', 'intermittent', 'changing', 'dispersed'] as const;

/** The participant's three questions about each program type, each scored 1–5 (5 = best for the business). */
export const SCORE_CRITERIA = ['customerValue', 'affordability', 'simplicity'] as const;

/** Levers that raise the cost of leaving (exit, switching, sunk) and levers that make buying a habit. */
export const LEVER_GROUPS = {
  exit: ['membershipFee', 'accumulatedRewards'],
  switching: ['bundles', 'personalService', 'technology', 'jointDevelopment'],
  sunk: ['customerInvestment'],
  habit: ['lessEffort', 'anticipatedService', 'fitCertainty', 'priceCertainty', 'reliability'],
} as const;
export const LEVERS = [...LEVER_GROUPS.exit, ...LEVER_GROUPS.switching, ...LEVER_GROUPS.sunk, ...LEVER_GROUPS.habit] as const;

const score = z.nullable(z.int().check(z.minimum(1), z.maximum(5)));
const share = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));
const id = z.string().check(z.minLength(1), z.maxLength(64));

export const typeScoreSchema = z.object({
  customerValue: score,
  affordability: score,
  simplicity: score,
  /** Why, in the participant's words. */
  note: z.string(),
});

export const leverSchema = z.object({
  /** 0 = not usable in this business, 5 = a strong lever here; null: not rated yet. */
  rating: z.nullable(z.int().check(z.minimum(0), z.maximum(5))),
  /** How the business would use it. */
  how: z.string(),
});

export const chosenMechanicSchema = z.extend(mechanicSchema, { id });

export const discountLineSchema = z.object({
  id,
  /** What the discount is for ("10 % on the second cup"). */
  name: z.string(),
  discount: share,
  /** The volume change the participant expects, to compare with the break-even; null: not entered. */
  expectedVolumeChange: z.nullable(z.number().check(z.minimum(-1))),
});

export const incentivesStateSchema = z.object({
  market: z.nullable(z.enum(MARKETS)),
  stage: z.nullable(z.enum(LIFE_CYCLE_STAGES)),
  loyaltyTypes: z.array(z.enum(LOYALTY_TYPES)),
  scores: z.record(z.enum(PROGRAM_TYPES), typeScoreSchema),
  levers: z.partialRecord(z.enum(LEVERS), leverSchema),
  mechanics: z.array(chosenMechanicSchema).check(z.maxLength(20)),
  /** Gross margin as a share of price, against which every discount is checked. */
  margin: share,
  discounts: z.array(discountLineSchema).check(z.maxLength(30)),
  conclusions: z.object({ notes: z.string() }),
});

export type IncentivesState = z.infer<typeof incentivesStateSchema>;
export type LoyaltyType = (typeof LOYALTY_TYPES)[number];
export type ScoreCriterion = (typeof SCORE_CRITERIA)[number];
export type Lever = (typeof LEVERS)[number];
export type LeverGroup = keyof typeof LEVER_GROUPS;
export type TypeScore = z.infer<typeof typeScoreSchema>;
export type LeverRating = z.infer<typeof leverSchema>;
export type ChosenMechanic = z.infer<typeof chosenMechanicSchema>;
export type DiscountLine = z.infer<typeof discountLineSchema>;

export const INCENTIVES_STATE_VERSION = 1;
export const INCENTIVES_EXERCISE_ID = 'incentives';

export function emptyTypeScore(): TypeScore {
  return { customerValue: null, affordability: null, simplicity: null, note: '' };
}

/** Every program type unscored: the record is complete, so a step never meets a missing type. */
export function emptyScores(): Record<ProgramType, TypeScore> {
  // Cast: fromEntries loses the key type; the entries are exactly PROGRAM_TYPES.
  return Object.fromEntries(PROGRAM_TYPES.map((type) => [type, emptyTypeScore()])) as Record<ProgramType, TypeScore>;
}
