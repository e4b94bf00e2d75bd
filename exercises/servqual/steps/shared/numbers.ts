import { createFormatters, CURRENCIES } from '../../../../src/i18n/format';
import type { Locale } from '../../../../src/i18n/locale';

// The app's formatters, so SERVQUAL figures read like every other figure (the real minus sign, no "−0").
// Currency plays no part in plain numbers; any one of the offered currencies gives the same digits.
const formattersFor = (locale: Locale) => createFormatters(locale, CURRENCIES[0]);

/** Gaps are read by their sign ("−1,25" below expectations, "+0,30" above), so the sign is always written. */
export function signedNumber(value: number | null, locale: Locale, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = formattersFor(locale).fixed(value, digits);
  // A figure that rounds to zero stays unsigned: "+0,00" would claim a gain the digits do not show.
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** Fixed decimals for means and weights, so a column of figures lines up. */
export function fixedNumber(value: number | null, locale: Locale, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return formattersFor(locale).fixed(value, digits);
}
