import { describe, expect, it } from 'vitest';
import {
  DISCOUNT_VERDICT_THRESHOLDS,
  breakEvenCurve,
  discountBreakEven,
  discountVerdict,
  grossProfitChange,
} from '../../../exercises/program-roi/model';
import { DEMO_DISCOUNT } from '../../../exercises/program-roi/demo/programDemo';

function required(margin: number, discount: number): number {
  const result = discountBreakEven(margin, discount);
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${result.kind}`);
  return result.requiredVolumeChange;
}

describe('discountBreakEven: d / (m − d)', () => {
  it('reproduces the METHODS example: m = 30 %, d = 10 % needs +50 % volume', () => {
    // 0.10 / (0.30 − 0.10) = 0.10 / 0.20 = 0.5
    expect(required(0.3, 0.1)).toBeCloseTo(0.5, 12);
    expect(required(DEMO_DISCOUNT.margin, DEMO_DISCOUNT.discount)).toBeCloseTo(0.5, 12);
  });

  it.each([
    // m, d, d/(m−d)
    [0.4, 0.05, 0.05 / 0.35], // 0.142857…
    [0.5, 0.1, 0.25], // 0.10 / 0.40
    [0.25, 0.15, 1.5], // 0.15 / 0.10
    [1, 0.5, 1], // 0.50 / 0.50: with no cost of goods, half price needs double volume
    [0.3, 0.29, 29], // 0.29 / 0.01: just below the margin the requirement explodes
  ])('m = %d, d = %d → %d', (margin, discount, expected) => {
    expect(required(margin, discount)).toBeCloseTo(expected, 9);
  });

  it('needs no volume change without a discount', () => {
    // 0 / (0.30 − 0) = 0
    expect(required(0.3, 0)).toBe(0);
  });

  it('is suicidal when the discount equals the margin', () => {
    // m − d = 0: every discounted unit earns nothing
    expect(discountBreakEven(0.3, 0.3)).toEqual({ kind: 'suicidal' });
  });

  it('is suicidal when the discount exceeds the margin', () => {
    expect(discountBreakEven(0.3, 0.35)).toEqual({ kind: 'suicidal' });
    expect(discountBreakEven(0.1, 0.5)).toEqual({ kind: 'suicidal' });
  });

  it('is suicidal for every d ≥ m over a grid', () => {
    for (let mi = 1; mi <= 20; mi += 1) {
      const margin = mi / 20;
      for (let di = 0; di < 100; di += 1) {
        const discount = di / 100;
        const result = discountBreakEven(margin, discount);
        expect(result.kind).toBe(discount >= margin ? 'suicidal' : 'ok');
      }
    }
  });

  it.each([
    [0, 0.1, 'margin-out-of-range'],
    [-0.2, 0.1, 'margin-out-of-range'],
    [1.2, 0.1, 'margin-out-of-range'],
    [Number.NaN, 0.1, 'margin-out-of-range'],
    [0.3, -0.1, 'discount-out-of-range'],
    [0.3, 1, 'discount-out-of-range'],
    [0.3, Number.POSITIVE_INFINITY, 'discount-out-of-range'],
  ] as const)('m = %d, d = %d is invalid (%s)', (margin, discount, reason) => {
    expect(discountBreakEven(margin, discount)).toEqual({ kind: 'invalid', reason });
  });
});

describe('discountVerdict', () => {
  it('uses the published thresholds', () => {
    expect(DISCOUNT_VERDICT_THRESHOLDS).toEqual({ easy: 0.2, demanding: 0.5 });
  });

  it.each([
    [0.3, 0, 'no-discount'], // 0
    [0.4, 0.05, 'easy'], // 0.05/0.35 = 0.143
    [0.6, 0.1, 'easy'], // 0.10/0.50 = 0.2, on the bound
    [0.5, 0.1, 'demanding'], // 0.10/0.40 = 0.25
    [0.3, 0.1, 'demanding'], // 0.10/0.20 = 0.5, on the bound (0.5000000000000001 in floating point)
    [0.25, 0.15, 'unrealistic'], // 0.15/0.10 = 1.5
    [0.3, 0.3, 'suicidal'],
    [0.3, 0.4, 'suicidal'],
    [0, 0.1, 'invalid'],
    [0.3, -0.05, 'invalid'],
  ] as const)('m = %d, d = %d → %s', (margin, discount, verdict) => {
    expect(discountVerdict(margin, discount)).toBe(verdict);
  });
});

describe('grossProfitChange: (1 + v)(m − d)/m − 1', () => {
  it('computes a hand-checked case', () => {
    // m = 0.30, d = 0.10, v = 0.20: 1.2 × 0.20 / 0.30 − 1 = 0.8 − 1 = −0.2
    expect(grossProfitChange(0.3, 0.1, 0.2)).toBeCloseTo(-0.2, 12);
    // no discount, +10 % volume: 1.1 × 0.3 / 0.3 − 1 = +0.1
    expect(grossProfitChange(0.3, 0, 0.1)).toBeCloseTo(0.1, 12);
  });

  it('is zero at the break-even volume for every valid (m, d)', () => {
    for (let mi = 1; mi <= 10; mi += 1) {
      const margin = mi / 10;
      for (let di = 0; di < mi * 10; di += 1) {
        const discount = di / 100;
        expect(grossProfitChange(margin, discount, required(margin, discount))).toBeCloseTo(0, 9);
      }
    }
  });

  it('is negative below and positive above the break-even volume', () => {
    const v = required(0.3, 0.1);
    expect(grossProfitChange(0.3, 0.1, v - 0.1)).toBeLessThan(0);
    expect(grossProfitChange(0.3, 0.1, v + 0.1)).toBeGreaterThan(0);
  });

  it('never recovers in the suicidal zone, whatever the volume', () => {
    for (const v of [0, 1, 10, 1000]) {
      expect(grossProfitChange(0.3, 0.3, v)).toBeCloseTo(-1, 12);
      expect(grossProfitChange(0.3, 0.4, v)).toBeLessThan(-1);
    }
  });

  it('returns NaN instead of throwing for a zero margin', () => {
    expect(grossProfitChange(0, 0.1, 0.2)).toBeNaN();
  });
});

describe('breakEvenCurve', () => {
  it('runs from 0 to min(0.95, m + 0.15) in 40 steps by default', () => {
    const points = breakEvenCurve(0.3);
    expect(points).toHaveLength(41);
    expect(points[0]?.discount).toBe(0);
    expect(points[0]?.requiredVolumeChange).toBe(0);
    // 0.30 + 0.15 = 0.45
    expect(points[40]?.discount).toBeCloseTo(0.45, 12);
    // step 0.45 / 40 = 0.01125; point 8 is d = 0.09: 0.09 / (0.30 − 0.09) = 0.428571…
    expect(points[8]?.discount).toBeCloseTo(0.09, 12);
    expect(points[8]?.requiredVolumeChange).toBeCloseTo(0.09 / 0.21, 9);
    // a high margin caps the axis at 95 %: min(0.95, 0.9 + 0.15)
    expect(breakEvenCurve(0.9).at(-1)?.discount).toBeCloseTo(0.95, 12);
  });

  it('honours maxDiscount and steps', () => {
    const points = breakEvenCurve(0.3, { maxDiscount: 0.4, steps: 4 });
    expect(points).toHaveLength(5);
    [0, 0.1, 0.2, 0.3, 0.4].forEach((d, i) => expect(points[i]?.discount).toBeCloseTo(d, 12));
    // d = 0.1: 0.5; d = 0.2: 0.2/0.1 = 2; d ≈ 0.3 and 0.4: suicidal
    expect(points[1]?.requiredVolumeChange).toBeCloseTo(0.5, 9);
    expect(points[2]?.requiredVolumeChange).toBeCloseTo(2, 9);
    expect(points[3]?.requiredVolumeChange).toBeNull();
    expect(points[4]?.requiredVolumeChange).toBeNull();
  });

  it('is null exactly where d ≥ m and increasing where defined', () => {
    for (const margin of [0.05, 0.1, 0.2, 0.28, 0.3, 0.5, 0.75, 1]) {
      const points = breakEvenCurve(margin, { steps: 57 });
      let previous = -1;
      for (const point of points) {
        if (point.discount >= margin) {
          expect(point.requiredVolumeChange).toBeNull();
        } else {
          expect(point.requiredVolumeChange).not.toBeNull();
          expect(point.requiredVolumeChange ?? Number.NaN).toBeGreaterThan(previous);
          previous = point.requiredVolumeChange ?? Number.NaN;
        }
      }
      // the default axis always reaches past the margin, so the chart shows the suicidal zone
      expect(breakEvenCurve(margin).some((p) => p.requiredVolumeChange === null)).toBe(margin < 0.95);
    }
  });

  it('falls back to defaults for unusable options instead of looping or throwing', () => {
    expect(breakEvenCurve(0.3, { steps: Number.NaN })).toHaveLength(41);
    expect(breakEvenCurve(0.3, { steps: 0 })).toHaveLength(41);
    expect(breakEvenCurve(0.3, { steps: 1e9 }).length).toBeLessThanOrEqual(1001);
    expect(breakEvenCurve(0.3, { maxDiscount: Number.NaN }).at(-1)?.discount).toBeCloseTo(0.45, 12);
    expect(breakEvenCurve(Number.NaN).every((p) => p.requiredVolumeChange === null)).toBe(true);
  });
});
