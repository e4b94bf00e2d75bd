import { useMemo } from 'react';
import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';
import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { planMessages } from '../../messages/plan';
import type { PlanWords } from '../../model/planReading';
import { useEmotionalNames } from '../shared/useNames';

/** A month's own name (1–12): "март", "March", "三月". */
export function monthNamer(locale: Locale): (month: number) => string {
  const format = new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'long', timeZone: 'UTC' });
  return (month) => format.format(Date.UTC(2026, month - 1, 15));
}

/** Names joined as the language joins a list: "a, b и c", "a, b, and c", "a、b和c". */
export function listJoiner(locale: Locale): (items: readonly string[]) => string {
  const format = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  return (items) => format.format(items);
}

/** A name set off as the language quotes: «…» in Russian, “…” in English and Chinese. */
export function quoter(locale: Locale): (text: string) => string {
  return (text) => (locale === 'ru' ? `«${text}»` : `“${text}”`);
}

/** What the plan's reading and calendar need to put the figures in words, in the page's language. */
export function usePlanWords(): PlanWords {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const locale = useLocale();
  return useMemo(() => ({ t, names, money: (value: number) => format.money(value), monthName: monthNamer(locale), list: listJoiner(locale), quote: quoter(locale) }), [t, names, format, locale]);
}
