import { describe, expect, it } from 'vitest';
import { type CandidateFactors } from '../../../exercises/promo-product/model/promo';
import { niceScale } from '../../../src/charts/niceScale';
import { haloOf, profitChange, profitCurve, promoEconomics, type PromoInputs } from '../../../exercises/promo-product/model/promoEconomics';

// The worked example of model/promo.ts: m = 30 %, d = 15 %, r = 100 per receipt, V = 1,000 receipts,
// H = 50 of other products' margin per receipt, h = 50 % of the extra receipts are new trips.
const EXAMPLE: PromoInputs = { margin: 0.3, discount: 0.15, receipts: 1000, revenuePerReceipt: 100, haloPerReceipt: 50, haloShare: 0.5, expectedVolumeChange: 0.5 };

describe('break-even of the discount', () => {
  it('is d / (m − d) for the product alone: METHODS’ m = 30 %, d = 10 % needs +50 %', () => {
    const economics = promoEconomics({ ...EXAMPLE, discount: 0.1, haloPerReceipt: null, expectedVolumeChange: null });
    // 0.1 / (0.3 − 0.1) = 0.5 (0.5000000000000001 in binary floating point).
    expect(economics.breakEven).toEqual({ kind: 'reachable', volumeChange: expect.closeTo(0.5, 12) });
    expect(economics.suicidal).toBe(false);
    expect(economics.breakEvenWithHalo).toBeNull();
    expect(economics.expected).toBeNull();
  });

  it('needs less volume with the halo: d / (m − d + h·H/r), by hand', () => {
    const economics = promoEconomics(EXAMPLE);
    // alone 0.15 / 0.15 = 1 (+100 %); k = 0.5 · 50 / 100 = 0.25; with halo 0.15 / (0.15 + 0.25) = 0.375.
    expect(economics.breakEven).toEqual({ kind: 'reachable', volumeChange: expect.closeTo(1, 12) });
    expect(economics.haloPerRevenue).toBeCloseTo(0.25, 12);
    expect(economics.breakEvenWithHalo).toEqual({ kind: 'reachable', volumeChange: expect.closeTo(0.375, 12) });
    // At the break-even the profit change is zero: 100 · 1,000 · (0.15 · 1.375 − 0.3) + 0.5 · 0.375 · 1,000 · 50 = −9,375 + 9,375.
    expect(profitChange(EXAMPLE, 0.375, true)).toBeCloseTo(0, 9);
    expect(profitChange(EXAMPLE, 1, false)).toBeCloseTo(0, 9);
  });

  it('gives the profit change at the expected volume, alone and with the halo, in money and against the product’s margin', () => {
    const economics = promoEconomics(EXAMPLE);
    // Baseline 0.3 · 100 · 1,000 = 30,000. At +50 %: alone 100,000 · (0.15 · 1.5 − 0.3) = −7,500 (−25 % of 30,000);
    // with halo −7,500 + 0.5 · 0.5 · 1,000 · 50 = +5,000 (+16.7 %).
    expect(economics.baselineProfit).toBeCloseTo(30_000, 9);
    expect(economics.expected?.profitChange).toBeCloseTo(-7_500, 9);
    expect(economics.expected?.profitChangeWithHalo).toBeCloseTo(5_000, 9);
    expect(economics.expected?.relative).toBeCloseTo(-0.25, 12);
    expect(economics.expected?.relativeWithHalo).toBeCloseTo(5_000 / 30_000, 12);
  });

  it('calls a discount at or above the margin suicidal, which only a large enough halo can pay for', () => {
    // d = m = 30 %: alone nothing helps; with k = 0.25: 0.3 / (0 + 0.25) = +120 %.
    const atMargin = promoEconomics({ ...EXAMPLE, discount: 0.3 });
    expect(atMargin.suicidal).toBe(true);
    expect(atMargin.breakEven).toEqual({ kind: 'suicidal' });
    expect(atMargin.breakEvenWithHalo).toEqual({ kind: 'reachable', volumeChange: expect.closeTo(1.2, 12) });
    // m = 20 %, d = 30 %, k = 0.5 · 10 / 100 = 0.05: m − d + k = −0.05, still suicidal.
    const beyond = promoEconomics({ ...EXAMPLE, margin: 0.2, discount: 0.3, haloPerReceipt: 10 });
    expect(beyond.breakEvenWithHalo).toEqual({ kind: 'suicidal' });
  });

  it('works in shares of the product’s margin when the file has no money', () => {
    const economics = promoEconomics({ ...EXAMPLE, revenuePerReceipt: null, haloPerReceipt: null });
    expect(economics.baselineProfit).toBeNull();
    expect(economics.breakEvenWithHalo).toBeNull();
    expect(economics.expected).toEqual({ profitChange: null, profitChangeWithHalo: null, relative: expect.closeTo(-0.25, 12), relativeWithHalo: null });
  });

  it('draws the curve past both break-evens and the expected change', () => {
    const curve = profitCurve(EXAMPLE, promoEconomics(EXAMPLE));
    // Marks 1, 0.375, 0.5: the axis ends at 1.5 × 1 = +150 %, 41 points.
    expect(curve).toHaveLength(41);
    expect(curve.at(-1)?.volumeChange).toBeCloseTo(1.5, 12);
    expect(curve[0]).toEqual({ volumeChange: 0, alone: expect.closeTo(-15_000, 9), withHalo: expect.closeTo(-15_000, 9) });
  });
});

describe('round axis', () => {
  it('steps by 1, 2, 2.5 or 5 × a power of ten around the range', () => {
    // 2.5 / 5 = 0.5 a step: 0, 0.5 … 2.5.
    expect(niceScale(0, 2.5)).toEqual({ low: 0, high: 2.5, ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
    // span 62,600 / 5 = 12,520 → a step of 20,000, from −20,000 (below −4,300) to 60,000 (above 58,300).
    expect(niceScale(-4300, 58300)).toEqual({ low: -20000, high: 60000, ticks: [-20000, 0, 20000, 40000, 60000] });
    // 0.3 / 5 = 0.06 → 0.1 a step, without 0.30000000000000004.
    expect(niceScale(0, 0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('halo of the chosen product', () => {
  const item = (label: string, receipts: number, revenue: number, marginRate: number | null): CandidateFactors => ({
    label,
    receipts,
    penetration: receipts / 10,
    frequency: null,
    pull: 0,
    revenue,
    marginRate,
    averagePrice: null,
  });
  // N = 10 receipts; a (4 receipts) is chosen. b shares 3 of them, e 3, c 1, f 3.
  const items = [item('a', 4, 100, 0.3), item('b', 4, 200, 0.25), item('c', 3, 90, 0.1), item('e', 5, 400, null), item('f', 9, 90, 0.1)];
  const companions = [
    { item: 1, together: 3 },
    { item: 3, together: 3 },
    { item: 4, together: 3 },
    { item: 2, together: 1 },
  ];

  it('adds each associated product’s margin at its co-purchase rate beyond an average receipt’s (by hand)', () => {
    // b: conf 3/4 = 0.75, supp 4/10 = 0.4 → 0.35; g = 0.25 · 200 / 4 = 12.5 → 4.375.
    // e: conf 0.75, supp 5/10 = 0.5 → 0.25; g = 0.2 (assumed) · 400 / 5 = 16 → 4.
    // f: conf 0.75, supp 0.9: in fewer of a's receipts than of all receipts, left out.
    // c: 1 receipt together, fewer than 3: left out. H = 4.375 + 4 = 8.375.
    const halo = haloOf(4, 10, companions, items, 0.2);
    expect(halo?.perReceipt).toBeCloseTo(8.375, 12);
    expect(halo?.contributions.map((c) => [c.label, c.confidence, c.support, c.marginPerReceipt])).toEqual([
      ['b', 0.75, 0.4, 12.5],
      ['e', 0.75, 0.5, 16],
    ]);
    expect(halo?.contributions[0]?.lift).toBeCloseTo(1.875, 12);
    expect(halo?.contributions[0]?.perReceipt).toBeCloseTo(4.375, 12);
    expect(halo?.withoutMargin).toBe(0);
  });

  it('leaves out an associated product whose margin is unknown and counts it', () => {
    // Without an assumed margin e drops out: H = 4.375.
    const halo = haloOf(4, 10, companions, items, null);
    expect(halo?.perReceipt).toBeCloseTo(4.375, 12);
    expect(halo?.withoutMargin).toBe(1);
  });

  it('has no halo without money', () => {
    expect(haloOf(4, 10, companions, items.map((entry) => ({ ...entry, revenue: null })), 0.2)).toBeNull();
  });
});
