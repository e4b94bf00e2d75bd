/** A value axis for gaps: round ticks a reader can name, and 0 — "exactly as expected" — always on it. */
export interface GapAxis {
  domain: [number, number];
  ticks: number[];
  /** Decimals a tick needs: 0,25 needs two, 0,5 one, whole steps none. */
  digits: number;
}

/** Ticks 0.25, 0.5, 1 or 2 apart, the step chosen so the axis carries about four to nine of them. */
export function gapAxis(values: readonly (number | null)[]): GapAxis {
  const finite = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const range = high - low;
  const step = range <= 1 ? 0.25 : range <= 3.5 ? 0.5 : range <= 7 ? 1 : 2;
  const digits = step === 0.25 ? 2 : step === 0.5 ? 1 : 0;
  let first = Math.floor(low / step + 1e-9);
  let last = Math.ceil(high / step - 1e-9);
  // Every gap zero: a flat line on 0 still needs an axis around it.
  if (first === last) {
    first -= 2;
    last += 2;
  }
  // Whole multiples of the step, so no tick drifts to 0,30000000000000004; "+ 0" turns Math.ceil's −0 into 0.
  const at = (multiple: number) => multiple * step + 0;
  const ticks = Array.from({ length: last - first + 1 }, (_, index) => at(first + index));
  return { domain: [at(first), at(last)], ticks, digits };
}
