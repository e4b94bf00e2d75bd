import type { Formatters } from '../../../../src/i18n/format';

/**
 * The sign of a change as shown: a value that rounds to zero gets none, since "+0" or "-0" would claim a
 * direction the shown figure does not have (0.004 purchases with two decimals is "0").
 */
function withSign(text: string, value: number): string {
  if (!/[1-9]/.test(text)) return text;
  return value > 0 ? `+${text}` : text;
}

/** A change in a count, sign always shown: "+1", "−0,25", "0". */
export function signedNumber(format: Formatters, value: number, fractionDigits = 2): string {
  return withSign(format.number(value, fractionDigits), value);
}

/** A relative change or a ROI: "+29,6 %", "−30,5 %". */
export function signedPercent(format: Formatters, share: number): string {
  return format.signedPercent(share);
}
