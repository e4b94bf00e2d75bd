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
  /** A change in money, sign always shown: "+320 ₽", "−80 ₽"; one that rounds to zero gets none: "0 ₽". */
  signedMoney: (value: number, fractionDigits?: number) => string;
  /** `share` is a fraction: 0.125 → "12,5 %" in Russian, "12.5%" in English. */
  percent: (share: number, fractionDigits?: number) => string;
  /** A signed percentage change, for uplifts: +50 %, −12 %. */
  signedPercent: (share: number, fractionDigits?: number) => string;
  /** Short for axis ticks of large amounts: "1,5 млн", "−11,5 млн", "1.5M", "150万". */
  compact: (value: number) => string;
  /** A calendar day as the language writes it: 05.03.2026, 5 Mar 2026, 2026年3月5日; '—' for no date. */
  date: (value: Date | string) => string;
}

/**
 * One written form per language, never the ambiguous 03/05/2026: English writes the month as a word (the
 * workbook is read in the UK, the US and Asia alike) and Chinese the 年月日 form. Excel's number formats of
 * the same dates are in src/data/exportWorkbook.ts (EXCEL_DATE_FORMAT) and are tested to read alike.
 */
const DATE_OPTIONS: Record<Locale, Intl.DateTimeFormatOptions> = {
  ru: { year: 'numeric', month: '2-digit', day: '2-digit' },
  en: { year: 'numeric', month: 'short', day: 'numeric' },
  zh: { year: 'numeric', month: 'long', day: 'numeric' },
};

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A stored calendar day ('2026-03-05': a wave, a deadline, a launch date) as local midnight; null for text that
 * is no such day. `new Date('2026-03-05')` is UTC midnight, still 4 March west of Greenwich; and 2026-02-30,
 * which Date rolls over to 2 March, is not a day anyone entered.
 */
export function parseCalendarDay(text: string): Date | null {
  const day = CALENDAR_DAY.exec(text);
  if (!day) return null;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const local = new Date(year, month - 1, date);
  return local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === date ? local : null;
}

/** The local calendar day of a moment as 'yyyy-mm-dd' (toISOString gives the UTC day: yesterday, east of Greenwich after midnight). */
export function calendarDayIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A stored date as a Date: a bare 'yyyy-mm-dd' is a local day, anything else (an ISO moment) is read as such. */
function parseStoredDate(value: Date | string): Date {
  if (typeof value !== 'string') return value;
  if (!CALENDAR_DAY.test(value)) return new Date(value);
  return parseCalendarDay(value) ?? new Date(Number.NaN);
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

/** A currency's sign as the language writes it: ₽ in Russian, $ in English, ¥ in Chinese. */
export function currencySign(locale: Locale, currency: Currency): string {
  const parts = new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
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
  const moneyFormat = (digits: number, signDisplay: 'auto' | 'exceptZero' = 'auto') =>
    new Intl.NumberFormat(tag, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      signDisplay,
      maximumFractionDigits: digits,
      minimumFractionDigits: 0,
    });
  const moneyWhole = moneyFormat(0);
  const compactFormat = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(tag, DATE_OPTIONS[locale]);
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
    signedMoney: (value, digits = 0) => guard(value, (v) => moneyFormat(digits, 'exceptZero').format(v)),
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
    compact: (value) => guard(value, (v) => compactFormat.format(v)),
    date: (value) => {
      const date = parseStoredDate(value);
      return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date);
    },
  };
  cache.set(cacheKey, formatters);
  return formatters;
}
