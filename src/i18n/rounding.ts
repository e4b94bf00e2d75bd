/**
 * Figures shown rounded, and changes between them. A table that shows two values and their change must show a
 * change equal to the difference of the values as shown: +0,42 → +0,40 reads as −0,02, never the −0,01 that the
 * unrounded −0,014 would give. So the values are rounded first, as the formatter will show them, then subtracted.
 */

const plainFormats = new Map<number, Intl.NumberFormat>();

/**
 * `value` rounded to `digits` decimals exactly as the app's formatters (Intl.NumberFormat) show it: Intl rounds
 * the shortest decimal form of the number half away from zero (1.005 shows 1.01), which neither `toFixed` nor
 * Math.round(x * 100) / 100 does (both see the binary 1.00499…). So Intl rounds here too, in a plain format.
 */
export function roundAsShown(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  let format = plainFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
    plainFormats.set(digits, format);
  }
  // Plus zero, so a −0 from a small negative reads as 0.
  return Number(format.format(value)) + 0;
}

/** The change from one shown value to another, as the reader would compute it from the two figures; null when either is missing. */
export function changeAsShown(from: number | null, to: number | null, digits: number): number | null {
  if (from === null || to === null || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  // Rounded again: 0.3 − 0.1 is 0.19999999999999998 in binary, and must read 0,20.
  return roundAsShown(roundAsShown(to, digits) - roundAsShown(from, digits), digits);
}
