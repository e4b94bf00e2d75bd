import { describe, expect, it } from 'vitest';
import { classifyXyz, coefficientOfVariation, XYZ_GROUPS, type MonthlySales } from '../../../src/customers/xyz';

/** Four month buckets ending on days 30, 60, 90, 120 (the window starts on day 1). */
function sales(rows: number[][], firstDays: number[], firstEverDays: number[]): MonthlySales {
  const months = rows[0]?.length ?? 0;
  return {
    count: rows.length,
    months,
    monthly: Float64Array.from(rows.flat()),
    startDay: 1,
    monthEnds: Int32Array.from({ length: months + 1 }, (_, k) => k * 30),
    firstDay: Int32Array.from(firstDays),
    firstEverDay: Int32Array.from(firstEverDays),
  };
}

describe('coefficient of variation of monthly sales', () => {
  it('is the population standard deviation over the mean', () => {
    // 10, 10, 10, 10: σ = 0 → CV 0.
    expect(coefficientOfVariation([10, 10, 10, 10], 0, 4)).toBe(0);
    // 10, 20, 10, 20: mean 15, deviations ±5, variance 25, σ 5 → CV 5 / 15 = 1/3.
    expect(coefficientOfVariation([10, 20, 10, 20], 0, 4)).toBeCloseTo(1 / 3, 12);
    // 100, 120, 80, 100: mean 100, deviations 0, 20, −20, 0, variance 800 / 4 = 200, σ = √200 = 14.142… → CV 0.14142.
    expect(coefficientOfVariation([100, 120, 80, 100], 0, 4)).toBeCloseTo(Math.sqrt(200) / 100, 12);
    // No positive mean: no CV.
    expect(coefficientOfVariation([10, -10, 0], 0, 3)).toBeNaN();
  });
});

describe('XYZ classes', () => {
  const thresholds = { x: 10, y: 25 };

  it('classes three customers by hand: CV 0 → X, 14.1 % → Y, 33.3 % → Z', () => {
    const result = classifyXyz(sales([[10, 10, 10, 10], [100, 120, 80, 100], [10, 20, 10, 20]], [5, 5, 5], [-100, 5, 5]), thresholds);
    if (result.kind !== 'ready') throw new Error(result.kind);
    expect(Array.from(result.classes, (code) => XYZ_GROUPS[code])).toEqual(['X', 'Y', 'Z']);
    expect(Array.from(result.monthsCounted)).toEqual([4, 4, 4]);
  });

  it('counts the months of a customer who joined in the window from its first month; under 3 is "too new"', () => {
    const result = classifyXyz(
      sales(
        [
          // Joined on day 40 (month 2 of 4): 30, 30, 30 over 3 months → CV 0, X. Counted over all 4 months
          // (0, 30, 30, 30) it would be Z: mean 22.5, σ = √(506.25 + 3 × 56.25) / 2 = 12.99, CV 57.7 %.
          [0, 30, 30, 30],
          // Joined on day 70 (month 3): two months only → too new.
          [0, 0, 50, 60],
          // Bought before the window, nothing in its first month: the silent month counts (0, 30, 30, 30) → Z.
          [0, 30, 30, 30],
        ],
        [40, 70, 40],
        [40, 70, -5],
      ),
      thresholds,
    );
    if (result.kind !== 'ready') throw new Error(result.kind);
    expect(Array.from(result.classes, (code) => XYZ_GROUPS[code])).toEqual(['X', 'new', 'Z']);
    expect(Array.from(result.monthsCounted)).toEqual([3, 2, 4]);
    expect(result.cv[1]).toBeNaN();
    expect(result.cv[2]).toBeCloseTo(Math.sqrt(675 / 4) / 22.5, 12);
  });

  it('holds a CV exactly at a line in the better class', () => {
    // 9, 11, 9, 11: mean 10, σ 1 → CV 10 % exactly: X at x = 10.
    const result = classifyXyz(sales([[9, 11, 9, 11]], [5], [5]), thresholds);
    expect(result.kind === 'ready' && XYZ_GROUPS[result.classes[0] as number]).toBe('X');
  });

  it('does not compute XYZ over a window of one or two months', () => {
    expect(classifyXyz(sales([[10], [20]], [5, 5], [5, 5]), thresholds)).toEqual({ kind: 'tooFewMonths', months: 1 });
    expect(classifyXyz(sales([[10, 10]], [5], [5]), thresholds)).toEqual({ kind: 'tooFewMonths', months: 2 });
  });
});
