import { z } from 'zod';
import { INTL_TAG, type Locale } from '../i18n/locale';
import { parseLocaleNumber } from '../data/numbers';

/** Keys of validation messages in the shell dictionary; the field's limits fill their placeholders. */
export type ValidationMessage =
  | 'validation.required'
  | 'validation.notANumber'
  | 'validation.notInteger'
  | 'validation.min'
  | 'validation.max'
  | 'validation.tooLong';

export type NumberUnit = 'plain' | 'percent' | 'money' | 'count';

/**
 * How a form field turns the user's text into a typed value and back. Numbers are edited as text, so
 * "1 234,56" and "12,5 %" are accepted, and what the user typed survives even while it is invalid.
 */
export interface FieldCodec<V> {
  kind: 'number' | 'text';
  unit?: NumberUnit;
  /** Limits in the unit the user types (percent points for percents), for messages and hints. */
  min?: number;
  max?: number;
  schema: (locale: Locale) => z.ZodType<V, string>;
  toText: (value: V, locale: Locale) => string;
}

export interface NumberFieldOptions {
  unit?: NumberUnit;
  /** In the stored unit: a share for percents (0.2 = 20 %). */
  min?: number;
  max?: number;
  integer?: boolean;
}

const PERCENT = 100;

function roundForDisplay(value: number): number {
  // 0.07 × 100 is 7.000000000000001 in binary floating point; nobody types that many digits.
  return Number.parseFloat(value.toPrecision(12));
}

/** A number the user must give. */
export function numberCodec(options: NumberFieldOptions = {}): FieldCodec<number> {
  const codec = optionalNumberCodec(options);
  return {
    ...codec,
    schema: (locale) =>
      z.string().transform((text, ctx): number => {
        if (text.trim() === '') {
          ctx.addIssue({ code: 'custom', message: 'validation.required' satisfies ValidationMessage });
          return z.NEVER;
        }
        const result = codec.schema(locale).safeParse(text);
        if (!result.success || result.data === null) {
          for (const issue of result.success ? [] : result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
          return z.NEVER;
        }
        return result.data;
      }),
    toText: (value, locale) => codec.toText(value, locale),
  };
}

/** A number that may be left empty (null): "start from scratch" shows empty fields, not zeros. */
export function optionalNumberCodec(options: NumberFieldOptions = {}): FieldCodec<number | null> {
  const unit = options.unit ?? 'plain';
  const scale = unit === 'percent' ? PERCENT : 1;
  const shownMin = options.min === undefined ? undefined : roundForDisplay(options.min * scale);
  const shownMax = options.max === undefined ? undefined : roundForDisplay(options.max * scale);
  return {
    kind: 'number',
    unit,
    min: shownMin,
    max: shownMax,
    schema: (locale) =>
      z.string().transform((text, ctx): number | null => {
        if (text.trim() === '') return null;
        const parsed = parseLocaleNumber(text, { decimalComma: locale === 'ru' });
        if (!parsed) {
          ctx.addIssue({ code: 'custom', message: 'validation.notANumber' satisfies ValidationMessage });
          return z.NEVER;
        }
        const shown = parsed.value;
        if ((options.integer || unit === 'count') && !Number.isInteger(shown)) {
          ctx.addIssue({ code: 'custom', message: 'validation.notInteger' satisfies ValidationMessage });
          return z.NEVER;
        }
        if (shownMin !== undefined && shown < shownMin) {
          ctx.addIssue({ code: 'custom', message: 'validation.min' satisfies ValidationMessage });
          return z.NEVER;
        }
        if (shownMax !== undefined && shown > shownMax) {
          ctx.addIssue({ code: 'custom', message: 'validation.max' satisfies ValidationMessage });
          return z.NEVER;
        }
        return roundForDisplay(shown / scale);
      }),
    toText: (value, locale) => {
      if (value === null || !Number.isFinite(value)) return '';
      const shown = roundForDisplay(value * scale);
      return new Intl.NumberFormat(INTL_TAG[locale], {
        maximumFractionDigits: 6,
        useGrouping: unit === 'money' || unit === 'count' || Math.abs(shown) >= 10000,
      }).format(shown);
    },
  };
}

export function textCodec(options: { required?: boolean; maxLength?: number } = {}): FieldCodec<string> {
  const maxLength = options.maxLength ?? 20000;
  return {
    kind: 'text',
    max: maxLength,
    schema: () =>
      z.string().transform((text, ctx): string => {
        if (options.required && text.trim() === '') {
          ctx.addIssue({ code: 'custom', message: 'validation.required' satisfies ValidationMessage });
          return z.NEVER;
        }
        if (text.length > maxLength) {
          ctx.addIssue({ code: 'custom', message: 'validation.tooLong' satisfies ValidationMessage });
          return z.NEVER;
        }
        return text;
      }),
    toText: (value) => value,
  };
}
