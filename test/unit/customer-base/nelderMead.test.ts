import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../exercises/customer-base/model/nelderMead';

const at = (x: readonly number[], i: number) => x[i] as number;
/** Rosenbrock's valley: minimum 0 at (1, …, 1), reached along a curved narrow valley. */
const rosenbrock = (x: readonly number[]) => {
  let sum = 0;
  for (let i = 0; i + 1 < x.length; i++) sum += 100 * (at(x, i + 1) - at(x, i) ** 2) ** 2 + (1 - at(x, i)) ** 2;
  return sum;
};

describe('nelderMead', () => {
  it('finds the minimum of the 2-D Rosenbrock function from the classic start (−1.2, 1)', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(at(result.x, 0)).toBeCloseTo(1, 5);
    expect(at(result.x, 1)).toBeCloseTo(1, 5);
    expect(result.value).toBeLessThan(1e-10);
  });

  it('finds the minimum of the 4-D Rosenbrock function (the size of the BG/NBD fit) from (−1.2, 1, −1.2, 1) and from 0', () => {
    for (const start of [[-1.2, 1, -1.2, 1], [0, 0, 0, 0]]) {
      const result = nelderMead(rosenbrock, start);
      for (let i = 0; i < 4; i++) expect(at(result.x, i)).toBeCloseTo(1, 6);
    }
  });

  it('stops in the 4-D Rosenbrock function’s known local minimum when started in its basin', () => {
    // For n = 4 the function has a second, local minimum near (−0.7757, 0.6131, 0.3821, 0.1460), value 3.7014
    // (Shang & Qiu 2006): a local search started there must stay there, not report the global one by luck.
    const result = nelderMead(rosenbrock, [-1, 2, -0.5, 0.5]);
    expect(result.converged).toBe(true);
    expect(result.value).toBeCloseTo(3.7014, 4);
    expect(at(result.x, 0)).toBeCloseTo(-0.7757, 4);
    expect(at(result.x, 3)).toBeCloseTo(0.146, 3);
  });

  it('finds a shifted bowl’s centre exactly: (x − 3)² + 10(y + 2)² + (z − 0.5)² + 7', () => {
    const result = nelderMead((v) => (at(v, 0) - 3) ** 2 + 10 * (at(v, 1) + 2) ** 2 + (at(v, 2) - 0.5) ** 2 + 7, [0, 0, 0]);
    expect(at(result.x, 0)).toBeCloseTo(3, 6);
    expect(at(result.x, 1)).toBeCloseTo(-2, 6);
    expect(at(result.x, 2)).toBeCloseTo(0.5, 6);
    expect(result.value).toBeCloseTo(7, 10);
  });

  it('finds one of Himmelblau’s four minima (value 0)', () => {
    const himmelblau = (v: readonly number[]) => (at(v, 0) ** 2 + at(v, 1) - 11) ** 2 + (at(v, 0) + at(v, 1) ** 2 - 7) ** 2;
    const result = nelderMead(himmelblau, [0, 0]);
    expect(result.value).toBeLessThan(1e-10);
    // From (0, 0) the simplex walks to (3, 2).
    expect(at(result.x, 0)).toBeCloseTo(3, 5);
    expect(at(result.x, 1)).toBeCloseTo(2, 5);
  });

  it('turns back from a region where the function is not finite (a parameter out of range)', () => {
    // Minimum of (x − 0.01)² with x ≤ 0 forbidden: the answer sits just inside the allowed side.
    const result = nelderMead((v) => (at(v, 0) <= 0 ? Number.NaN : (at(v, 0) - 0.01) ** 2), [2]);
    expect(at(result.x, 0)).toBeCloseTo(0.01, 6);
    expect(Number.isFinite(result.value)).toBe(true);
  });

  it('says it has not converged when the iterations run out', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 10, restarts: 0 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(10);
  });

  it('reports its iterations as they go', () => {
    const seen: number[] = [];
    nelderMead(rosenbrock, [-1.2, 1], { onIteration: (n) => seen.push(n) });
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.every((n, i) => n === i + 1)).toBe(true);
  });
});
