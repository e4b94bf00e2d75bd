import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../src/data/numbers';

const value = (text: string, options?: { decimalComma?: boolean }) => parseLocaleNumber(text, options)?.value ?? null;

describe('parseLocaleNumber: numbers as Russian, English and Chinese users type them', () => {
  it.each([
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1234.56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['12,5', 12.5],
    ['0,05', 0.05],
    ['-5', -5],
    ['−5', -5],
    ['(1 200)', -1200],
    ['₽ 1 200', 1200],
    ['1 200 ₽', 1200],
    ['1 200 руб.', 1200],
    ['$1,200.50', 1200.5],
    ['¥ 3 000', 3000],
    ['1,234,567', 1234567],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('%s → %d', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 10);
  });

  it('reads a lone comma as decimal in Russian and as thousands in English-style grouping', () => {
    expect(value('1,234')).toBeCloseTo(1.234, 10);
    expect(value('1,234', { decimalComma: false })).toBe(1234);
    expect(value('12,5', { decimalComma: false })).toBe(12.5);
  });

  it('notes a percent sign without scaling, so a percent field can accept "12 %"', () => {
    expect(parseLocaleNumber('12 %')).toEqual({ value: 12, hadPercentSign: true });
    expect(parseLocaleNumber('12,5%')).toEqual({ value: 12.5, hadPercentSign: true });
  });

  it.each(['', '   ', 'abc', '12abc', '1.2.3', '--1', ',', 'NaN', 'Infinity', '1 2 3,4,5'])('rejects %j', (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });
});
