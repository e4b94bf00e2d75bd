import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';

/** How the plan's words are put together in each language; pure, for the steps and the export alike. */

/** A month's own name (1–12): "март", "March", "三月". */
export function monthNamer(locale: Locale): (month: number) => string {
  const format = new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'long', timeZone: 'UTC' });
  return (month) => format.format(Date.UTC(2026, month - 1, 15));
}

/** Items joined as the language joins a list: "a, b и c", "a, b, and c", "a、b和c". */
export function listJoiner(locale: Locale): (items: readonly string[]) => string {
  const format = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  return (items) => format.format(items);
}

/** A name set off as the language quotes: «…» in Russian, “…” in English and Chinese. */
export function quoter(locale: Locale): (text: string) => string {
  return (text) => (locale === 'ru' ? `«${text}»` : `“${text}”`);
}
