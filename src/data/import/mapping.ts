/**
 * A first guess at which column of the participant's file feeds which column of the exercise, from the
 * header names. The participant confirms or fixes it; a wrong guess costs a click, a missed one too.
 */
import { LOCALES } from '../../i18n/locale';
import type { DatasetSpec } from '../spec';
import type { ColumnMapping } from './types';
// Casts in this file: Math.min of strengths is a strength.

/** Units and notes in brackets or after a comma: "Сумма, руб.", "Amount (RUB)", "金额（元）". */
const BRACKETED = /[([{（【［][^)\]}）】］]*[)\]}）】］]?/g;
const AFTER_COMMA = /[,，;；].*$/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

function collapse(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

/** Two forms of a name: everything in it, and without the units ("сумма руб" and "сумма"). */
export function normalizeHeader(text: string): { full: string; base: string } {
  const full = collapse(text);
  const base = collapse(text.replace(BRACKETED, ' ').replace(AFTER_COMMA, ''));
  return { full, base: base === '' ? full : base };
}

/** Latin and Cyrillic names match on whole words ("id" must not match "paid"); Chinese has no spaces. */
function startsWithPhrase(text: string, phrase: string): boolean {
  if (HAN.test(phrase)) return text.startsWith(phrase);
  return text === phrase || text.startsWith(`${phrase} `);
}

function containsPhrase(text: string, phrase: string): boolean {
  if (HAN.test(phrase)) return text.includes(phrase);
  return ` ${text} `.includes(` ${phrase} `);
}

type Strength = 0 | 1 | 2 | 3;
const NO_MATCH = 4;

/** 0: the whole name is a synonym; 1: without its units; 2: it starts with one; 3: it contains one. */
function matchStrength(header: { full: string; base: string }, names: readonly string[]): Strength | typeof NO_MATCH {
  let best: Strength | typeof NO_MATCH = NO_MATCH;
  for (const name of names) {
    if (name === '') continue;
    if (header.full === name) return 0;
    if (header.base === name) best = Math.min(best, 1) as Strength;
    else if (startsWithPhrase(header.base, name)) best = Math.min(best, 2) as Strength;
    else if (containsPhrase(header.base, name)) best = Math.min(best, 3) as Strength;
  }
  return best;
}

/**
 * Every spec column gets the file column whose header matches its label or a synonym (in any of the
 * three languages: a Russian participant may have English headers), strongest match first across the
 * whole table so an exact "Клиент" is not taken by "ID клиента"; each file column is used at most once.
 */
export function proposeMapping(headers: readonly string[], spec: DatasetSpec): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const namesByColumn = spec.columns.map((column) => {
    const names = new Set<string>([collapse(column.key)]);
    for (const locale of LOCALES) {
      names.add(collapse(column.label[locale]));
      for (const synonym of column.synonyms[locale]) names.add(collapse(synonym));
    }
    return [...names];
  });
  const strengths = spec.columns.map((_, c) => normalized.map((header) => (header.full === '' ? NO_MATCH : matchStrength(header, namesByColumn[c] ?? []))));
  const mapping: ColumnMapping = Object.fromEntries(spec.columns.map((column) => [column.key, null]));
  const used = new Set<number>();
  for (let strength = 0; strength < NO_MATCH; strength++) {
    spec.columns.forEach((column, c) => {
      if (mapping[column.key] !== null) return;
      const source = strengths[c]?.findIndex((s, h) => s === strength && !used.has(h)) ?? -1;
      if (source >= 0) {
        mapping[column.key] = source;
        used.add(source);
      }
    });
  }
  return mapping;
}

/** Keys of required columns the mapping leaves without a source column. */
export function missingRequired(mapping: ColumnMapping, spec: DatasetSpec): string[] {
  return spec.columns.filter((column) => column.required && (mapping[column.key] === null || mapping[column.key] === undefined)).map((column) => column.key);
}

/**
 * Keys of columns the spec recommends (ColumnSpec.recommended) that the mapping leaves without a source
 * column: the import still runs, but the user hears what the exercise cannot tell without them.
 */
export function missingRecommended(mapping: ColumnMapping, spec: DatasetSpec): string[] {
  return spec.columns.filter((column) => column.recommended !== undefined && (mapping[column.key] === null || mapping[column.key] === undefined)).map((column) => column.key);
}
