import { useMemo } from 'react';
import { useWorkbookStore } from '../store/workbookStore';
import type { Locale, LocalizedText } from './locale';
import { createFormatters, currencyFor, type Formatters } from './format';
import type { Dictionaries } from './messages';
import { translator, type Translate } from './translate';
import { shellMessages, type ShellKey } from './shell';

export function useLocale(): Locale {
  return useWorkbookStore((store) => store.settings.locale);
}

export function useFormat(): Formatters {
  const locale = useLocale();
  const currency = useWorkbookStore((store) => store.settings.currency);
  return createFormatters(locale, currencyFor(locale, currency));
}

/** The shell's own strings. */
export function useT(): Translate<ShellKey> {
  return useMessages(shellMessages);
}

/** Strings of an exercise or feature, declared with `defineMessages`. */
export function useMessages<K extends string>(dictionaries: Dictionaries<K>): Translate<K> {
  const locale = useLocale();
  return useMemo(() => translator(dictionaries, locale), [dictionaries, locale]);
}

export function useText(): (text: LocalizedText) => string {
  const locale = useLocale();
  return (text) => text[locale];
}
