import { blankRoiState, demoRoiState } from '../../exercises/program-roi/demo';
import type { ProgramInputs } from '../../exercises/program-roi/model';
import type { DiscountInputsDraft, EvaluationSettings, ProgramInputsDraft, RoiState } from '../../exercises/program-roi/state';
import type { TypedRow } from '../../src/data/import/types';

/** Each section of the state replaced field by field; `scenarios` as a whole (null = derived from the inputs). */
export interface RoiOverrides {
  discount?: Partial<DiscountInputsDraft>;
  program?: Partial<ProgramInputsDraft>;
  scenarios?: RoiState['scenarios'];
  evaluation?: Partial<EvaluationSettings>;
  conclusions?: Partial<RoiState['conclusions']>;
  programSource?: RoiState['programSource'];
}

/**
 * An ROI state the exercise would accept: its own blank start (every number empty) or the demo's, with the
 * fields the test is about replaced.
 */
export function roiState(overrides: RoiOverrides = {}, start: 'blank' | 'demo' = 'blank'): RoiState {
  const base = start === 'demo' ? demoRoiState() : blankRoiState();
  return {
    discount: { ...base.discount, ...overrides.discount },
    program: { ...base.program, ...overrides.program },
    scenarios: overrides.scenarios === undefined ? base.scenarios : overrides.scenarios,
    evaluation: { ...base.evaluation, ...overrides.evaluation },
    programSource: overrides.programSource === undefined ? base.programSource : overrides.programSource,
    conclusions: { ...base.conclusions, ...overrides.conclusions },
  };
}

/**
 * A program small enough to compute by hand: 100 members, half of them taking part, a 2-month horizon (cost
 * 291.25, net 158.75, ROI 0.545). test/unit/program-roi/programEconomics.test.ts writes the arithmetic out.
 */
export function tinyProgram(): ProgramInputs {
  return {
    members: 100,
    participation: 0.5,
    baselineFrequency: 2,
    averageCheck: 10,
    margin: 0.4,
    baselineRetention: 0.5,
    frequencyUplift: 0.25,
    checkUplift: 0.2,
    retentionUplift: 0.25,
    rewardRate: 0.1,
    breakage: 0.5,
    baselineRewardShare: 0.5,
    setupCost: 100,
    monthlyFixedCost: 20,
    monthlyCostPerMember: 0.1,
    horizonMonths: 2,
  };
}

/**
 * Two members and two non-members, Jan–Apr 2024, and X, who first buys in March: the hand-checked case of
 * test/unit/program-roi/evaluation.test.ts as the import stores sales rows, membership as «да»/«нет».
 */
export function handCheckedSalesRows(): TypedRow[] {
  const sales: [customer: string, date: string, amount: number, member: string][] = [
    ['M1', '2024-01-01', 100, 'да'], ['M1', '2024-02-10', 100, 'да'], ['M1', '2024-03-05', 150, 'да'], ['M1', '2024-03-05', 50, 'да'],
    ['M1', '2024-04-30', 200, 'да'], ['M2', '2024-01-15', 300, 'да'], ['M2', '2024-03-20', 300, 'да'], ['M2', '2024-04-02', 300, 'да'],
    ['N1', '2024-01-20', 100, 'нет'], ['N1', '2024-02-20', 100, 'нет'], ['N1', '2024-03-15', 100, 'нет'], ['N2', '2024-02-01', 200, 'нет'],
    ['N2', '2024-04-10', 300, 'нет'], ['X', '2024-03-10', 500, 'да'],
  ];
  return sales.map(([customer, date, amount, member]) => ({ customer, date, amount, member }));
}
