import { INTL_TAG, type Locale } from './locale';

/** Formatting of the numbers a user reads, in the conventions of the chosen language. */
export interface Formatters {
  locale: Locale;
  currency: string;
  number: (value: number, fractionDigits?: number) => string;
  integer: (value: number) => string;
  /** Exactly `fractionDigits` decimals, so a column of amounts reads alike: 1 234,56 · 2 000,00 · 1 500,50. */
  fixed: (value: number, fractionDigits: number) => string;
  money: (value: number, fractionDigits?: number) => string;
  /** `share` is a fraction: 0.125 → "12,5 %" in Russian, "12.5%" in English. */
  percent: (share: number, fractionDigits?: number) => string;
  /** A signed percentage change, for uplifts: +50 %, −12 %. */
  signedPercent: (share: number, fractionDigits?: number) => string;
  date: (value: Date | string) => string;
}

/** Currencies offered to the user; the seminar's audience works mostly in roubles. */
export const CURRENCIES = ['RUB', 'USD', 'EUR', 'CNY', 'KZT', 'BYN', 'UZS'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * The currency a workbook shows until its user picks one: the money of the language's main audience. Russian is
 * the seminar's home (roubles); Chinese groups work in yuan; English is the seminar's language for international
 * groups, whose common unit of account is the US dollar. A user in Kazakhstan or Belarus picks their own.
 */
export const LANGUAGE_CURRENCY: Readonly<Record<Locale, Currency>> = { ru: 'RUB', en: 'USD', zh: 'CNY' };

/** The currency shown: the one chosen, or (null: never chosen) the language's. */
export function currencyFor(locale: Locale, chosen: Currency | null): Currency {
  return chosen ?? LANGUAGE_CURRENCY[locale];
}

const cache = new Map<string, Formatters>();

export function createFormatters(locale: Locale, currency: string): Formatters {
  const cacheKey = `${locale}|${currency}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const tag = INTL_TAG[locale];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const moneyFormat = (digits: number) =>
    new Intl.NumberFormat(tag, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
  const moneyWhole = moneyFormat(0);
  const dateFormat = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' });
  // Intl writes the ASCII hyphen for negatives; a loss reads better, and aligns with "+", as the real minus sign
  // (parseLocaleNumber reads it back). A figure that rounds to zero gets no sign: "−0" claims a loss it does not show.
  const guard = (value: number, render: (v: number) => string) => {
    if (!Number.isFinite(value)) return '—';
    const text = render(value);
    return /[1-9]/.test(text) ? text.replace(/-/g, '\u2212') : text.replace(/-/g, '');
  };

  const formatters: Formatters = {
    locale,
    currency,
    number: (value, digits = 2) => guard(value, (v) => numberFormat(digits).format(v)),
    integer: (value) => guard(value, (v) => numberFormat(0).format(v)),
    fixed: (value, digits) =>
      guard(value, (v) => new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v)),
    money: (value, digits = 0) => guard(value, (v) => (digits === 0 ? moneyWhole : moneyFormat(digits)).format(v)),
    percent: (share, digits = 1) =>
      guard(share, (v) =>
        new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v),
      ),
    signedPercent: (share, digits = 1) =>
      guard(share, (v) =>
        new Intl.NumberFormat(tag, {
          style: 'percent',
          maximumFractionDigits: digits,
          minimumFractionDigits: 0,
          signDisplay: 'exceptZero',
        }).format(v),
      ),
    date: (value) => {
      const date = typeof value === 'string' ? new Date(value) : value;
      return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date);
    },
  };
  cache.set(cacheKey, formatters);
  return formatters;
}
