import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/data/seededRandom';
import { ABC_CLASSES, abcThresholdProblem, classifyAbc, paretoCurve, summariseAbc } from '../../../src/customers/abc';

const classesOf = (values: number[], a: number, b: number) => Array.from(classifyAbc(values, { a, b }).classes, (code) => ABC_CLASSES[code]);

// Eleven customers; two ties (100, 100 and 30, 30), one at zero and one negative. Positive total:
// 300 + 200 + 150 + 100 + 100 + 50 + 40 + 30 + 30 = 1,000, so a value of 10 is 1 %.
const VALUES = [300, 200, 150, 100, 100, 50, 40, 30, 30, 0, -20];

describe('ABC by the share of value before each customer', () => {
  it('classes the hand-computed example at 80 / 90 %, the tie that crosses 80 % staying A together', () => {
    // Share before each (value group): 300 → 0 %, 200 → 30 %, 150 → 50 %, 100 & 100 → 65 % (both A: 65 < 80,
    // though together they take the cumulative share to 85 %), 50 → 85 % (B: ≥ 80, < 90),
    // 40 → 90 % (C: exactly at the 90 % line is not below it), 30 & 30 → 94 % (C), 0 and −20 → C (no value).
    expect(classesOf(VALUES, 80, 90)).toEqual(['A', 'A', 'A', 'A', 'A', 'B', 'C', 'C', 'C', 'C', 'C']);
  });

  it('keeps the customer that crosses the A line in A', () => {
    // a = 60: 150 has 50 % before it (A) and takes the cumulative share to 65 % > 60 %; the 100s start at 65 % (B).
    expect(classesOf(VALUES, 60, 95)).toEqual(['A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'C', 'C']);
  });

  it('makes the top customer A even when it alone brings more than a %', () => {
    // 900 of 1,000 = 90 % > 80 %, but nothing is before it; the 50s have 90 % before them: B (< 95 %).
    expect(classesOf([50, 900, 50], 80, 95)).toEqual(['B', 'A', 'B']);
  });

  it('does not depend on the order tied customers are listed in', () => {
    // Total 300: the 100s have 0 before them (A), 40 has 200 = 66.7 % (A), the 30s have 240 = 80 %: B, both, in any order.
    expect(classesOf([30, 40, 30, 100, 100], 80, 95)).toEqual(['B', 'A', 'B', 'A', 'A']);
    expect(classesOf([100, 30, 100, 40, 30], 80, 95)).toEqual(['A', 'B', 'A', 'A', 'B']);
  });

  it('sums the classes, the zero and negative customers apart', () => {
    const summary = summariseAbc(VALUES, classifyAbc(VALUES, { a: 80, b: 90 }));
    // A: 300 + 200 + 150 + 100 + 100 = 850 (85 %); B: 50 (5 %); C: 40 + 30 + 30 = 100 (10 %) and 0, −20 apart.
    expect(summary.classes.A).toEqual({ customers: 5, value: 850, customerShare: 5 / 11, valueShare: 0.85 });
    expect(summary.classes.B).toEqual({ customers: 1, value: 50, customerShare: 1 / 11, valueShare: 0.05 });
    expect(summary.classes.C).toEqual({ customers: 5, value: 100, customerShare: 5 / 11, valueShare: 0.1 });
    expect(summary.nonPositive).toEqual({ customers: 2, value: -20 });
  });

  it('marks "x % of customers bring y %" at the A class on the Pareto curve', () => {
    const curve = paretoCurve(VALUES, classifyAbc(VALUES, { a: 80, b: 90 }));
    expect(curve.mark).toEqual({ customers: 5, customerShare: 5 / 11, valueShare: 0.85 });
    expect(curve.points[0]).toEqual({ customerShare: 0, valueShare: 0 });
    // The zero and negative customers leave the curve flat at 100 %.
    expect(curve.points.at(-1)).toEqual({ customerShare: 1, valueShare: 1 });
    expect(curve.points.at(-3)).toEqual({ customerShare: 9 / 11, valueShare: 1 });
  });

  it('rejects thresholds that cannot class', () => {
    expect(abcThresholdProblem({ a: 80, b: 95 })).toBeNull();
    expect(abcThresholdProblem({ a: 0, b: 95 })).toBe('aNotPositive');
    expect(abcThresholdProblem({ a: 95, b: 95 })).toBe('aNotBelowB');
    expect(abcThresholdProblem({ a: 90, b: 80 })).toBe('aNotBelowB');
    expect(abcThresholdProblem({ a: 80, b: 101 })).toBe('bOver100');
  });
});

describe('ABC invariants on random customer bases', () => {
  it('shares add to 100 %, each customer is in one class, classes never improve as value falls', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 200; run++) {
      const count = random.integer(1, 300);
      // Few distinct values, so ties are common; a few negatives and zeros.
      const values = Array.from({ length: count }, () => (random.next() < 0.1 ? random.integer(-50, 0) : random.integer(1, 40) * 25));
      const a = random.integer(1, 98);
      const b = random.integer(a + 1, 100);
      const classing = classifyAbc(values, { a, b });
      const summary = summariseAbc(values, classing);
      const { A, B, C } = summary.classes;
      expect(A.customers + B.customers + C.customers).toBe(count);
      expect(A.customerShare + B.customerShare + C.customerShare).toBeCloseTo(1, 12);
      if (summary.positiveTotal > 0) expect((A.valueShare ?? 0) + (B.valueShare ?? 0) + (C.valueShare ?? 0)).toBeCloseTo(1, 12);
      expect(classing.classes.every((code) => code <= 2)).toBe(true);
      for (let k = 1; k < count; k++) {
        const higher = classing.order[k - 1] as number;
        const lower = classing.order[k] as number;
        expect(values[higher]).toBeGreaterThanOrEqual(values[lower] as number);
        expect(classing.classes[higher]).toBeLessThanOrEqual(classing.classes[lower] as number);
        if (values[higher] === values[lower]) expect(classing.classes[higher]).toBe(classing.classes[lower]);
      }
      // The most valuable customer is A whenever it has a positive value.
      const top = classing.order[0] as number;
      expect(classing.classes[top]).toBe((values[top] as number) > 0 ? 0 : 2);
    }
  });
});
