/**
 * Sensitivity of the program's ROI (METHODS, "Sensitivity"): a one-at-a-time tornado shows which
 * assumption decides the answer, and three scenarios show the range the uncertain uplifts allow.
 */
import { programEconomics, programTotals, type ProgramInputs, type ProgramResult } from './programEconomics';

export type SensitivityKey = Exclude<keyof ProgramInputs, 'horizonMonths'>;

/** ROI at input × (1 − δ) and × (1 + δ); swing = |high − low|, 0 when either is null. */
export interface TornadoBar {
  key: SensitivityKey;
  low: number | null;
  high: number | null;
  base: number | null;
  swing: number;
}

export type ScenarioId = 'pessimistic' | 'expected' | 'optimistic';
export type ScenarioOverrides = Partial<
  Pick<ProgramInputs, 'participation' | 'frequencyUplift' | 'checkUplift' | 'retentionUplift' | 'breakage'>
>;

export const SCENARIO_IDS: readonly ScenarioId[] = ['pessimistic', 'expected', 'optimistic'];
export const DEFAULT_TORNADO_DELTA = 0.2;
/** Uplifts are the least known inputs: the seminar brackets them at half and one and a half times the estimate. */
export const SCENARIO_FACTORS = { pessimistic: 0.5, optimistic: 1.5 } as const;

/** Form order: bars with equal swing keep it, so zero-swing inputs line up predictably at the bottom. */
export const SENSITIVITY_KEYS: readonly SensitivityKey[] = [
  'members', 'participation', 'baselineFrequency', 'averageCheck', 'margin', 'baselineRetention',
  'frequencyUplift', 'checkUplift', 'retentionUplift', 'rewardRate', 'breakage', 'baselineRewardShare',
  'setupCost', 'monthlyFixedCost', 'monthlyCostPerMember',
];

/**
 * The range each input may take, so a ±δ step never produces a participation above 100 % or a
 * negative cost. Relative uplifts stop at −100 % (no purchases at all); retention points at ±1.
 */
const VALID_RANGE: Record<SensitivityKey, readonly [number, number]> = {
  members: [0, Infinity],
  participation: [0, 1],
  baselineFrequency: [0, Infinity],
  averageCheck: [0, Infinity],
  margin: [0, 1],
  baselineRetention: [0, 1],
  frequencyUplift: [-1, Infinity],
  checkUplift: [-1, Infinity],
  retentionUplift: [-1, 1],
  rewardRate: [0, 1],
  breakage: [0, 1],
  baselineRewardShare: [0, 1],
  setupCost: [0, Infinity],
  monthlyFixedCost: [0, Infinity],
  monthlyCostPerMember: [0, Infinity],
};

export function clampInput(key: SensitivityKey, value: number): number {
  const [min, max] = VALID_RANGE[key];
  return Math.min(max, Math.max(min, value));
}

/**
 * The input × factor, clamped into its valid range. Retention is the exception: 92 % × 1.2 would be
 * 110 %, i.e. customers who never leave, so the step moves the churn (8 % → 6.4 % or 9.6 %) instead.
 * "Higher" retention is then the one with less churn.
 */
export function shiftedInput(inputs: ProgramInputs, key: SensitivityKey, factor: number): number {
  if (key === 'baselineRetention') {
    const churn = 1 - inputs.baselineRetention;
    return clampInput(key, 1 - churn * (2 - factor));
  }
  return clampInput(key, inputs[key] * factor);
}

/**
 * ±δ (default 0.2) of each input, one at a time, the others at their base values; a varied value is
 * clamped into its valid range. Relative steps keep the bars comparable across inputs measured in
 * different units; an input at 0 therefore does not move, and its bar stays at the bottom.
 */
export function tornado(inputs: ProgramInputs, delta: number = DEFAULT_TORNADO_DELTA): TornadoBar[] {
  const base = programTotals(inputs).roi;
  const roiWith = (key: SensitivityKey, factor: number): number | null =>
    programTotals({ ...inputs, [key]: shiftedInput(inputs, key, factor) }).roi;
  const bars = SENSITIVITY_KEYS.map((key): TornadoBar => {
    const low = roiWith(key, 1 - delta);
    const high = roiWith(key, 1 + delta);
    const swing = low !== null && high !== null && Number.isFinite(high - low) ? Math.abs(high - low) : 0;
    return { key, low, high, base, swing };
  });
  // Array.prototype.sort is stable, so equal swings keep the form order.
  return bars.sort((a, b) => b.swing - a.swing);
}

/**
 * Pessimistic halves the three uplifts and the participation, optimistic takes 1.5 times them
 * (participation capped at 1); breakage is the same in all three, but stays editable.
 */
export function defaultScenarios(inputs: ProgramInputs): Record<ScenarioId, ScenarioOverrides> {
  const scaled = (factor: number): ScenarioOverrides => ({
    participation: clampInput('participation', inputs.participation * factor),
    frequencyUplift: inputs.frequencyUplift * factor,
    checkUplift: inputs.checkUplift * factor,
    retentionUplift: inputs.retentionUplift * factor,
    breakage: inputs.breakage,
  });
  return { pessimistic: scaled(SCENARIO_FACTORS.pessimistic), expected: scaled(1), optimistic: scaled(SCENARIO_FACTORS.optimistic) };
}

/** Applies the overrides that are set; a missing override leaves the base input in place. */
export function applyScenario(inputs: ProgramInputs, overrides: ScenarioOverrides): ProgramInputs {
  const applied: ProgramInputs = { ...inputs };
  // Cast: Object.entries loses the key type; overrides is a ScenarioOverrides and nothing else.
  for (const [key, value] of Object.entries(overrides) as [keyof ScenarioOverrides, number | undefined][]) {
    if (value !== undefined) applied[key] = value;
  }
  return applied;
}

export function scenarioResults(
  inputs: ProgramInputs,
  scenarios: Record<ScenarioId, ScenarioOverrides>,
): Record<ScenarioId, ProgramResult> {
  return {
    pessimistic: programEconomics(applyScenario(inputs, scenarios.pessimistic)),
    expected: programEconomics(applyScenario(inputs, scenarios.expected)),
    optimistic: programEconomics(applyScenario(inputs, scenarios.optimistic)),
  };
}
