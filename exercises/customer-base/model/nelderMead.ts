/**
 * A small Nelder–Mead minimiser with restarts, for the maximum-likelihood fits of BG/NBD and Gamma-Gamma
 * (METHODS.md). No npm optimiser fits: `fmin` has no ES module and throws in strict mode when its simplex
 * shrinks, `numeric.uncmin` stopped at a wrong optimum on public data (issue 15). Standard coefficients
 * (reflection 1, expansion 2, contraction ½, shrink ½; Lagarias et al. 1998). A restart builds a fresh simplex
 * around the best point: a simplex that collapsed onto a line or a ridge then searches every direction again,
 * and the run stops only when a restart no longer improves the minimum.
 */

export interface NelderMeadOptions {
  /** Initial step along each axis. */
  step?: number;
  /** Stop a pass when the simplex's values differ by less than this (absolute plus relative to the best). */
  tolerance?: number;
  /** Stop a pass when every vertex is this close to the best one, per coordinate. */
  xTolerance?: number;
  maxIterations?: number;
  /** Passes after the first; each starts from the best point so far. */
  restarts?: number;
  /** Called after each iteration with the total count so far, to report progress. */
  onIteration?: (iterations: number) => void;
}

export interface NelderMeadResult {
  x: number[];
  value: number;
  iterations: number;
  evaluations: number;
  /** The last pass met the tolerance before maxIterations, and the value is finite. */
  converged: boolean;
}

const DEFAULTS = { step: 0.5, tolerance: 1e-10, xTolerance: 1e-8, maxIterations: 4000, restarts: 3 };

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** Minimises f from x0. Non-finite values (a parameter out of range) count as +Infinity, so the simplex turns back. */
export function nelderMead(f: (x: readonly number[]) => number, x0: readonly number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const settings = { ...DEFAULTS, ...options };
  let evaluations = 0;
  const value = (x: readonly number[]) => {
    evaluations++;
    const y = f(x);
    return Number.isFinite(y) ? y : Infinity;
  };
  let best = { x: [...x0], value: value(x0) };
  let iterations = 0;
  let converged = false;
  for (let pass = 0; pass <= settings.restarts; pass++) {
    const result = onePass(value, best.x, best.value, settings, iterations, options.onIteration);
    iterations = result.iterations;
    converged = result.converged;
    const improved = best.value - result.value > settings.tolerance * (1 + Math.abs(best.value));
    if (result.value <= best.value) best = { x: result.x, value: result.value };
    if (pass > 0 && !improved) break;
  }
  return { x: best.x, value: best.value, iterations, evaluations, converged: converged && Number.isFinite(best.value) };
}

function onePass(
  value: (x: readonly number[]) => number,
  start: number[],
  startValue: number,
  settings: typeof DEFAULTS,
  iterationsBefore: number,
  onIteration: ((iterations: number) => void) | undefined,
): { x: number[]; value: number; iterations: number; converged: boolean } {
  const n = start.length;
  const points: number[][] = [start];
  const values: number[] = [startValue];
  for (let i = 0; i < n; i++) {
    const point = [...start];
    point[i] = (point[i] as number) + settings.step;
    points.push(point);
    values.push(value(point));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  let iterations = iterationsBefore;
  const at = (k: number) => order[k] as number;
  for (let step = 0; step < settings.maxIterations; step++) {
    order.sort((i, j) => (values[i] as number) - (values[j] as number));
    const lowest = values[at(0)] as number;
    const highest = values[at(n)] as number;
    const spread = Math.abs(highest - lowest);
    let width = 0;
    for (let k = 1; k <= n; k++) for (let d = 0; d < n; d++) width = Math.max(width, Math.abs(coordinate(points[at(k)], d) - coordinate(points[at(0)], d)));
    if (Number.isFinite(lowest) && spread <= settings.tolerance * (1 + Math.abs(lowest)) && width <= settings.xTolerance * (1 + maxAbs(points[at(0)] as number[]))) {
      return { x: points[at(0)] as number[], value: lowest, iterations, converged: true };
    }
    iterations++;
    onIteration?.(iterations);
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let d = 0; d < n; d++) centroid[d] = coordinate(centroid, d) + coordinate(points[at(k)], d) / n;
    const worst = points[at(n)] as number[];
    const toward = (coefficient: number) => centroid.map((c, d) => c + coefficient * (c - (worst[d] as number)));
    const reflected = toward(1);
    const reflectedValue = value(reflected);
    const secondWorst = values[at(n - 1)] as number;
    if (reflectedValue < lowest) {
      const expanded = toward(2);
      const expandedValue = value(expanded);
      replace(at(n), expandedValue < reflectedValue ? expanded : reflected, Math.min(expandedValue, reflectedValue));
    } else if (reflectedValue < secondWorst) {
      replace(at(n), reflected, reflectedValue);
    } else {
      // Outside contraction when the reflection beat the worst point, inside otherwise.
      const outside = reflectedValue < highest;
      const contracted = toward(outside ? 0.5 : -0.5);
      const contractedValue = value(contracted);
      if (contractedValue < (outside ? reflectedValue : highest)) {
        replace(at(n), contracted, contractedValue);
      } else {
        const bestPoint = points[at(0)] as number[];
        for (let k = 1; k <= n; k++) {
          const shrunk = (points[at(k)] as number[]).map((coordinate, d) => (bestPoint[d] as number) + 0.5 * (coordinate - (bestPoint[d] as number)));
          replace(at(k), shrunk, value(shrunk));
        }
      }
    }
  }
  order.sort((i, j) => (values[i] as number) - (values[j] as number));
  return { x: points[at(0)] as number[], value: values[at(0)] as number, iterations, converged: false };

  function replace(index: number, point: number[], pointValue: number) {
    points[index] = point;
    values[index] = pointValue;
  }
}

function coordinate(point: readonly number[] | undefined, d: number): number {
  return (point as readonly number[])[d] as number;
}

function maxAbs(x: readonly number[]): number {
  return x.reduce((most, coordinate) => Math.max(most, Math.abs(coordinate)), 0);
}
