import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';

// Read as UTC and written in UTC: a calendar date must not move a day west of Greenwich.
function parts(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** The month a period starts in, short: "сент. 2023", "Sep 2023", "2023年9月". Whole days go through format.date. */
export function formatIsoMonth(iso: string, locale: Locale): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: 'UTC', year: 'numeric', month: 'short' });
    monthFormats.set(locale, format);
  }
  const date = parts(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
