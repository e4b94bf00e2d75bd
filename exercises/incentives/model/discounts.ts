import { discountBreakEven, discountVerdict, grossProfitChange, type DiscountVerdict } from '../../../src/economics/discount';
import type { DiscountLine } from '../state';

/** Below this a profit change is rounding noise: the expected volume sits on the break-even. */
const SAME_PROFIT = 1e-9;

export type DiscountCheck =
  /** The line has no discount typed yet. */
  | { kind: 'noDiscount' }
  /** No margin to check against: the break-even cannot be worked out. */
  | { kind: 'noMargin' }
  | { kind: 'invalid'; reason: 'margin-out-of-range' | 'discount-out-of-range' }
  | {
      kind: 'checked';
      verdict: Exclude<DiscountVerdict, 'invalid'>;
      /** d / (m − d); null when the discount is suicidal (no volume restores the profit). */
      requiredVolumeChange: number | null;
      /** Gross profit change at the volume change the participant expects; null when none is entered. */
      profitChange: number | null;
      /** Whether the expected volume keeps the gross profit: above, at or below the break-even; null without one. */
      expectation: 'above' | 'equal' | 'below' | null;
    };

/** One discount line against the margin (METHODS.md, "Break-even for a discount"). */
export function checkDiscount(line: Pick<DiscountLine, 'discount' | 'expectedVolumeChange'>, margin: number | null): DiscountCheck {
  if (line.discount === null) return { kind: 'noDiscount' };
  if (margin === null) return { kind: 'noMargin' };
  const breakEven = discountBreakEven(margin, line.discount);
  if (breakEven.kind === 'invalid') return { kind: 'invalid', reason: breakEven.reason };
  const verdict = discountVerdict(margin, line.discount);
  // discountVerdict agrees with discountBreakEven, which was valid just above.
  if (verdict === 'invalid') return { kind: 'invalid', reason: 'discount-out-of-range' };
  const expected = line.expectedVolumeChange;
  const profitChange = expected === null ? null : grossProfitChange(margin, line.discount, expected);
  const expectation = profitChange === null ? null : profitChange > SAME_PROFIT ? 'above' : profitChange < -SAME_PROFIT ? 'below' : 'equal';
  return {
    kind: 'checked',
    verdict,
    requiredVolumeChange: breakEven.kind === 'ok' ? breakEven.requiredVolumeChange : null,
    profitChange,
    expectation,
  };
}

export interface CheckedDiscount {
  line: DiscountLine;
  /** 1-based, as the step numbers the lines. */
  number: number;
  check: DiscountCheck;
}

export function checkDiscounts(lines: readonly DiscountLine[], margin: number | null): CheckedDiscount[] {
  return lines.map((line, index) => ({ line, number: index + 1, check: checkDiscount(line, margin) }));
}

/** Lines whose verdict is one of `verdicts`. */
export function discountsWithVerdict(checked: readonly CheckedDiscount[], verdicts: readonly DiscountVerdict[]): CheckedDiscount[] {
  return checked.filter((entry) => entry.check.kind === 'checked' && verdicts.includes(entry.check.verdict));
}

/** Lines the participant expects to lose gross profit on: the expected volume falls short of the break-even. */
export function discountsLosingProfit(checked: readonly CheckedDiscount[]): CheckedDiscount[] {
  return checked.filter((entry) => entry.check.kind === 'checked' && entry.check.expectation === 'below');
}
