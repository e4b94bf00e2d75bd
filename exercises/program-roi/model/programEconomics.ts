/**
 * Program ROI over a horizon (METHODS, "Program ROI"): incremental gross profit of the members
 * (frequency, average check and retention uplifts among those who participate) minus what the program
 * costs (redeemed rewards, including rewards on sales that would have happened anyway, fixed costs and
 * cost per member), divided by that cost. Month by month, so payback is visible and retention compounds.
 */
import { isOneOf } from '../../../src/data/oneOf';

export interface ProgramInputs {
  /** Enrolled members M (>= 0). */
  members: number;
  /** Share p of members who actually change behaviour (0..1); the uplifts apply to them only. */
  participation: number;
  /** Purchases per member per month without the program. */
  baselineFrequency: number;
  /** Money per purchase without the program. */
  averageCheck: number;
  /** Gross margin share m (0..1). */
  margin: number;
  /** Monthly retention without the program r0 (0..1): share of last month's buyers still buying. */
  baselineRetention: number;
  /** Relative, 0.1 = +10 % purchases among participating members. */
  frequencyUplift: number;
  /** Relative, 0.05 = +5 % average check among participating members. */
  checkUplift: number;
  /** Percentage points added to the monthly retention of participating members: r1 = min(1, r0 + Δr). */
  retentionUplift: number;
  /** Rewards issued as a share of members' sales (0..1). */
  rewardRate: number;
  /** Share of issued rewards never redeemed (0..1). */
  breakage: number;
  /** Share of the members' usual (would-have-happened) sales that also earn rewards; 1 for flat points on every purchase. */
  baselineRewardShare: number;
  /** One-off, charged in month 1. */
  setupCost: number;
  /** Platform, staff, marketing per month. */
  monthlyFixedCost: number;
  /** Per enrolled member per month (cards, communications). */
  monthlyCostPerMember: number;
  /** Integer 1..120. */
  horizonMonths: number;
}

export interface MonthResult {
  month: number;
  incrementalSales: number;
  incrementalGrossProfit: number;
  rewardCostIncremental: number;
  rewardCostBaseline: number;
  otherCost: number;
  programCost: number;
  net: number;
  cumulativeGrossProfit: number;
  cumulativeCost: number;
  cumulativeNet: number;
}

export type BreakEvenUplift = { kind: 'reachable'; uplift: number } | { kind: 'unreachable' };

export interface ProgramResult {
  months: MonthResult[];
  incrementalSales: number;
  incrementalGrossProfit: number;
  rewardCostIncremental: number;
  rewardCostBaseline: number;
  /** Setup plus monthly fixed costs over the horizon. */
  fixedCost: number;
  memberCost: number;
  programCost: number;
  net: number;
  /** net / programCost; null when the program costs nothing. */
  roi: number | null;
  /** First month whose cumulative net is >= 0; null if that never happens within the horizon. */
  paybackMonth: number | null;
  /** Rewards on would-have-happened sales as a share of all reward cost; null if no rewards. */
  shareOfRewardsOnBaseline: number | null;
  breakEven: { frequencyUplift: BreakEvenUplift; checkUplift: BreakEvenUplift };
}

export type ProgramInputIssue = {
  field: keyof ProgramInputs;
  problem: 'not-a-number' | 'negative' | 'above-one' | 'not-integer' | 'out-of-range';
};

export const MAX_HORIZON_MONTHS = 120;

/** Relative to the gross-profit slope: below it, the net's slope is floating-point noise. */
const SLOPE_TOLERANCE = 1e-9;

type Totals = Omit<ProgramResult, 'breakEven'>;
type UpliftKey = 'frequencyUplift' | 'checkUplift';

const SHARE_FIELDS = ['participation', 'margin', 'baselineRetention', 'rewardRate', 'breakage', 'baselineRewardShare'] as const;
const NON_NEGATIVE_FIELDS = ['members', 'baselineFrequency', 'averageCheck', 'setupCost', 'monthlyFixedCost', 'monthlyCostPerMember'] as const;
/** A relative uplift below −100 % would mean negative purchases or a negative check. */
const RELATIVE_UPLIFT_FIELDS = ['frequencyUplift', 'checkUplift'] as const;

const PROGRAM_INPUT_KEYS: readonly (keyof ProgramInputs)[] = [
  'members', 'participation', 'baselineFrequency', 'averageCheck', 'margin', 'baselineRetention',
  'frequencyUplift', 'checkUplift', 'retentionUplift', 'rewardRate', 'breakage', 'baselineRewardShare',
  'setupCost', 'monthlyFixedCost', 'monthlyCostPerMember', 'horizonMonths',
];

/** One issue per field, in the order of the form, so the UI can show it next to the field. */
export function validateProgramInputs(inputs: ProgramInputs): ProgramInputIssue[] {
  const issues: ProgramInputIssue[] = [];
  for (const field of PROGRAM_INPUT_KEYS) {
    const problem = fieldProblem(field, inputs[field]);
    if (problem !== null) issues.push({ field, problem });
  }
  return issues;
}

function fieldProblem(field: keyof ProgramInputs, value: number): ProgramInputIssue['problem'] | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
  if (isOneOf(SHARE_FIELDS, field)) {
    if (value < 0) return 'negative';
    if (value > 1) return 'above-one';
    return null;
  }
  if (isOneOf(NON_NEGATIVE_FIELDS, field)) return value < 0 ? 'negative' : null;
  if (isOneOf(RELATIVE_UPLIFT_FIELDS, field)) return value < -1 ? 'out-of-range' : null;
  // Retention is a share, so percentage points added to it can only be within ±1.
  if (field === 'retentionUplift') return value < -1 || value > 1 ? 'out-of-range' : null;
  if (!Number.isInteger(value)) return 'not-integer';
  return value < 1 || value > MAX_HORIZON_MONTHS ? 'out-of-range' : null;
}

/** The loop count must stay finite and small whatever the form holds; a bad horizon gives no months. */
function horizonOf(inputs: ProgramInputs): number {
  const h = inputs.horizonMonths;
  return Number.isFinite(h) ? Math.min(MAX_HORIZON_MONTHS, Math.max(0, Math.floor(h))) : 0;
}

function simulateMonths(inputs: ProgramInputs): MonthResult[] {
  const {
    members, participation, baselineFrequency, averageCheck, margin, baselineRetention,
    frequencyUplift, checkUplift, retentionUplift, rewardRate, breakage, baselineRewardShare,
    setupCost, monthlyFixedCost, monthlyCostPerMember,
  } = inputs;
  const active = members * participation;
  // The method clamps r1 ≤ 1; the lower bound 0 only guards a negative uplift, since r^(t−1) of a
  // negative retention would flip sign every month.
  const r0 = baselineRetention;
  const r1 = Math.min(1, Math.max(0, r0 + retentionUplift));
  const baseSalesPerMember = baselineFrequency * averageCheck;
  const activeSalesPerMember = baselineFrequency * (1 + frequencyUplift) * averageCheck * (1 + checkUplift);
  // Only redeemed rewards cost money; breakage is the share that is issued but never spent.
  const redeemedRate = rewardRate * (1 - breakage);

  const months: MonthResult[] = [];
  let cumulativeGrossProfit = 0;
  let cumulativeCost = 0;
  const horizon = horizonOf(inputs);
  for (let month = 1; month <= horizon; month += 1) {
    // Exponent t − 1: month 1 has every member, later months only the survivors.
    const survivors0 = r0 ** (month - 1);
    const survivors1 = r1 ** (month - 1);
    const baselineSales = members * survivors0 * baseSalesPerMember;
    // S1 − S0 with the non-participants' identical sales cancelled algebraically: the same number,
    // but exactly 0 when there is no uplift instead of a rounding residue of two large sums.
    const incrementalSales = active * (survivors1 * activeSalesPerMember - survivors0 * baseSalesPerMember);
    const incrementalGrossProfit = margin * incrementalSales;
    // Lost sales earn no rewards, so a negative increment does not refund anything.
    const rewardCostIncremental = redeemedRate * Math.max(incrementalSales, 0);
    // The program's biggest hidden cost: members are rewarded for purchases they would have made anyway.
    // It scales with all baseline sales, while the profit scales only with the (small) increment.
    const rewardCostBaseline = redeemedRate * baselineRewardShare * baselineSales;
    const otherCost = (month === 1 ? setupCost : 0) + monthlyFixedCost + monthlyCostPerMember * members;
    const programCost = rewardCostIncremental + rewardCostBaseline + otherCost;
    cumulativeGrossProfit += incrementalGrossProfit;
    cumulativeCost += programCost;
    months.push({
      month, incrementalSales, incrementalGrossProfit, rewardCostIncremental, rewardCostBaseline, otherCost, programCost,
      net: incrementalGrossProfit - programCost, cumulativeGrossProfit, cumulativeCost,
      cumulativeNet: cumulativeGrossProfit - cumulativeCost,
    });
  }
  return months;
}

function sum(months: readonly MonthResult[], pick: (month: MonthResult) => number): number {
  return months.reduce((total, month) => total + pick(month), 0);
}

/** Everything except the break-even uplifts: cheap enough for the tornado's thirty evaluations. */
export function programTotals(inputs: ProgramInputs): Totals {
  const months = simulateMonths(inputs);
  const horizon = months.length;
  const incrementalSales = sum(months, (m) => m.incrementalSales);
  const incrementalGrossProfit = sum(months, (m) => m.incrementalGrossProfit);
  const rewardCostIncremental = sum(months, (m) => m.rewardCostIncremental);
  const rewardCostBaseline = sum(months, (m) => m.rewardCostBaseline);
  const fixedCost = horizon > 0 ? inputs.setupCost + inputs.monthlyFixedCost * horizon : 0;
  const memberCost = inputs.monthlyCostPerMember * inputs.members * horizon;
  const programCost = sum(months, (m) => m.programCost);
  const net = incrementalGrossProfit - programCost;
  const rewardCost = rewardCostIncremental + rewardCostBaseline;
  const payback = months.find((m) => m.cumulativeNet >= 0);
  return {
    months, incrementalSales, incrementalGrossProfit, rewardCostIncremental, rewardCostBaseline, fixedCost, memberCost,
    programCost, net,
    roi: programCost === 0 ? null : net / programCost,
    paybackMonth: payback ? payback.month : null,
    shareOfRewardsOnBaseline: rewardCost === 0 ? null : rewardCostBaseline / rewardCost,
  };
}

export function programEconomics(inputs: ProgramInputs): ProgramResult {
  return {
    ...programTotals(inputs),
    breakEven: { frequencyUplift: breakEvenUplift(inputs, 'frequencyUplift'), checkUplift: breakEvenUplift(inputs, 'checkUplift') },
  };
}

function netAt(inputs: ProgramInputs, key: UpliftKey, uplift: number): number {
  return programTotals({ ...inputs, [key]: uplift }).net;
}

/**
 * The uplift (other inputs unchanged) at which the horizon's net is 0. Each month's incremental sales
 * are linear in either uplift, so the net is linear too — except that rewards are paid only on a
 * positive increment, which bends it where a month's increment crosses zero. Between those kinks
 * two evaluations give the line exactly; the rightmost line's slope is (m − redeemed rate) × the
 * participants' sales, so a slope <= 0 means no uplift ever pays (margin eaten by rewards, or nobody
 * participates). With a positive slope every segment rises, so the root is unique.
 */
function breakEvenUplift(inputs: ProgramInputs, key: UpliftKey): BreakEvenUplift {
  const at0 = simulateMonths({ ...inputs, [key]: 0 });
  const at1 = simulateMonths({ ...inputs, [key]: 1 });
  const kinks: number[] = [];
  at0.forEach((month, i) => {
    const slope = (at1[i]?.incrementalSales ?? Number.NaN) - month.incrementalSales;
    const kink = -month.incrementalSales / slope;
    if (slope !== 0 && Number.isFinite(kink)) kinks.push(kink);
  });
  kinks.sort((a, b) => a - b);
  const last = kinks[kinks.length - 1] ?? 0;
  const first = kinks[0] ?? 0;

  const atLast = programTotals({ ...inputs, [key]: last });
  const atLastPlusOne = programTotals({ ...inputs, [key]: last + 1 });
  const netLast = atLast.net;
  const rightSlope = atLastPlusOne.net - netLast;
  // m = k typed as decimals (0.05 vs 0.1 × 0.5) leaves a rounding residue of a slope; measured against
  // the gross-profit slope it is noise, and would otherwise "break even" at an astronomical uplift.
  const grossProfitSlope = Math.abs(atLastPlusOne.incrementalGrossProfit - atLast.incrementalGrossProfit);
  if (!(rightSlope > SLOPE_TOLERANCE * grossProfitSlope)) return { kind: 'unreachable' };

  let uplift = Number.NaN;
  if (netLast <= 0) {
    uplift = last - netLast / rightSlope;
  } else {
    let right = last;
    let netRight = netLast;
    for (let i = kinks.length - 2; i >= 0 && Number.isNaN(uplift); i -= 1) {
      const left = kinks[i] ?? right;
      const netLeft = netAt(inputs, key, left);
      if (netLeft <= 0 && netRight > netLeft) uplift = left + ((right - left) * -netLeft) / (netRight - netLeft);
      right = left;
      netRight = netLeft;
    }
    if (Number.isNaN(uplift)) {
      const netFirst = netAt(inputs, key, first);
      const leftSlope = netFirst - netAt(inputs, key, first - 1);
      if (leftSlope > 0) uplift = first - netFirst / leftSlope;
    }
  }
  return Number.isFinite(uplift) ? { kind: 'reachable', uplift } : { kind: 'unreachable' };
}
