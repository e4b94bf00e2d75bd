import type { ProgramInputs } from '../model/programEconomics';

/** The seminar's worked example: m = 30 %, d = 10 % needs +50 % volume. */
export const DEMO_DISCOUNT = { margin: 0.3, discount: 0.1 } as const;

/**
 * A realistic mid-size Russian retail chain (roubles). It is meant to show a program that pays back
 * only slowly (month 13 of 24) and earns a modest ROI (about +19 %), because most of the rewards
 * (about 83 %) go to purchases members would have made anyway: the increment is a few per cent of
 * sales, the rewards are paid on all of them. At a 5 % reward rate the same program never pays back
 * (ROI about −12 %), which the sensitivity step makes visible.
 */
export const DEMO_PROGRAM_INPUTS: ProgramInputs = {
  members: 20_000,
  participation: 0.6,
  baselineFrequency: 1.5,
  averageCheck: 1_800,
  margin: 0.28,
  baselineRetention: 0.92,
  frequencyUplift: 0.08,
  checkUplift: 0.04,
  retentionUplift: 0.02,
  rewardRate: 0.03,
  breakage: 0.3,
  baselineRewardShare: 1,
  setupCost: 1_500_000,
  monthlyFixedCost: 250_000,
  monthlyCostPerMember: 12,
  horizonMonths: 24,
};
