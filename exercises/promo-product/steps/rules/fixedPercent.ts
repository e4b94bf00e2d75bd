import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';

/** A percent with exactly `digits` decimals, so a column reads alike (0.70 %, 0.74 %), where format.percent drops trailing zeros. */
export function fixedPercent(locale: Locale, share: number, digits: number): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}
