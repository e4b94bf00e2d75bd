/**
 * Discount break-even (METHODS, "Break-even for a discount"): with gross margin m and discount d,
 * both shares of the list price, a unit sold at a discount earns m − d instead of m, so volume must
 * grow by the factor m / (m − d) to keep gross profit: required change = d / (m − d). When d ≥ m each
 * discounted unit earns nothing or loses money, and no volume restores the profit ("suicidal").
 */

export type DiscountBreakEven =
  | { kind: 'ok'; requiredVolumeChange: number }
  | { kind: 'suicidal' }
  | { kind: 'invalid'; reason: 'margin-out-of-range' | 'discount-out-of-range' };

export type DiscountVerdict = 'no-discount' | 'easy' | 'demanding' | 'unrealistic' | 'suicidal' | 'invalid';

/** Upper bounds of the required volume change for the 'easy' and 'demanding' verdicts. */
export const DISCOUNT_VERDICT_THRESHOLDS = { easy: 0.2, demanding: 0.5 } as const;

/**
 * Decimal shares are not exact in binary: 0.1 / (0.3 − 0.1) evaluates to 0.5000000000000001, which
 * must still read as "exactly at the threshold" — the METHODS example sits on the 'demanding' bound.
 */
const THRESHOLD_TOLERANCE = 1e-9;

const DEFAULT_CURVE_STEPS = 40;
/** Keeps a mistyped step count from freezing the chart. */
const MAX_CURVE_STEPS = 1000;
/** The chart runs 15 points past the margin so the suicidal zone is visible, but never to a 100 % discount. */
const CURVE_OVERSHOOT = 0.15;
const CURVE_MAX_DISCOUNT = 0.95;

export function discountBreakEven(margin: number, discount: number): DiscountBreakEven {
  // A margin of 0 would make every discount suicidal and the ratio meaningless; above 1 is not a share.
  if (!Number.isFinite(margin) || margin <= 0 || margin > 1) return { kind: 'invalid', reason: 'margin-out-of-range' };
  // A 100 % discount is giving the goods away; the formula needs d < 1 to stay a price cut.
  if (!Number.isFinite(discount) || discount < 0 || discount >= 1) return { kind: 'invalid', reason: 'discount-out-of-range' };
  if (discount >= margin) return { kind: 'suicidal' };
  return { kind: 'ok', requiredVolumeChange: discount / (margin - discount) };
}

export function discountVerdict(margin: number, discount: number): DiscountVerdict {
  const result = discountBreakEven(margin, discount);
  if (result.kind === 'invalid') return 'invalid';
  if (result.kind === 'suicidal') return 'suicidal';
  const required = result.requiredVolumeChange;
  if (required <= 0) return 'no-discount';
  if (required <= DISCOUNT_VERDICT_THRESHOLDS.easy + THRESHOLD_TOLERANCE) return 'easy';
  if (required <= DISCOUNT_VERDICT_THRESHOLDS.demanding + THRESHOLD_TOLERANCE) return 'demanding';
  return 'unrealistic';
}

/**
 * Change of gross profit when volume changes by v under discount d: profit per unit falls from m to
 * m − d and units grow by (1 + v), so profit changes by (1 + v)(m − d) / m − 1. Zero exactly at the
 * break-even volume d / (m − d). NaN when the margin is 0 (no profit to change relative to).
 */
export function grossProfitChange(margin: number, discount: number, volumeChange: number): number {
  if (margin === 0) return Number.NaN;
  return ((1 + volumeChange) * (margin - discount)) / margin - 1;
}

export interface BreakEvenPoint {
  discount: number;
  /** null in the suicidal zone (d ≥ m) and wherever the inputs are out of range. */
  requiredVolumeChange: number | null;
}

/**
 * Points for the chart: discounts from 0 to maxDiscount (default min(0.95, margin + 0.15), so the
 * chart shows the suicidal zone beyond m) in `steps` equal steps (default 40, so 41 points).
 */
export function breakEvenCurve(margin: number, options?: { maxDiscount?: number; steps?: number }): BreakEvenPoint[] {
  const defaultMax = Number.isFinite(margin) ? Math.min(CURVE_MAX_DISCOUNT, Math.max(0, margin) + CURVE_OVERSHOOT) : CURVE_MAX_DISCOUNT;
  const requestedMax = options?.maxDiscount;
  const maxDiscount = requestedMax !== undefined && Number.isFinite(requestedMax) && requestedMax >= 0 ? requestedMax : defaultMax;
  const requestedSteps = options?.steps;
  const steps =
    requestedSteps !== undefined && Number.isFinite(requestedSteps) && requestedSteps >= 1
      ? Math.min(MAX_CURVE_STEPS, Math.floor(requestedSteps))
      : DEFAULT_CURVE_STEPS;

  const points: BreakEvenPoint[] = [];
  for (let i = 0; i <= steps; i += 1) {
    // Multiply before dividing so the last point is exactly maxDiscount, not a sum of rounded steps.
    const discount = (maxDiscount * i) / steps;
    const result = discountBreakEven(margin, discount);
    points.push({ discount, requiredVolumeChange: result.kind === 'ok' ? result.requiredVolumeChange : null });
  }
  return points;
}
