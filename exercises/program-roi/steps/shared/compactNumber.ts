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

/**
 * The money axis the ROI charts share: compact ticks and a rotated title. The rotated title sits at the
 * axis's left edge, and ticks like "1,4 тыс." need about five font sizes beside it, hence the width.
 */
export function moneyAxisProps(fontSize: number, locale: Locale, title: string) {
  return {
    tickFormatter: (value: number) => compactNumber(value, locale),
    tick: { fontSize },
    width: fontSize * 7,
    label: { value: title, angle: -90, position: 'insideLeft' as const, fontSize, style: { textAnchor: 'middle' as const } },
  };
}
