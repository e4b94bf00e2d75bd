import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n/locale';
import type { Message } from '../../../src/i18n/messages';

/**
 * Every message catalog of the shell and of every exercise, found by file name, checked in every language:
 * the same keys, the same placeholders, and every plural form the language needs. A catalog is an exported
 * `{ ru, en, zh }` of dictionaries; modules are matched by name so new ones are checked without a list.
 */
const modules = import.meta.glob<Record<string, unknown>>(
  ['/src/**/*essages.ts', '/src/**/messages/*.ts', '/src/i18n/shell/index.ts', '/exercises/**/*essages.ts', '/exercises/**/messages/*.ts'],
  { eager: true },
);

type Catalog = Record<Locale, Record<string, Message>>;

function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null) return false;
  return LOCALES.every((locale) => typeof (value as Record<string, unknown>)[locale] === 'object' && (value as Record<string, unknown>)[locale] !== null);
}

const catalogs: [string, Catalog][] = [];
for (const [path, exports] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(exports)) if (isCatalog(value)) catalogs.push([`${path} ${name}`, value]);
}

function placeholders(message: Message): string[] {
  const templates = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(templates.flatMap((template) => [...(template ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')))].sort();
}

const pluralForms = (locale: Locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();

function catalogProblems(catalog: Catalog): string[] {
  const reference = catalog.ru;
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const dictionary = catalog[locale];
    const missing = Object.keys(reference).filter((key) => !Object.hasOwn(dictionary, key));
    const extra = Object.keys(dictionary).filter((key) => !Object.hasOwn(reference, key));
    if (missing.length > 0) problems.push(`${locale} lacks ${missing.join(', ')}`);
    if (extra.length > 0) problems.push(`${locale} has keys ru lacks: ${extra.join(', ')}`);
    for (const key of Object.keys(reference)) {
      const message = dictionary[key];
      if (message === undefined) continue;
      const mine = placeholders(message);
      const theirs = placeholders(reference[key] as Message);
      if (mine.join() !== theirs.join()) problems.push(`${locale}:${key} placeholders {${mine.join('}, {')}} ≠ ru {${theirs.join('}, {')}}`);
      if (typeof message === 'string') {
        if (message.trim() === '') problems.push(`${locale}:${key} is empty`);
      } else {
        const forms = Object.keys(message).sort();
        const needed = pluralForms(locale).filter((form) => !forms.includes(form));
        if (needed.length > 0) problems.push(`${locale}:${key} lacks plural forms ${needed.join(', ')}`);
      }
    }
  }
  return problems;
}

describe('message catalogs', () => {
  it('are found: the shell, the import screen and every exercise', () => {
    const paths = catalogs.map(([where]) => where);
    for (const part of ['/src/i18n/shell/', '/src/ui/import/messages.ts', '/exercises/kano/', '/exercises/servqual/', '/exercises/program-roi/']) {
      expect(paths.some((path) => path.includes(part)), part).toBe(true);
    }
  });

  it.each(catalogs)('%s: same keys, same placeholders and every plural form in ru, en and zh', (_where, catalog) => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('names what a broken catalog lacks', () => {
    const broken: Catalog = {
      ru: { 'a.title': 'Файл {name}', 'a.rows': { one: '{count} строка', few: '{count} строки', many: '{count} строк', other: '{count} строки' } },
      en: { 'a.title': 'File {file}', 'a.rows': { other: '{count} rows' } },
      zh: { 'a.title': '' },
    };
    expect(catalogProblems(broken)).toEqual([
      'en:a.title placeholders {file} ≠ ru {name}',
      'en:a.rows lacks plural forms one',
      'zh lacks a.rows',
      'zh:a.title placeholders {} ≠ ru {name}',
      'zh:a.title is empty',
    ]);
  });
});
