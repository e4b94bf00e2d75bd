/**
 * A small seeded generator (mulberry32, public domain, by Tommy Ettinger): the demo survey and the property
 * tests must come out the same on every machine and every run, which Math.random cannot promise. One generator
 * for every exercise's demo, so a demo's story is told by its recipe, not by which generator it drew from.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Standard normal (Box–Muller). */
  normal: () => number;
  /** Uniform integer in [min, max]. */
  integer: (min: number, max: number) => number;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    // 1 − u keeps the logarithm away from 0
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { next, normal, integer };
}
