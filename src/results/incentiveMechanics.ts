import { z } from 'zod/mini';
import { defineResultKind } from '../workbook/results';
import { LIFE_CYCLE_STAGES, MARKETS, PROGRAM_TYPES } from './programTypes';

const share = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));

/** One mechanic the participant chose in the incentives exercise, with its parameters as entered (null: not yet). */
export const mechanicSchema = z.object({
  type: z.enum(PROGRAM_TYPES),
  /** Reward (points, cashback, discount) as a share of the purchase. */
  rewardRate: share,
  /** Spend that starts the reward or the next tier, in the workbook's currency; null: none. */
  threshold: z.nullable(z.number().check(z.minimum(0))),
  /** Months before an unused reward lapses; null: never. */
  expiryMonths: z.nullable(z.int().check(z.minimum(0), z.maximum(120))),
  /** Tier rules, reward details: the participant's words. */
  rules: z.string(),
});

/**
 * "incentives/mechanics": what the incentives exercise concluded, for the program design to build on: the market
 * and stage it scored for, its ranked short list of program types and the mechanics chosen with their parameters.
 */
export const incentiveMechanicsKind = defineResultKind({
  id: 'incentives/mechanics',
  version: 1,
  schema: z.object({
    market: z.nullable(z.enum(MARKETS)),
    stage: z.nullable(z.enum(LIFE_CYCLE_STAGES)),
    shortList: z.array(z.enum(PROGRAM_TYPES)),
    mechanics: z.array(mechanicSchema),
  }),
});

export type IncentiveMechanics = z.infer<typeof incentiveMechanicsKind.schema>;
export type Mechanic = z.infer<typeof mechanicSchema>;
