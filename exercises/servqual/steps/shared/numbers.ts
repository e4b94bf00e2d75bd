import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';

const signedFormats = new Map<string, Intl.NumberFormat>();

/** Gaps are read by their sign ("−1,25" below expectations, "+0,30" above), so the sign is always written. */
export function signedNumber(value: number | null, locale: Locale, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const cacheKey = `${locale}|${digits}`;
  let format = signedFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' });
    signedFormats.set(cacheKey, format);
  }
  // −0.004 rounds to "−0,00": show an honest 0 instead.
  const rounded = Number(value.toFixed(digits));
  return format.format(rounded === 0 ? 0 : rounded).replace('-', '−');
}

/** Fixed decimals for means and weights, so a column of figures lines up. */
export function fixedNumber(value: number | null, locale: Locale, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(INTL_TAG[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Long statements shortened for a chart axis; the full text stays in the data table. */
export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
