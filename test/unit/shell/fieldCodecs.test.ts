import { describe, expect, it } from 'vitest';
import { numberCodec, optionalNumberCodec, textCodec } from '../../../src/workbook/fieldCodecs';

describe('field codecs', () => {
  it('percent fields are typed in percent points and stored as shares', () => {
    const codec = optionalNumberCodec({ unit: 'percent', min: 0, max: 1 });
    expect(codec.schema('ru').parse('28')).toBeCloseTo(0.28, 12);
    expect(codec.schema('ru').parse('12,5 %')).toBeCloseTo(0.125, 12);
    expect(codec.schema('en').parse('12.5')).toBeCloseTo(0.125, 12);
    expect(codec.schema('ru').parse('')).toBeNull();
    expect(codec.toText(0.07, 'ru')).toBe('7');
    expect(codec.toText(0.125, 'ru')).toBe('12,5');
    expect(codec.toText(0.125, 'en')).toBe('12.5');
    expect(codec.toText(null, 'en')).toBe('');
  });

  it('reports limits and non-numbers as message keys, never NaN', () => {
    const codec = optionalNumberCodec({ unit: 'percent', min: 0, max: 1 });
    const issue = (text: string) => {
      const result = codec.schema('ru').safeParse(text);
      return result.success ? null : result.error.issues[0]?.message;
    };
    expect(issue('abc')).toBe('validation.notANumber');
    expect(issue('120')).toBe('validation.max');
    expect(issue('-1')).toBe('validation.min');
    expect(codec.max).toBe(100);
  });

  it('money and counts are grouped for reading and parsed back', () => {
    const money = numberCodec({ unit: 'money', min: 0 });
    expect(money.toText(1500000, 'ru')).toBe('1\u00a0500\u00a0000');
    expect(money.schema('ru').parse('1\u00a0500\u00a0000')).toBe(1500000);
    expect(money.toText(1500000, 'en')).toBe('1,500,000');
    expect(money.schema('en').parse('1,500,000')).toBe(1500000);
    const required = money.schema('ru').safeParse('');
    expect(required.success ? null : required.error.issues[0]?.message).toBe('validation.required');
    const count = numberCodec({ unit: 'count', min: 1 });
    const fractional = count.schema('ru').safeParse('2,5');
    expect(fractional.success ? null : fractional.error.issues[0]?.message).toBe('validation.notInteger');
  });

  it('text fields limit length', () => {
    const codec = textCodec({ maxLength: 5 });
    expect(codec.schema('ru').parse('abc')).toBe('abc');
    expect(codec.schema('ru').safeParse('abcdef').success).toBe(false);
  });
});
