/** What the measured effect is worth against what the program costs over the same months. */

import type { ProgramInputs } from '../programEconomics';
import type { DifferenceInDifferences } from './differenceInDifferences';

/** The economics step's inputs this comparison needs (state.program), all entered; not the expected uplifts, which the data replaces. */
export type EvaluationCostInputs = Pick<
  ProgramInputs,
  'margin' | 'rewardRate' | 'breakage' | 'baselineRewardShare' | 'setupCost' | 'monthlyFixedCost' | 'monthlyCostPerMember'
>;

export interface EvaluationEconomics {
  /** Members the effect is multiplied by: those compared in the data, or the program's own count. */
  members: number;
  months: number;
  incrementalSales: number;
  incrementalGrossProfit: number;
  rewardCost: number;
  /** Setup plus monthly fixed costs: the window starts at the launch, so the launch cost falls in it. */
  fixedCost: number;
  memberCost: number;
  programCost: number;
  net: number;
  /** net / programCost; null when the program costs nothing. */
  roi: number | null;
}

/**
 * Incremental gross profit = DiD spend per member-month × members × months × margin. The cost for the
 * same months follows the economics step: redeemed rewards (rate × (1 − breakage)) on the members'
 * rewarded sales — every incremental purchase, and the given share of the rest of what they spent after
 * the launch — plus setup, monthly fixed and per-member costs. A negative DiD earns no rewards on an
 * increment, as in the economics model.
 */
export function evaluationEconomics(did: Pick<DifferenceInDifferences, 'spendDid' | 'members' | 'window'>, inputs: EvaluationCostInputs, members: number): EvaluationEconomics {
  const months = did.window.months;
  const memberMonths = members * months;
  const incrementalSales = did.spendDid * memberMonths;
  const incrementalGrossProfit = incrementalSales * inputs.margin;
  const afterSpend = Math.max(0, did.members.after.spend);
  const incrementalPerMemberMonth = Math.min(Math.max(0, did.spendDid), afterSpend);
  const rewardedPerMemberMonth = incrementalPerMemberMonth + inputs.baselineRewardShare * (afterSpend - incrementalPerMemberMonth);
  const rewardCost = inputs.rewardRate * (1 - inputs.breakage) * rewardedPerMemberMonth * memberMonths;
  const fixedCost = inputs.setupCost + inputs.monthlyFixedCost * months;
  const memberCost = inputs.monthlyCostPerMember * memberMonths;
  const programCost = rewardCost + fixedCost + memberCost;
  const net = incrementalGrossProfit - programCost;
  return {
    members, months, incrementalSales, incrementalGrossProfit, rewardCost, fixedCost, memberCost, programCost, net,
    roi: programCost === 0 ? null : net / programCost,
  };
}
