import { parseLocaleNumber } from '../../../../src/data/numbers';

/** As many bounds as state.ts allows: ten bands are already more than a segment table reads well. */
export const MAX_BOUNDS = 9;

export type BoundsProblem = 'notANumber' | 'notPositive' | 'notAscending' | 'tooMany';

export type ParsedBounds = { ok: true; bounds: number[] | null } | { ok: false; problem: BoundsProblem; part: string };

/**
 * The upper bounds the participant types, "6; 12; 24" (a decimal comma is fine, so bounds are parted by
 * semicolons or new lines): null when empty (the default), else positive numbers in ascending order.
 */
export function parseBounds(text: string, decimalComma: boolean): ParsedBounds {
  const parts = text
    .split(/[;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: true, bounds: null };
  if (parts.length > MAX_BOUNDS) return { ok: false, problem: 'tooMany', part: String(parts.length) };
  const bounds: number[] = [];
  for (const part of parts) {
    const parsed = parseLocaleNumber(part, { decimalComma });
    if (parsed === null || parsed.hadPercentSign) return { ok: false, problem: 'notANumber', part };
    if (parsed.value <= 0) return { ok: false, problem: 'notPositive', part };
    const previous = bounds.at(-1);
    if (previous !== undefined && parsed.value <= previous) return { ok: false, problem: 'notAscending', part };
    bounds.push(parsed.value);
  }
  return { ok: true, bounds };
}
