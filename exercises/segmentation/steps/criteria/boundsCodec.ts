import { z } from 'zod/mini';
import { INTL_TAG, type Locale } from '../../../../src/i18n/locale';
import type { FieldCodec } from '../../../../src/workbook/fieldCodecs';
import { parseBounds } from './parseBounds';

/**
 * Bounds as the autosave form holds them: one plain string, "3;18.5" ("" for the default). The form tells a value
 * changed elsewhere by identity, which a stored array never keeps (the store hands back copies) and a string does.
 */
export type BoundsKey = string;

export function boundsKey(bounds: readonly number[] | null | undefined): BoundsKey {
  return bounds ? bounds.join(';') : '';
}

export function boundsOfKey(key: BoundsKey): number[] | null {
  return key === '' ? null : key.split(';').map(Number);
}

/** Bounds written in the language's decimals, without digit groups: plain numbers are what people type between semicolons. */
export function boundsText(bounds: readonly number[], locale: Locale): string {
  const number = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 6, useGrouping: false });
  return bounds.map((bound) => number.format(bound)).join('; ');
}

/**
 * The bounds field: the text parses to ascending positive bounds, or to the default when empty; a problem is
 * reported by its name (parseBounds' BoundsProblem), which the field words itself.
 */
export const boundsCodec: FieldCodec<BoundsKey> = {
  kind: 'text',
  schema: (locale) =>
    z.pipe(
      z.string(),
      z.transform((text: string, ctx): BoundsKey => {
        const parsed = parseBounds(text, locale === 'ru');
        if (parsed.ok) return boundsKey(parsed.bounds);
        ctx.issues.push({ code: 'custom', message: parsed.problem, input: text });
        return z.NEVER;
      }),
    ),
  toText: (key, locale) => {
    const bounds = boundsOfKey(key);
    return bounds === null ? '' : boundsText(bounds, locale);
  },
};
