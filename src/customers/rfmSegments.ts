/**
 * Named RFM segments: an ordered list of rules, each three inclusive score ranges; the first rule whose three
 * ranges hold a customer's scores names the customer, and a customer no rule holds is one of the "others"
 * (as rfm_segment in the R package rfm assigns them: a customer already named is not renamed).
 */
import type { RfmSegmentRule } from './settings';

/** A customer no rule holds. */
export const OTHERS = -1;

export type ScoreRanges = Pick<RfmSegmentRule, 'r' | 'f' | 'm'>;

/** The 125 score triples' segment (index of the first rule that holds, or OTHERS), at (r − 1)·25 + (f − 1)·5 + (m − 1). */
export function segmentTable(rules: readonly ScoreRanges[]): Int16Array {
  const table = new Int16Array(125).fill(OTHERS);
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      for (let m = 1; m <= 5; m++) {
        const index = rules.findIndex((rule) => holds(rule.r, r) && holds(rule.f, f) && holds(rule.m, m));
        table[(r - 1) * 25 + (f - 1) * 5 + (m - 1)] = index;
      }
    }
  }
  return table;
}

function holds([from, to]: readonly [number, number], score: number): boolean {
  return score >= Math.min(from, to) && score <= Math.max(from, to);
}

export function segmentOf(rules: readonly ScoreRanges[], r: number, f: number, m: number): number {
  // Cast: scores 1–5 index within the 125 entries.
  return segmentTable(rules)[(r - 1) * 25 + (f - 1) * 5 + (m - 1)] as number;
}

/** Each customer's segment: the index of the first rule that holds, or OTHERS. */
export function assignSegments(rules: readonly ScoreRanges[], r: Uint8Array, f: Uint8Array, m: Uint8Array): Int16Array {
  const table = segmentTable(rules);
  const segments = new Int16Array(r.length);
  // Casts: indices below the arrays' length.
  for (let i = 0; i < r.length; i++) segments[i] = table[((r[i] as number) - 1) * 25 + ((f[i] as number) - 1) * 5 + ((m[i] as number) - 1)] as number;
  return segments;
}

/** The score triples no earlier rule takes: a rule with none never names anyone, whatever the data. */
export function reachableCells(rules: readonly ScoreRanges[]): number[] {
  const counts = new Array<number>(rules.length).fill(0);
  for (const index of segmentTable(rules)) if (index !== OTHERS) counts[index] = (counts[index] ?? 0) + 1;
  return counts;
}

/** A new rule's id, unlike any in the list. */
export function newSegmentId(rules: readonly { id: string }[]): string {
  let k = rules.length + 1;
  while (rules.some((rule) => rule.id === `custom${k}`)) k++;
  return `custom${k}`;
}

/** The list with the rule at `index` moved one place up (−1) or down (+1); unchanged at an end. */
export function moveRule<T>(rules: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (target < 0 || target >= rules.length) return [...rules];
  const next = [...rules];
  // Casts: both indices are within the list.
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
