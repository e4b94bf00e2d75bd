import { describe, expect, it } from 'vitest';
import { changeAsShown, roundAsShown } from '../../../src/i18n/rounding';
import { createFormatters } from '../../../src/i18n/format';

describe('changes agree with the rounded values they sit beside', () => {
  it('+0.42 → +0.40 is a change of −0.02 as shown, not the −0.01 of the unrounded figures', () => {
    // Unrounded: 0.4049 − 0.4189 = −0.014, which rounds to −0.01; shown: 0.40 − 0.42 = −0.02.
    expect(changeAsShown(0.4189, 0.4049, 2)).toBe(-0.02);
    expect(roundAsShown(0.4049 - 0.4189, 2)).toBe(-0.01);
  });

  it('works with negative gaps and one decimal alike', () => {
    // −1.246 shows −1.25, −1.104 shows −1.10: the change shown is +0.15 (the unrounded +0.142 would show +0.14).
    expect(changeAsShown(-1.246, -1.104, 2)).toBe(0.15);
    // One decimal: 2.25 → 2.3 and 2.34 → 2.3 show no change, though the values differ by 0.09.
    expect(changeAsShown(2.25, 2.34, 1)).toBe(0);
  });

  it('rounds half away from zero, as the formatter shows it, and cleans binary noise', () => {
    const format = createFormatters('en', 'USD');
    for (const value of [1.005, -1.005, 0.125, -0.125, 2.675, 0.045]) {
      expect(format.fixed(roundAsShown(value, 2), 2), String(value)).toBe(format.fixed(value, 2));
    }
    // 0.3 − 0.1 is 0.19999999999999998 in binary.
    expect(changeAsShown(0.1, 0.3, 2)).toBe(0.2);
    expect(changeAsShown(null, 0.3, 2)).toBeNull();
  });
});
