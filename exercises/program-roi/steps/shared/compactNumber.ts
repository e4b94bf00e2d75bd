import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';

const formats = new Map<Locale, Intl.NumberFormat>();

/** Axis ticks of money charts: "1,5 млн" instead of "1 500 000 ₽", which would not fit beside the axis. */
export function compactNumber(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { notation: 'compact', maximumFractionDigits: 1 });
    formats.set(locale, format);
  }
  return Number.isFinite(value) ? format.format(value) : '';
}
