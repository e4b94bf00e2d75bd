import { describe, expect, it } from 'vitest';
import {
  programEconomics,
  validateProgramInputs,
  type BreakEvenUplift,
  type ProgramInputs,
} from '../../../exercises/program-roi/model';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import { tinyProgram } from '../../builders';

/**
 * A tiny program small enough to compute by hand (test/builders/programRoi.ts).
 * M = 100, p = 0.5 → A = 50 participating, P = 50 not.
 * f0·c0 = 2 × 10 = 20 per member per month; participants: 2(1 + 0.25) × 10(1 + 0.2) = 2.5 × 12 = 30.
 * r0 = 0.5, r1 = 0.5 + 0.25 = 0.75. Redeemed rate k = ρ(1 − b) = 0.1 × 0.5 = 0.05.
 */
const TINY = tinyProgram();

function reachable(result: BreakEvenUplift): number {
  if (result.kind !== 'reachable') throw new Error('expected a reachable break-even');
  return result.uplift;
}

describe('programEconomics: the tiny case by hand', () => {
  it('horizon 1', () => {
    const r = programEconomics({ ...TINY, horizonMonths: 1 });
    // S0 = M · r0^0 · f0 · c0 = 100 × 1 × 20 = 2000
    // S1 = A · r1^0 · 30 + P · r0^0 · 20 = 50 × 30 + 50 × 20 = 1500 + 1000 = 2500
    // ΔS = 2500 − 2000 = 500;  G = 0.4 × 500 = 200
    // rewards on the increment = 0.05 × 500 = 25; on baseline sales = 0.05 × 0.5 × 2000 = 50
    // other = setup 100 + fixed 20 + 0.1 × 100 members = 130
    // cost = 25 + 50 + 130 = 205;  net = 200 − 205 = −5;  ROI = −5 / 205 = −0.0243902…
    expect(r.months).toHaveLength(1);
    const m1 = r.months[0];
    expect(m1?.month).toBe(1);
    expect(m1?.incrementalSales).toBeCloseTo(500, 9);
    expect(m1?.incrementalGrossProfit).toBeCloseTo(200, 9);
    expect(m1?.rewardCostIncremental).toBeCloseTo(25, 9);
    expect(m1?.rewardCostBaseline).toBeCloseTo(50, 9);
    expect(m1?.otherCost).toBeCloseTo(130, 9);
    expect(m1?.programCost).toBeCloseTo(205, 9);
    expect(m1?.net).toBeCloseTo(-5, 9);
    expect(m1?.cumulativeNet).toBeCloseTo(-5, 9);
    expect(r.fixedCost).toBeCloseTo(120, 9); // 100 + 20
    expect(r.memberCost).toBeCloseTo(10, 9); // 0.1 × 100
    expect(r.programCost).toBeCloseTo(205, 9);
    expect(r.net).toBeCloseTo(-5, 9);
    expect(r.roi).toBeCloseTo(-5 / 205, 12);
    expect(r.paybackMonth).toBeNull();
    // 50 / (25 + 50) = 2/3
    expect(r.shareOfRewardsOnBaseline).toBeCloseTo(2 / 3, 12);
  });

  it('horizon 2', () => {
    const r = programEconomics(TINY);
    // month 2: S0 = 100 × 0.5 × 20 = 1000
    //          S1 = 50 × 0.75 × 30 + 50 × 0.5 × 20 = 1125 + 500 = 1625
    //          ΔS = 625;  G = 0.4 × 625 = 250
    //          rewards: 0.05 × 625 = 31.25 on the increment, 0.05 × 0.5 × 1000 = 25 on baseline
    //          other = 20 + 10 = 30;  cost = 31.25 + 25 + 30 = 86.25;  net = 250 − 86.25 = 163.75
    // totals:  ΔS = 500 + 625 = 1125;  G = 200 + 250 = 450;  cost = 205 + 86.25 = 291.25
    //          net = 450 − 291.25 = 158.75;  ROI = 158.75 / 291.25 = 0.545064…
    const m2 = r.months[1];
    expect(r.months).toHaveLength(2);
    expect(m2?.incrementalSales).toBeCloseTo(625, 9);
    expect(m2?.incrementalGrossProfit).toBeCloseTo(250, 9);
    expect(m2?.rewardCostIncremental).toBeCloseTo(31.25, 9);
    expect(m2?.rewardCostBaseline).toBeCloseTo(25, 9);
    expect(m2?.otherCost).toBeCloseTo(30, 9);
    expect(m2?.programCost).toBeCloseTo(86.25, 9);
    expect(m2?.net).toBeCloseTo(163.75, 9);
    expect(m2?.cumulativeGrossProfit).toBeCloseTo(450, 9);
    expect(m2?.cumulativeCost).toBeCloseTo(291.25, 9);
    expect(m2?.cumulativeNet).toBeCloseTo(158.75, 9);

    expect(r.incrementalSales).toBeCloseTo(1125, 9);
    expect(r.incrementalGrossProfit).toBeCloseTo(450, 9);
    expect(r.rewardCostIncremental).toBeCloseTo(56.25, 9); // 25 + 31.25
    expect(r.rewardCostBaseline).toBeCloseTo(75, 9); // 50 + 25
    expect(r.fixedCost).toBeCloseTo(140, 9); // 100 + 20 × 2
    expect(r.memberCost).toBeCloseTo(20, 9); // 10 × 2
    expect(r.programCost).toBeCloseTo(291.25, 9); // 56.25 + 75 + 140 + 20
    expect(r.net).toBeCloseTo(158.75, 9);
    expect(r.roi).toBeCloseTo(158.75 / 291.25, 12);
    // cumulative net: −5 after month 1, +158.75 after month 2
    expect(r.paybackMonth).toBe(2);
    // 75 / (56.25 + 75) = 75 / 131.25 = 4/7
    expect(r.shareOfRewardsOnBaseline).toBeCloseTo(4 / 7, 12);
  });

  it('break-even frequency uplift, horizon 2', () => {
    // ΔS_t = A·f0·c0 · [r1^(t−1)(1 + uf)(1 + uc) − r0^(t−1)] = 1000 · [...]
    // t = 1: 1000 · [1.2(1 + uf) − 1];  t = 2: 1000 · [0.75 × 1.2 (1 + uf) − 0.5] = 1000 · [0.9(1 + uf) − 0.5]
    // with both increments positive: net = (m − k) ΣΔS − (baseline rewards 75 + other 160)
    //   0.35 × 1000 × [2.1(1 + uf) − 1.5] = 235  →  2.1(1 + uf) = 1.5 + 47/70 = 152/70
    //   1 + uf = 152/147  →  uf = 5/147 = 0.0340136…  (both ΔS_t > 0 there: 240.8 and 430.6)
    const r = programEconomics(TINY);
    const uf = reachable(r.breakEven.frequencyUplift);
    expect(uf).toBeCloseTo(5 / 147, 9);
    expect(programEconomics({ ...TINY, frequencyUplift: uf }).net).toBeCloseTo(0, 6);
  });

  it('break-even check uplift, horizon 2', () => {
    // with uf = 0.25: t = 1: 1000 · [1.25(1 + uc) − 1];  t = 2: 1000 · [0.9375(1 + uc) − 0.5]
    //   0.35 × 1000 × [2.1875(1 + uc) − 1.5] = 235  →  1 + uc = (152/70) / (35/16) = 2432/2450
    //   uc = −18/2450 = −9/1225 = −0.0073469…: the program breaks even even if the check falls slightly
    const r = programEconomics(TINY);
    const uc = reachable(r.breakEven.checkUplift);
    expect(uc).toBeCloseTo(-9 / 1225, 9);
    expect(programEconomics({ ...TINY, checkUplift: uc }).net).toBeCloseTo(0, 6);
  });

  it('break-even where a month loses sales (the kink of "rewards only on a positive increment")', () => {
    // Retention falls for participants: r1 = 0.5 − 0.25 = 0.25; uc = 0.
    // ΔS_1 = 1000 · [(1 + uf) − 1] = 1000 uf;  ΔS_2 = 1000 · [0.25(1 + uf) − 0.5] = 250 uf − 250 (< 0 for uf < 1)
    // for 0 < uf < 1: net = 0.4 (1250 uf − 250) − 0.05 × 1000 uf − 235 = 450 uf − 335  →  uf = 335/450 = 0.7444…
    // (treating the net as one straight line from the all-positive region would give 322.5/437.5 = 0.737)
    const inputs = { ...TINY, checkUplift: 0, retentionUplift: -0.25 };
    const uf = reachable(programEconomics(inputs).breakEven.frequencyUplift);
    expect(uf).toBeCloseTo(335 / 450, 9);
    expect(programEconomics({ ...inputs, frequencyUplift: uf }).net).toBeCloseTo(0, 6);
  });

  it('break-even is unreachable when rewards eat the margin or nobody participates', () => {
    // k = 0.1 × (1 − 0) = 0.1 > m = 0.08: each extra sale loses money
    const eaten = programEconomics({ ...TINY, margin: 0.08, breakage: 0 });
    expect(eaten.breakEven.frequencyUplift).toEqual({ kind: 'unreachable' });
    expect(eaten.breakEven.checkUplift).toEqual({ kind: 'unreachable' });
    // m = k exactly: slope 0
    expect(programEconomics({ ...TINY, margin: 0.05 }).breakEven.frequencyUplift).toEqual({ kind: 'unreachable' });
    const nobody = programEconomics({ ...TINY, participation: 0 });
    expect(nobody.breakEven.frequencyUplift).toEqual({ kind: 'unreachable' });
    expect(nobody.breakEven.checkUplift).toEqual({ kind: 'unreachable' });
  });

  it('plugging the break-even uplift back gives net ≈ 0 over a grid of programs', () => {
    const variants: Partial<ProgramInputs>[] = [
      {},
      { horizonMonths: 36 },
      { retentionUplift: 0 },
      { retentionUplift: -0.1, horizonMonths: 12 },
      { baselineRetention: 1, retentionUplift: 0.05 },
      { setupCost: 10_000_000 },
      { frequencyUplift: -0.05, checkUplift: -0.02 },
      { rewardRate: 0.01, breakage: 0.5, baselineRewardShare: 0.3 },
    ];
    for (const variant of variants) {
      const inputs = { ...DEMO_PROGRAM_INPUTS, ...variant };
      const r = programEconomics(inputs);
      for (const key of ['frequencyUplift', 'checkUplift'] as const) {
        const uplift = reachable(r.breakEven[key]);
        const atBreakEven = programEconomics({ ...inputs, [key]: uplift });
        // relative to the program's cost, which is in the millions
        expect(atBreakEven.net / atBreakEven.programCost).toBeCloseTo(0, 9);
        expect(programEconomics({ ...inputs, [key]: uplift + 0.01 }).net).toBeGreaterThan(0);
        expect(programEconomics({ ...inputs, [key]: uplift - 0.01 }).net).toBeLessThan(0);
      }
    }
  });
});

describe('programEconomics: invariants', () => {
  it('month 1 of a longer horizon is the horizon-1 result', () => {
    const one = programEconomics({ ...DEMO_PROGRAM_INPUTS, horizonMonths: 1 });
    const many = programEconomics(DEMO_PROGRAM_INPUTS);
    expect(many.months[0]).toEqual(one.months[0]);
    expect(many.months).toHaveLength(DEMO_PROGRAM_INPUTS.horizonMonths);
    expect(many.months.map((m) => m.month)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('totals add up', () => {
    const r = programEconomics(DEMO_PROGRAM_INPUTS);
    expect(r.rewardCostIncremental + r.rewardCostBaseline + r.fixedCost + r.memberCost).toBeCloseTo(r.programCost, 4);
    expect(r.incrementalGrossProfit - r.programCost).toBeCloseTo(r.net, 4);
    expect(r.months.at(-1)?.cumulativeNet).toBeCloseTo(r.net, 4);
    // 1 500 000 + 250 000 × 24;  12 × 20 000 × 24
    expect(r.fixedCost).toBeCloseTo(7_500_000, 4);
    expect(r.memberCost).toBeCloseTo(5_760_000, 4);
  });

  it('ROI strictly falls as the reward rate rises', () => {
    const rates = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2];
    const rois = rates.map((rewardRate) => programEconomics({ ...DEMO_PROGRAM_INPUTS, rewardRate }).roi ?? Number.NaN);
    for (let i = 1; i < rois.length; i += 1) expect(rois[i]).toBeLessThan(rois[i - 1] ?? Number.NaN);
  });

  it('higher breakage means lower cost and higher ROI', () => {
    const breakages = [0, 0.1, 0.3, 0.5, 0.9, 1];
    const results = breakages.map((breakage) => programEconomics({ ...DEMO_PROGRAM_INPUTS, breakage }));
    for (let i = 1; i < results.length; i += 1) {
      expect(results[i]?.programCost).toBeLessThan(results[i - 1]?.programCost ?? Number.NaN);
      expect(results[i]?.roi).toBeGreaterThan(results[i - 1]?.roi ?? Number.NaN);
    }
    // breakage 1: nothing redeemed, so no reward cost at all
    expect(results.at(-1)?.shareOfRewardsOnBaseline).toBeNull();
  });

  it('zero uplifts never pay back when any cost is above zero', () => {
    const noEffect = { ...DEMO_PROGRAM_INPUTS, frequencyUplift: 0, checkUplift: 0, retentionUplift: 0 };
    const noCost = { setupCost: 0, monthlyFixedCost: 0, monthlyCostPerMember: 0, rewardRate: 0 };
    const costs: Partial<ProgramInputs>[] = [
      {},
      { ...noCost, setupCost: 1 },
      { ...noCost, monthlyFixedCost: 1 },
      { ...noCost, monthlyCostPerMember: 0.01 },
      { ...noCost, rewardRate: 0.01 },
    ];
    for (const cost of costs) {
      for (const horizonMonths of [1, 12, 120]) {
        const r = programEconomics({ ...noEffect, ...cost, horizonMonths });
        expect(r.incrementalGrossProfit).toBe(0);
        expect(r.paybackMonth).toBeNull();
        expect(r.net).toBeLessThan(0);
        expect(r.roi).toBeCloseTo(-1, 12);
      }
    }
  });

  it('ROI is null when the program costs nothing', () => {
    const free = { ...TINY, setupCost: 0, monthlyFixedCost: 0, monthlyCostPerMember: 0, rewardRate: 0 };
    const r = programEconomics(free);
    expect(r.programCost).toBe(0);
    expect(r.roi).toBeNull();
    expect(r.shareOfRewardsOnBaseline).toBeNull();
    expect(r.paybackMonth).toBe(1);
  });

  it('clamps the participants\' retention at 1', () => {
    // r0 = 0.95 + 0.2 → r1 = 1: month 2 participants buy like month 1, no more
    const r = programEconomics({ ...TINY, baselineRetention: 0.95, retentionUplift: 0.2 });
    const capped = programEconomics({ ...TINY, baselineRetention: 0.95, retentionUplift: 0.05 });
    expect(r.net).toBeCloseTo(capped.net, 9);
    // ΔS_2 = 50 × 1 × 30 − 50 × 0.95 × 20 = 1500 − 950 = 550
    expect(r.months[1]?.incrementalSales).toBeCloseTo(550, 9);
  });

  it('pays rewards only on a positive increment', () => {
    // all uplifts −10 %: ΔS_1 = 1000 × (0.9 × 0.9 − 1) = −190, no rewards on lost sales
    const r = programEconomics({ ...TINY, frequencyUplift: -0.1, checkUplift: -0.1, retentionUplift: 0, horizonMonths: 1 });
    expect(r.incrementalSales).toBeCloseTo(-190, 9);
    expect(r.rewardCostIncremental).toBe(0);
    expect(r.rewardCostBaseline).toBeCloseTo(50, 9);
  });
});

describe('DEMO_PROGRAM_INPUTS', () => {
  const r = programEconomics(DEMO_PROGRAM_INPUTS);

  it('is valid', () => {
    expect(validateProgramInputs(DEMO_PROGRAM_INPUTS)).toEqual([]);
  });

  it('pays back, but slowly and modestly', () => {
    expect(r.roi).not.toBeNull();
    expect(r.roi ?? 0).toBeGreaterThan(0);
    expect(r.roi ?? 1).toBeLessThan(0.5);
    expect(r.paybackMonth).not.toBeNull();
    expect(r.paybackMonth ?? 0).toBeGreaterThan(6);
    expect(r.paybackMonth ?? Infinity).toBeLessThanOrEqual(DEMO_PROGRAM_INPUTS.horizonMonths);
  });

  it('spends most of its rewards on sales that would have happened anyway', () => {
    expect(r.shareOfRewardsOnBaseline ?? 0).toBeGreaterThan(0.75);
  });
});
