export const LOCALES = ['ru', 'en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text the user sees, written in every UI language (the type makes a missing one a compile error). */
export type LocalizedText = Record<Locale, string>;

/** One value per language, e.g. a column label written in each. */
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return { ru: make('ru'), en: make('en'), zh: make('zh') };
}

export function isLocale(value: unknown): value is Locale {
  // Cast: widening the list of locales to strings only reads it.
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** First visit follows the browser: the first of its preferred languages that we speak, else Russian (the seminar's). */
export function detectLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'ru';
}

/** BCP 47 tags used with Intl: Chinese is the simplified script of the mainland. */
export const INTL_TAG: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' };
