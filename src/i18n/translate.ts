import { INTL_TAG, type Locale, type LocalizedText } from './locale';
import { renderMessage, type Dictionaries, type MessageParams } from './messages';
import { createFormatters } from './format';

export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/** Look a key up in the dictionary of the locale; numbers in params are formatted for that locale. */
export function translator<K extends string>(dictionaries: Dictionaries<K>, locale: Locale): Translate<K> {
  const dictionary = dictionaries[locale];
  const formatNumber = createFormatters(locale, 'RUB').integer;
  const formatParam = (n: number) => (Number.isInteger(n) ? formatNumber(n) : createFormatters(locale, 'RUB').number(n));
  return (key, params) => renderMessage(dictionary[key], INTL_TAG[locale], params, formatParam);
}

export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/**
 * Declare an exercise's or a feature's strings: Russian is the reference, and the English and Chinese
 * dictionaries must have exactly its keys, so a missing translation fails the type check.
 */
export function defineMessages<K extends string>(dictionaries: Dictionaries<K>): Dictionaries<K> {
  return dictionaries;
}
