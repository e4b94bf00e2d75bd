import { describe, expect, it } from 'vitest';
import { checkDiscount, checkDiscounts, discountsLosingProfit, discountsWithVerdict } from '../../../exercises/incentives/model/discounts';
import { discountAxis } from '../../../exercises/incentives/steps/mechanics/discountAxis';
import { filledIncentivesState } from './mechanicsState';

describe('a discount checked against the margin', () => {
  it('needs +50 % volume for 10 % off at a 30 % margin, and loses profit when +30 % is expected', () => {
    const check = checkDiscount({ discount: 0.1, expectedVolumeChange: 0.3 }, 0.3);
    if (check.kind !== 'checked') throw new Error(check.kind);
    // d / (m − d) = 0.1 / 0.2 = 0.5: exactly the 'demanding' bound (METHODS.md's example).
    expect(check.requiredVolumeChange).toBeCloseTo(0.5, 12);
    expect(check.verdict).toBe('demanding');
    // (1 + 0.3) × (0.3 − 0.1) / 0.3 − 1 = 0.26 / 0.3 − 1 = −0.1333…
    expect(check.profitChange).toBeCloseTo(-0.133333, 6);
    expect(check.expectation).toBe('below');
  });

  it('calls a discount equal to the margin suicidal, with no volume that restores the profit', () => {
    const check = checkDiscount({ discount: 0.3, expectedVolumeChange: 1 }, 0.3);
    if (check.kind !== 'checked') throw new Error(check.kind);
    expect(check.verdict).toBe('suicidal');
    expect(check.requiredVolumeChange).toBeNull();
    // (1 + 1) × (0.3 − 0.3) / 0.3 − 1 = −1: doubling the sales of a free-margin item still earns nothing.
    expect(check.profitChange).toBeCloseTo(-1, 12);
  });

  it('grades by the volume needed: 5 % → +20 % easy (on the bound), 4 % → +15.4 %, 20 % → +200 % unrealistic', () => {
    const verdict = (discount: number) => {
      const check = checkDiscount({ discount, expectedVolumeChange: null }, 0.3);
      return check.kind === 'checked' ? [check.verdict, check.requiredVolumeChange] : [check.kind, null];
    };
    // 0.05 / 0.25 = 0.2: on the 'easy' bound.
    expect(verdict(0.05)[0]).toBe('easy');
    // 0.04 / 0.26 = 0.1538
    expect(verdict(0.04)[1]).toBeCloseTo(0.153846, 6);
    // 0.2 / 0.1 = 2
    expect(verdict(0.2)).toEqual(['unrealistic', expect.closeTo(2, 12)]);
    expect(verdict(0)[0]).toBe('no-discount');
  });

  it('says what is missing or wrong instead of a figure', () => {
    expect(checkDiscount({ discount: null, expectedVolumeChange: null }, 0.3)).toEqual({ kind: 'noDiscount' });
    expect(checkDiscount({ discount: 0.1, expectedVolumeChange: null }, null)).toEqual({ kind: 'noMargin' });
    expect(checkDiscount({ discount: 1, expectedVolumeChange: null }, 0.3)).toEqual({ kind: 'invalid', reason: 'discount-out-of-range' });
    expect(checkDiscount({ discount: 0.1, expectedVolumeChange: null }, 0)).toEqual({ kind: 'invalid', reason: 'margin-out-of-range' });
  });

  it('an expected volume exactly at the break-even keeps the profit', () => {
    const check = checkDiscount({ discount: 0.1, expectedVolumeChange: 0.5 }, 0.3);
    expect(check).toMatchObject({ kind: 'checked', expectation: 'equal' });
  });

  it('finds the suicidal lines and those the participant expects to lose on', () => {
    const state = filledIncentivesState();
    const checked = checkDiscounts(state.discounts, state.margin);
    expect(checked.map((entry) => entry.number)).toEqual([1, 2, 3]);
    expect(discountsWithVerdict(checked, ['suicidal']).map((entry) => entry.line.name)).toEqual(['Полцены по понедельникам']);
    // Second cup: −13.3 %; happy hours: (1.25 × 0.25) / 0.3 − 1 = +4.2 %; half price at +100 % volume: (2 × −0.2) / 0.3 − 1 = −233 %.
    expect(discountsLosingProfit(checked).map((entry) => entry.line.name)).toEqual(['Вторая чашка', 'Полцены по понедельникам']);
  });
});

describe('the discount axis of the break-even chart', () => {
  it('ends on a round discount past the suicidal zone and every dot', () => {
    // Margin 30 %: the curve's default end is 30 + 15 = 45 %, so the axis runs to 50 % in tens.
    expect(discountAxis(0.45)).toEqual({ end: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(discountAxis(0.6)).toEqual({ end: 60, ticks: [0, 10, 20, 30, 40, 50, 60] });
    expect(discountAxis(0.95)).toEqual({ end: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(discountAxis(0)).toEqual({ end: 10, ticks: [0, 10] });
  });
});
