import { describe, expect, it } from 'vitest';
import {
  SENSITIVITY_KEYS,
  defaultScenarios,
  programEconomics,
  scenarioResults,
  shiftedInput,
  tornado,
  type ProgramInputs,
  type SensitivityKey,
  type TornadoBar,
} from '../../../exercises/program-roi/model';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import { tinyProgram } from '../../builders';

/** The tiny program of programEconomics.test.ts: horizon 2, cost 291.25, net 158.75, ROI 0.545. */
const TINY = tinyProgram();

function bar(bars: TornadoBar[], key: SensitivityKey): TornadoBar {
  const found = bars.find((b) => b.key === key);
  if (!found) throw new Error(`no bar for ${key}`);
  return found;
}

const roiOf = (inputs: ProgramInputs): number | null => programEconomics(inputs).roi;

describe('tornado', () => {
  it('has one bar per input except the horizon', () => {
    const bars = tornado(DEMO_PROGRAM_INPUTS);
    expect(bars).toHaveLength(15);
    expect(new Set(bars.map((b) => b.key))).toEqual(new Set(SENSITIVITY_KEYS));
    expect(bars.map((b) => b.key)).not.toContain('horizonMonths');
  });

  it('computes a bar by hand: setup cost ± 20 % on the tiny program', () => {
    // setup 80:  cost = 291.25 − 20 = 271.25, net = 450 − 271.25 = 178.75, ROI = 178.75 / 271.25 = 0.658986…
    // setup 120: cost = 291.25 + 20 = 311.25, net = 450 − 311.25 = 138.75, ROI = 138.75 / 311.25 = 0.445783…
    const setup = bar(tornado(TINY), 'setupCost');
    expect(setup.low).toBeCloseTo(178.75 / 271.25, 12);
    expect(setup.high).toBeCloseTo(138.75 / 311.25, 12);
    expect(setup.base).toBeCloseTo(158.75 / 291.25, 12);
    expect(setup.swing).toBeCloseTo(178.75 / 271.25 - 138.75 / 311.25, 12);
  });

  it('moves retention through its churn, so +20 % never means customers who never leave', () => {
    // Demo retention 92 %: churn 8 %; −20 % churn = 6.4 % → retention 93.6 %; +20 % churn = 9.6 % → 90.4 %.
    expect(shiftedInput(DEMO_PROGRAM_INPUTS, 'baselineRetention', 1.2)).toBeCloseTo(0.936, 12);
    expect(shiftedInput(DEMO_PROGRAM_INPUTS, 'baselineRetention', 0.8)).toBeCloseTo(0.904, 12);
    const retention = bar(tornado(DEMO_PROGRAM_INPUTS), 'baselineRetention');
    expect(retention.high).toBeCloseTo(roiOf({ ...DEMO_PROGRAM_INPUTS, baselineRetention: 0.936 }) ?? Number.NaN, 12);
    expect(retention.low).toBeCloseTo(roiOf({ ...DEMO_PROGRAM_INPUTS, baselineRetention: 0.904 }) ?? Number.NaN, 12);
  });

  it('is sorted by swing, largest first, and every base is the ROI of the inputs', () => {
    for (const inputs of [DEMO_PROGRAM_INPUTS, TINY, { ...DEMO_PROGRAM_INPUTS, rewardRate: 0.05, horizonMonths: 60 }]) {
      const bars = tornado(inputs);
      const base = roiOf(inputs);
      for (let i = 0; i < bars.length; i += 1) {
        const current = bars[i];
        expect(current?.base).toBe(base);
        expect(current?.swing).toBeCloseTo(Math.abs((current?.high ?? 0) - (current?.low ?? 0)), 12);
        if (i > 0) expect(current?.swing).toBeLessThanOrEqual(bars[i - 1]?.swing ?? Number.NaN);
      }
    }
  });

  it('varies each input by ±δ, one at a time', () => {
    const bars = tornado(DEMO_PROGRAM_INPUTS, 0.5);
    const margin = bar(bars, 'margin');
    // 0.28 × 0.5 = 0.14 and 0.28 × 1.5 = 0.42
    expect(margin.low).toBeCloseTo(roiOf({ ...DEMO_PROGRAM_INPUTS, margin: 0.14 }) ?? Number.NaN, 12);
    expect(margin.high).toBeCloseTo(roiOf({ ...DEMO_PROGRAM_INPUTS, margin: 0.42 }) ?? Number.NaN, 12);
    // a cost lowers ROI when it rises
    const reward = bar(bars, 'rewardRate');
    expect(reward.high ?? Infinity).toBeLessThan(reward.low ?? -Infinity);
  });

  it('keeps a varied share inside [0, 1]: participation never exceeds 1', () => {
    // 0.9 × 1.2 = 1.08 → clamped to 1
    const inputs = { ...DEMO_PROGRAM_INPUTS, participation: 0.9, breakage: 0.95 };
    const bars = tornado(inputs);
    expect(bar(bars, 'participation').high).toBeCloseTo(roiOf({ ...inputs, participation: 1 }) ?? Number.NaN, 12);
    // 0.95 × 1.2 = 1.14 → 1: nothing redeemed
    expect(bar(bars, 'breakage').high).toBeCloseTo(roiOf({ ...inputs, breakage: 1 }) ?? Number.NaN, 12);
    // at 1 already, the upper step cannot move it
    const full = tornado({ ...inputs, participation: 1 });
    expect(bar(full, 'participation').high).toBe(bar(full, 'participation').base);
  });

  it('keeps inputs at 0 in the list with zero swing, at the bottom', () => {
    const inputs = { ...TINY, setupCost: 0, checkUplift: 0 };
    const bars = tornado(inputs);
    expect(bars).toHaveLength(15);
    for (const key of ['setupCost', 'checkUplift'] as const) {
      const zero = bar(bars, key);
      expect(zero.swing).toBe(0);
      expect(zero.low).toBe(zero.base);
      expect(zero.high).toBe(zero.base);
      // everything below a zero-swing bar has zero swing too
      const index = bars.indexOf(zero);
      expect(bars.slice(index).every((b) => b.swing === 0)).toBe(true);
    }
  });

  it('gives zero swing when the ROI is undefined', () => {
    const free = { ...TINY, setupCost: 0, monthlyFixedCost: 0, monthlyCostPerMember: 0, rewardRate: 0 };
    const bars = tornado(free);
    expect(bar(bars, 'margin')).toEqual({ key: 'margin', low: null, high: null, base: null, swing: 0 });
    expect(bars.every((b) => Number.isFinite(b.swing))).toBe(true);
  });
});

describe('scenarios', () => {
  it('halves and multiplies by 1.5 the uplifts and participation, keeping breakage', () => {
    const scenarios = defaultScenarios(DEMO_PROGRAM_INPUTS);
    // 0.6 / 2, 0.08 / 2, 0.04 / 2, 0.02 / 2
    expect(scenarios.pessimistic.participation).toBeCloseTo(0.3, 12);
    expect(scenarios.pessimistic.frequencyUplift).toBeCloseTo(0.04, 12);
    expect(scenarios.pessimistic.checkUplift).toBeCloseTo(0.02, 12);
    expect(scenarios.pessimistic.retentionUplift).toBeCloseTo(0.01, 12);
    expect(scenarios.pessimistic.breakage).toBe(0.3);
    expect(scenarios.expected).toEqual({ participation: 0.6, frequencyUplift: 0.08, checkUplift: 0.04, retentionUplift: 0.02, breakage: 0.3 });
    // 0.6 × 1.5, 0.08 × 1.5, 0.04 × 1.5, 0.02 × 1.5
    expect(scenarios.optimistic.participation).toBeCloseTo(0.9, 12);
    expect(scenarios.optimistic.frequencyUplift).toBeCloseTo(0.12, 12);
    expect(scenarios.optimistic.checkUplift).toBeCloseTo(0.06, 12);
    expect(scenarios.optimistic.retentionUplift).toBeCloseTo(0.03, 12);
    expect(scenarios.optimistic.breakage).toBe(0.3);
  });

  it('caps the optimistic participation at 1', () => {
    // 0.8 × 1.5 = 1.2 → 1
    expect(defaultScenarios({ ...DEMO_PROGRAM_INPUTS, participation: 0.8 }).optimistic.participation).toBe(1);
  });

  it('computes each scenario with the base inputs under its overrides', () => {
    const results = scenarioResults(DEMO_PROGRAM_INPUTS, defaultScenarios(DEMO_PROGRAM_INPUTS));
    expect(results.expected).toEqual(programEconomics(DEMO_PROGRAM_INPUTS));
    const pessimistic = results.pessimistic.roi ?? Number.NaN;
    const expected = results.expected.roi ?? Number.NaN;
    const optimistic = results.optimistic.roi ?? Number.NaN;
    expect(pessimistic).toBeLessThan(expected);
    expect(expected).toBeLessThan(optimistic);
    expect(results.optimistic).toEqual(
      programEconomics({ ...DEMO_PROGRAM_INPUTS, participation: 0.9, frequencyUplift: 0.12, checkUplift: 0.06, retentionUplift: 0.03 }),
    );
  });

  it('uses edited overrides and leaves missing ones at the base value', () => {
    const results = scenarioResults(DEMO_PROGRAM_INPUTS, {
      pessimistic: { breakage: 0.1 },
      expected: {},
      optimistic: { frequencyUplift: 0.2, checkUplift: undefined },
    });
    expect(results.pessimistic).toEqual(programEconomics({ ...DEMO_PROGRAM_INPUTS, breakage: 0.1 }));
    expect(results.expected).toEqual(programEconomics(DEMO_PROGRAM_INPUTS));
    expect(results.optimistic).toEqual(programEconomics({ ...DEMO_PROGRAM_INPUTS, frequencyUplift: 0.2 }));
  });
});
