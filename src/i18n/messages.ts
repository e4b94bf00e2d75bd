import type { Locale } from './locale';

/**
 * A message is a template with `{name}` placeholders, or a set of plural forms chosen by the
 * `count` parameter through Intl.PluralRules (Russian needs one/few/many: 1 шаг, 2 шага, 5 шагов).
 */
export type PluralForms = { one?: string; few?: string; many?: string; other: string };
export type Message = string | PluralForms;
export type MessageParams = Record<string, string | number>;

/** A dictionary per language with the same keys; exercises declare theirs the same way. */
export type Dictionary<K extends string = string> = Record<K, Message>;
export type Dictionaries<K extends string> = Record<Locale, Dictionary<K>>;

const pluralRulesCache = new Map<string, Intl.PluralRules>();

function pluralRules(tag: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRulesCache.set(tag, rules);
  }
  return rules;
}

export function interpolate(template: string, params: MessageParams | undefined, formatNumber: (n: number) => string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function renderMessage(
  message: Message,
  intlTag: string,
  params: MessageParams | undefined,
  formatNumber: (n: number) => string,
): string {
  if (typeof message === 'string') return interpolate(message, params, formatNumber);
  const count = typeof params?.count === 'number' ? params.count : 0;
  // Cast: Intl.PluralRules answers one of the CLDR categories, which PluralForms names.
  const category = pluralRules(intlTag).select(count) as keyof PluralForms;
  const template = message[category] ?? message.other;
  return interpolate(template, params, formatNumber);
}
