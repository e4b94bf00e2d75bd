import { describe, expect, it } from 'vitest';
import { createFormatters, currencyFor, LANGUAGE_CURRENCY } from '../../../src/i18n/format';

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
