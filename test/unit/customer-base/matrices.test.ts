import { describe, expect, it } from 'vitest';
import { plotScale } from '../../../exercises/customer-base/steps/matrices/scale';
import { CELLS, REINARTZ_KUMAR, cellOf, median, placeCustomers, relationshipMonths, samplePoints, walletShare, type Cell } from '../../../exercises/customer-base/model/matrices';

/**
 * Eight customers A–H: profit x, potential y, revenue = 2 × profit, a 6-month window (a year is 2 windows).
 * C has no potential, F a potential of 0: both left out. The six placed:
 *   x: 10 20 40 50 70 80 → median (40 + 50) / 2 = 45
 *   y: 400 100 300 200 250 50 → sorted 50 100 200 250 300 400 → median (200 + 250) / 2 = 225
 *   A (10, 400) low/high → lh; B (20, 100) ll; D (40, 300) lh; E (50, 200) hl; G (70, 250) hh; H (80, 50) hl.
 */
const HAND = {
  x: [10, 20, 30, 40, 50, 60, 70, 80],
  y: [400, 100, Number.NaN, 300, 200, 0, 250, 50],
};
const input = (x = HAND.x, y = HAND.y) => ({ x, y, revenue: x.map((value) => value * 2), profit: x, months: 6 });
const cellsOf = (cells: Int8Array) => Array.from(cells, (code) => (code < 0 ? '-' : CELLS[code]));

describe('matrices: placing customers in quadrants', () => {
  it('the median of an even count is the mean of the two middle values, of an odd count the middle one', () => {
    expect(median([40, 10, 80, 20, 70, 50])).toBe(45);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('places the hand example at the medians and leaves out customers without a potential', () => {
    const placement = placeCustomers(input(), { x: null, y: null }, true);
    expect(placement.medians).toEqual({ x: 45, y: 225 });
    expect(placement.thresholds).toEqual({ x: 45, y: 225 });
    expect(cellsOf(placement.cells)).toEqual(['lh', 'll', '-', 'lh', 'hl', '-', 'hh', 'hl']);
    expect(placement.placed).toBe(6);
    expect(placement.leftOut).toBe(2);
    expect(CELLS.map((cell) => placement.figures[cell].customers)).toEqual([1, 2, 2, 1]);
    // hh = G alone: revenue 140, profit 70, potential 250, a year's revenue 140 × 12 / 6 = 280.
    expect(placement.figures.hh).toEqual({ customers: 1, revenue: 140, profit: 70, other: 250, annualRevenue: 280 });
    // lh = A + D: revenue 20 + 80 = 100, profit 50, potential 700.
    expect(placement.figures.lh).toEqual({ customers: 2, revenue: 100, profit: 50, other: 700, annualRevenue: 200 });
    // Share of wallet of hh: 280 / 250 = 1.12 (the potential was set too low: more than all of it is ours).
    expect(walletShare(placement.figures.hh.annualRevenue, placement.figures.hh.other)).toBeCloseTo(1.12, 10);
  });

  it('a value equal to the line is on the high side', () => {
    expect(cellOf(45, 225, { x: 45, y: 225 })).toBe('hh');
    expect(cellOf(44.99, 224.99, { x: 45, y: 225 })).toBe('ll');
    // D has profit 40: a typed line of 40 moves D from "low" to "high" (300 ≥ 225: hh).
    const placement = placeCustomers(input(), { x: 40, y: null }, true);
    expect(cellsOf(placement.cells)[3]).toBe('hh');
    expect(placement.medians.x).toBe(45);
    // An odd count: the median customer (2 of 1, 2, 3) is high.
    const odd = placeCustomers(input([1, 2, 3], [5, 5, 5]), { x: null, y: null }, true);
    expect(cellsOf(odd.cells)).toEqual(['lh', 'hh', 'hh']);
  });

  it('keeps zero and negative figures when they are allowed (profit × months) and without profit reports none', () => {
    const placement = placeCustomers({ x: [-5, 0], y: [0, 3], revenue: [1, 2], profit: null, months: 12 }, { x: null, y: null }, false);
    expect(placement.placed).toBe(2);
    expect(placement.figures.ll.profit).toBeNull();
  });
});

describe('Reinartz & Kumar', () => {
  it('measures the relationship in months: 365.25 days are 12 months', () => {
    expect(Array.from(relationshipMonths(1000, [1000 - 365.25, 1000]))).toEqual([12, 0]);
  });

  it('names the four classes', () => {
    // profit 100, 100, −5, 0 → median (0 + 100) / 2 = 50; months 24, 2, 30, 1 → median (2 + 24) / 2 = 13.
    const placement = placeCustomers({ x: [100, 100, -5, 0], y: [24, 2, 30, 1], revenue: [1, 1, 1, 1], profit: [100, 100, -5, 0], months: 12 }, { x: null, y: null }, false);
    expect(cellsOf(placement.cells).map((cell) => REINARTZ_KUMAR[cell as Cell])).toEqual(['trueFriends', 'butterflies', 'barnacles', 'strangers']);
  });
});

describe('matrices: invariants', () => {
  // A seeded generator: the same "random" customers on every run.
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
  }

  it('every customer with both figures is in exactly one cell, and the cells add up', () => {
    for (let run = 0; run < 50; run++) {
      const next = random(run + 1);
      const n = 1 + Math.floor(next() * 60);
      // Few distinct values, so ties at the line are common.
      const x = Array.from({ length: n }, () => Math.floor(next() * 5) * 10 - 10);
      const y = Array.from({ length: n }, () => (next() < 0.2 ? Number.NaN : Math.floor(next() * 4)));
      const lines = next() < 0.5 ? { x: null, y: null } : { x: 10, y: 2 };
      const placement = placeCustomers(input(x, y), lines, true);
      const usable = y.filter((value) => Number.isFinite(value) && value > 0).length;
      expect(placement.placed).toBe(usable);
      expect(placement.placed + placement.leftOut).toBe(n);
      expect(CELLS.reduce((sum, cell) => sum + placement.figures[cell].customers, 0)).toBe(usable);
      const revenue = CELLS.reduce((sum, cell) => sum + placement.figures[cell].revenue, 0);
      expect(revenue).toBeCloseTo(x.reduce((sum, value, b) => sum + (Number.isFinite(y[b] as number) && (y[b] as number) > 0 ? value * 2 : 0), 0), 6);
      y.forEach((value, b) => {
        const code = placement.cells[b] as number;
        if (!(Number.isFinite(value) && value > 0)) expect(code).toBe(-1);
        else expect(CELLS[code]).toBe(cellOf(x[b] as number, value, placement.thresholds));
      });
    }
  });

  it('the chart sample keeps at most the limit, the largest customers and no one twice', () => {
    const indices = Array.from({ length: 10_000 }, (_, b) => b);
    const x = indices.map((b) => (b * 7919) % 10_000);
    const sample = samplePoints(indices, x, 2000);
    expect(sample.length).toBeLessThanOrEqual(2000);
    expect(sample.length).toBeGreaterThan(1900);
    expect(new Set(sample).size).toBe(sample.length);
    const largest = indices.reduce((best, b) => ((x[b] as number) > (x[best] as number) ? b : best), 0);
    expect(sample).toContain(largest);
    expect(samplePoints([3, 1, 2], x)).toEqual([3, 1, 2]);
  });
});

describe('matrices: the chart axes', () => {
  it('stays straight while the figures are of one order, from zero', () => {
    const scale = plotScale([3, 12, 40], [20]);
    expect(scale.kind).toBe('linear');
    expect(scale.domain[0]).toBe(0);
    expect(scale.toPlot(12)).toBe(12);
  });

  it('turns to a signed log when the figures differ a hundredfold, keeping losses and zero on it', () => {
    // Sizes 500 … 2,000,000: the 10th percentile is 500, so the unit is 100; ticks at 0, ±1,000, 10,000, …
    const scale = plotScale([-5000, 0, 500, 800, 2000, 30_000, 2_000_000], []);
    expect(scale.kind).toBe('log');
    expect(scale.toPlot(0)).toBe(0);
    // 100 units is log10(1 + 1) ≈ 0.301; the inverse gives the figure back.
    expect(scale.toPlot(100)).toBeCloseTo(Math.log10(2), 12);
    expect(scale.fromPlot(scale.toPlot(-5000))).toBeCloseTo(-5000, 6);
    expect(scale.ticks.map((tick) => Math.round(scale.fromPlot(tick)))).toEqual([-10_000, -1000, 0, 1000, 10_000, 100_000, 1_000_000, 10_000_000]);
    expect(scale.domain[0]).toBeLessThanOrEqual(scale.toPlot(-5000));
    expect(scale.domain[1]).toBeGreaterThanOrEqual(scale.toPlot(2_000_000));
  });

  it('a log axis of positive figures starts at the power of ten below the smallest, not at zero', () => {
    const scale = plotScale([2000, 5000, 3_000_000], []);
    expect(scale.kind).toBe('log');
    expect(Math.round(scale.fromPlot(scale.domain[0]))).toBe(1000);
    expect(scale.ticks).not.toContain(0);
  });
});
