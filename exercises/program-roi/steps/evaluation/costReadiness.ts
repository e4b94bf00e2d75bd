import type { EvaluationCostInputs } from '../../model';
import type { EvaluationScale, ProgramInputsDraft } from '../../state';

const COST_FIELDS = ['margin', 'rewardRate', 'breakage', 'baselineRewardShare', 'setupCost', 'monthlyFixedCost', 'monthlyCostPerMember'] as const;

export type CostReadiness =
  | { kind: 'ready'; inputs: EvaluationCostInputs; programMembers: number | null }
  | { kind: 'missing'; fields: (keyof ProgramInputsDraft)[] };

/**
 * The economics step's figures the effect is weighed against. Only these are needed (not the expected
 * uplifts: the data replaces them), and the program's member count only when the effect is scaled to it.
 */
export function costReadiness(program: ProgramInputsDraft, scale: EvaluationScale): CostReadiness {
  const fields: (keyof ProgramInputsDraft)[] = COST_FIELDS.filter((field) => program[field] === null);
  if (scale === 'program' && program.members === null) fields.unshift('members');
  if (fields.length > 0) return { kind: 'missing', fields };
  const value = (field: (typeof COST_FIELDS)[number]) => program[field] ?? 0;
  return {
    kind: 'ready',
    inputs: {
      margin: value('margin'),
      rewardRate: value('rewardRate'),
      breakage: value('breakage'),
      baselineRewardShare: value('baselineRewardShare'),
      setupCost: value('setupCost'),
      monthlyFixedCost: value('monthlyFixedCost'),
      monthlyCostPerMember: value('monthlyCostPerMember'),
    },
    programMembers: program.members,
  };
}
