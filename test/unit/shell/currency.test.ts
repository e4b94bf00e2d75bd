import { describe, expect, it } from 'vitest';
import { createFormatters, currencyFor, currencySign, LANGUAGE_CURRENCY } from '../../../src/i18n/format';

describe('the currency shown', () => {
  it('follows the language for a workbook that never chose one', () => {
    expect(currencyFor('ru', null)).toBe('RUB');
    expect(currencyFor('zh', null)).toBe('CNY');
    expect(currencyFor('en', null)).toBe('USD');
    expect(createFormatters('zh', currencyFor('zh', null)).money(1200)).toBe('¥1,200');
  });

  it('keeps the currency the user chose, whatever the language', () => {
    expect(currencyFor('zh', 'RUB')).toBe('RUB');
    expect(currencyFor('ru', 'KZT')).toBe('KZT');
    expect(Object.keys(LANGUAGE_CURRENCY).sort()).toEqual(['en', 'ru', 'zh']);
  });
});

describe('a currency sign', () => {
  it('is written as each language writes it', () => {
    expect(currencySign('ru', 'RUB')).toBe('₽');
    expect(currencySign('en', 'USD')).toBe('$');
    expect(currencySign('zh', 'CNY')).toBe('¥');
  });
});
