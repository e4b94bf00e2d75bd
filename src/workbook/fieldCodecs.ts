import { z } from 'zod/mini';
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
  schema: (locale: Locale) => z.ZodMiniType<V, string>;
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

/**
 * Records a message key as the field's error. zod/mini's transform gets the bare parse payload (no
 * `addIssue`), so the issue goes straight into its list; the value returned is never used.
 */
function reject(ctx: z.core.ParsePayload, message: ValidationMessage): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}

/** A number the user must give. */
export function numberCodec(options: NumberFieldOptions = {}): FieldCodec<number> {
  const codec = optionalNumberCodec(options);
  return {
    ...codec,
    schema: (locale) =>
      z.pipe(
        z.string(),
        z.transform((text: string, ctx): number => {
          if (text.trim() === '') return reject(ctx, 'validation.required');
          const result = codec.schema(locale).safeParse(text);
          if (!result.success || result.data === null) {
            for (const issue of result.success ? [] : result.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, input: text });
            return z.NEVER;
          }
          return result.data;
        }),
      ),
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
      z.pipe(
        z.string(),
        z.transform((text: string, ctx): number | null => {
          if (text.trim() === '') return null;
          const parsed = parseLocaleNumber(text, { decimalComma: locale === 'ru' });
          if (!parsed) return reject(ctx, 'validation.notANumber');
          const shown = parsed.value;
          if ((options.integer || unit === 'count') && !Number.isInteger(shown)) return reject(ctx, 'validation.notInteger');
          if (shownMin !== undefined && shown < shownMin) return reject(ctx, 'validation.min');
          if (shownMax !== undefined && shown > shownMax) return reject(ctx, 'validation.max');
          return roundForDisplay(shown / scale);
        }),
      ),
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
      z.pipe(
        z.string(),
        z.transform((text: string, ctx): string => {
          if (options.required && text.trim() === '') return reject(ctx, 'validation.required');
          if (text.length > maxLength) return reject(ctx, 'validation.tooLong');
          return text;
        }),
      ),
    toText: (value) => value,
  };
}
