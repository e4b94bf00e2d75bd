import { describe, expect, it } from 'vitest';
import { gapAxis } from '../../../exercises/servqual/steps/waves/gapAxis';
import { fixedNumber, signedNumber } from '../../../exercises/servqual/steps/shared/numbers';

const MINUS = '\u2212';
// Intl separates thousands with a no-break space in Russian; compare with ordinary spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('gap axis of the waves chart', () => {
  it('steps by 0.5 from 0 down to the largest shortfall when the gaps span 2.5 points', () => {
    // The review's two waves: gaps from 0 (tangibles) to −2.5 (reliability); range 2.5 ≤ 3.5 → step 0.5,
    // −2.5 / 0.5 = −5 whole steps, so the axis ends exactly at −2.5.
    const axis = gapAxis([0, -2.5, -2, -1, -0.4, 0, -1, -2, -1, -0.4]);
    expect(axis.ticks).toEqual([-2.5, -2, -1.5, -1, -0.5, 0]);
    expect(axis.domain).toEqual([-2.5, 0]);
    expect(axis.digits).toBe(1);
  });

  it('takes quarter steps for small gaps and still reaches 0', () => {
    // −0.6 … −0.1: range from 0 is 0.6 ≤ 1 → step 0.25; floor(−0.6 / 0.25) = floor(−2.4) = −3 → −0.75.
    const axis = gapAxis([-0.6, -0.1, -0.35]);
    expect(axis.ticks).toEqual([-0.75, -0.5, -0.25, 0]);
    expect(axis.digits).toBe(2);
  });

  it('keeps half steps up to a 3.5-point range, as for the demo gaps +0.4 … −2.3', () => {
    // Range 0.4 + 2.3 = 2.7 ≤ 3.5 → step 0.5; floor(−4.6) = −5 → −2.5, ceil(0.8) = 1 → +0.5: seven ticks.
    const axis = gapAxis([0.4, -2.3, -0.9]);
    expect(axis.domain).toEqual([-2.5, 0.5]);
    expect(axis.ticks).toHaveLength(7);
  });

  it('spans gains and shortfalls, with 0 among the ticks', () => {
    // −1.2 … +0.7: range 1.9 → step 0.5; floor(−2.4) = −3 → −1.5, ceil(1.4) = 2 → +1.
    const axis = gapAxis([-1.2, 0.7]);
    expect(axis.domain).toEqual([-1.5, 1]);
    expect(axis.ticks).toContain(0);
    expect(axis.ticks).toHaveLength(6);
  });

  it('uses whole and double steps for wide ranges, and ignores missing gaps', () => {
    // −4.2: range 4.2 ≤ 7 → step 1, floor(−4.2) = −5.
    expect(gapAxis([-4.2, null, Number.NaN]).ticks).toEqual([-5, -4, -3, -2, -1, 0]);
    // −7.5 … +1: range 8.5 > 7 → step 2, floor(−3.75) = −4 → −8, ceil(0.5) = 1 → +2.
    const wide = gapAxis([-7.5, 1]);
    expect(wide.domain).toEqual([-8, 2]);
    expect(wide.digits).toBe(0);
  });

  it('gives all-zero gaps an axis around 0 instead of a single tick', () => {
    const axis = gapAxis([0, 0, null]);
    expect(axis.ticks).toEqual([-0.5, -0.25, 0, 0.25, 0.5]);
  });

  it('has every tick an exact multiple of its step, inside the domain, for any data', () => {
    for (const values of [[-0.3], [-2.49, 0.01], [-11.9], [3.3, -0.2], [-1.01]]) {
      const axis = gapAxis(values);
      const step = (axis.ticks[1] ?? 0) - (axis.ticks[0] ?? 0);
      expect([0.25, 0.5, 1, 2]).toContain(step);
      expect(axis.ticks).toContain(0);
      expect(axis.ticks[0]).toBe(axis.domain[0]);
      expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
      for (const value of values) expect(value >= axis.domain[0] && value <= axis.domain[1]).toBe(true);
      for (const tick of axis.ticks) expect(Number.isInteger(tick / step)).toBe(true);
    }
  });
});

describe('SERVQUAL figures', () => {
  it('write the real minus sign, a plus for gains and no sign on what rounds to zero', () => {
    expect(signedNumber(-1.25, 'ru')).toBe(`${MINUS}1,25`);
    expect(signedNumber(0.3, 'ru')).toBe('+0,30');
    expect(signedNumber(0.3, 'zh')).toBe('+0.30');
    expect(signedNumber(-0.004, 'ru')).toBe('0,00');
    expect(signedNumber(0.004, 'en')).toBe('0.00');
    expect(signedNumber(-0.5, 'en', 1)).toBe(`${MINUS}0.5`);
    expect(signedNumber(null, 'ru')).toBe('—');
  });

  it('keep fixed decimals and the minus sign for plain figures', () => {
    expect(plain(fixedNumber(1234.5, 'ru', 2))).toBe('1 234,50');
    expect(fixedNumber(-0.25, 'en', 2)).toBe(`${MINUS}0.25`);
    expect(fixedNumber(Number.POSITIVE_INFINITY, 'ru')).toBe('—');
  });
});
