import { format as formatDate, isValid, parse } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { ru as ruLocale } from 'date-fns/locale/ru';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Locale } from '../../i18n/locale';

/**
 * Dates typed in the app's language, not the browser's: a Russian group types 05.03.2026, a Chinese one
 * 2026-03-05, and an English page writes 5 Mar 2026, which no reader takes for the 3rd of May. The
 * browser's own date input follows the browser's language (mm/dd/yyyy on an English Windows), whatever
 * language the workbook is in. Stored dates stay 'yyyy-mm-dd'.
 */
export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const DATE_FNS_LOCALE = { ru: ruLocale, en: enGB, zh: zhCN } as const;

/** How a date is written back in each language (and shown as the example of what to type). */
const WRITTEN: Record<Locale, string> = { ru: 'dd.MM.yyyy', en: 'd MMM yyyy', zh: 'yyyy-MM-dd' };

/**
 * What each language accepts. ISO everywhere (copied from a file); day-first with dots in ru and en (never
 * read month-first); month names in en; slashes only where the year leads (zh), since 03/05/2026 is
 * ambiguous between a Russian and an American writer.
 */
const ACCEPTED: Record<Locale, readonly string[]> = {
  ru: ['d.M.yyyy', 'yyyy-M-d'],
  en: ['d MMM yyyy', 'd MMMM yyyy', 'MMM d, yyyy', 'MMMM d, yyyy', 'MMM d yyyy', 'MMMM d yyyy', 'd.M.yyyy', 'yyyy-M-d'],
  zh: ['yyyy-M-d', 'yyyy/M/d', 'yyyy.M.d', "yyyy'年'M'月'd'日'"],
};

/** Years a loyalty programme's dates plausibly fall in; outside, a typo (0226, 20026) is more likely. */
const YEARS = { min: 1900, max: 2100 };

export type DateEntry = { kind: 'empty' } | { kind: 'date'; iso: IsoDate } | { kind: 'invalid' };

export function parseDateEntry(text: string, locale: Locale): DateEntry {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (typed === '') return { kind: 'empty' };
  // Noon: a date at midnight moves to the day before in a time zone west of the one it was made in.
  const reference = new Date(2000, 0, 1, 12);
  for (const pattern of ACCEPTED[locale]) {
    const date = parse(typed, pattern, reference, { locale: DATE_FNS_LOCALE[locale] });
    if (isValid(date) && date.getFullYear() >= YEARS.min && date.getFullYear() <= YEARS.max) return { kind: 'date', iso: formatDate(date, 'yyyy-MM-dd') };
  }
  return { kind: 'invalid' };
}

/** A stored date as the language writes it; '' for none, and a malformed value is shown as it is. */
export function formatDateEntry(iso: IsoDate | null, locale: Locale): string {
  if (!iso) return '';
  const date = isoToDate(iso);
  return date ? formatDate(date, WRITTEN[locale], { locale: DATE_FNS_LOCALE[locale] }) : iso;
}

/** What to type, as an example in the language's own form (today's date would change between tests). */
export function dateEntryExample(locale: Locale): string {
  return formatDateEntry('2026-03-05', locale);
}

/** A local calendar day at noon, or null for anything but a real 'yyyy-mm-dd' day. */
export function isoToDate(iso: IsoDate): Date | null {
  if (!ISO.test(iso)) return null;
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1, 12));
  return isValid(date) ? date : null;
}

export function dateToIso(date: Date): IsoDate {
  return formatDate(date, 'yyyy-MM-dd');
}

export { DATE_FNS_LOCALE };
