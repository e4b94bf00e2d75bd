import { findHeader, uniqueNames } from '../../../../src/data/import/header';
import type { RawCell } from '../../../../src/data/import/types';

describe('findHeader', () => {
  it('takes the first row when it names the columns', () => {
    const rows: RawCell[][] = [['Дата', 'Клиент', 'Сумма'], ['01.03.2024', 'Иванов', 100], ['02.03.2024', 'Петров', 200]];
    expect(findHeader(rows, 'auto')).toEqual({ ok: true, value: { headerRow: 0, headers: ['Дата', 'Клиент', 'Сумма'] } });
  });

  it('skips a title, a period line and a blank row above the table', () => {
    const rows: RawCell[][] = [
      ['Отчёт о продажах за март 2024'],
      ['Период:', 'март'],
      [],
      ['Дата', 'Клиент', 'Товар', 'Сумма'],
      [new Date(Date.UTC(2024, 2, 1)), 'Иванов', 'Кофе', 100],
      [new Date(Date.UTC(2024, 2, 2)), 'Петров', 'Чай', 200],
    ];
    const found = findHeader(rows, 'auto');
    expect(found.ok && found.value.headerRow).toBe(3);
  });

  it('accepts a one-column table under a one-cell header', () => {
    const found = findHeader([['Клиент'], ['Иванов'], ['Петров']], 'auto');
    expect(found.ok && found.value.headers).toEqual(['Клиент']);
  });

  it('reports rows of values with no names above them', () => {
    const rows: RawCell[][] = [[45352, 'Иванов', 100, 2], [45353, 'Петров', 200, 1]];
    expect(findHeader(rows, 'auto')).toEqual({ ok: false, problem: { code: 'noHeader' } });
  });

  it('reports a header with no data under it', () => {
    expect(findHeader([['Дата', 'Клиент', 'Сумма'], [], []], 'auto')).toEqual({ ok: false, problem: { code: 'onlyHeader' } });
  });

  it('keeps nameless columns as "" and drops trailing empty columns', () => {
    const rows: RawCell[][] = [['Дата', null, 'Сумма', null, null], ['01.03.2024', 'x', 100, null, ''], ['02.03.2024', 'y', 200]];
    const found = findHeader(rows, 'auto');
    expect(found.ok && found.value.headers).toEqual(['Дата', '', 'Сумма']);
  });

  it('reports more columns than the limit, with the count and the limit', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `Вопрос ${i + 1}`);
    const values = Array.from({ length: 1000 }, (_, i) => i);
    expect(findHeader([names, values], 'auto')).toEqual({ ok: false, problem: { code: 'tooManyColumns', details: { columns: 1000, limit: 500 } } });
  });

  it('uses the row the user picked', () => {
    const rows: RawCell[][] = [['a', 'b'], ['Дата', 'Сумма'], ['01.03.2024', 1]];
    const found = findHeader(rows, 0);
    expect(found.ok && found.value).toEqual({ headerRow: 0, headers: ['a', 'b'] });
  });

  it('joins a header wrapped over lines into one line', () => {
    const found = findHeader([['Сумма,\nруб.', 'Клиент'], [1, 'x']], 'auto');
    expect(found.ok && found.value.headers).toEqual(['Сумма, руб.', 'Клиент']);
  });
});

describe('uniqueNames', () => {
  it('suffixes repeated names " (2)", " (3)", ignoring case, and avoids names already taken', () => {
    expect(uniqueNames(['Сумма', 'сумма', 'Сумма', 'Сумма (2)', ''])).toEqual(['Сумма', 'сумма (3)', 'Сумма (4)', 'Сумма (2)', '']);
  });
});

describe('findHeader with a narrow table', () => {
  it('does not take a two-cell "Период: март" line for the header of a three-column table', () => {
    const rows: RawCell[][] = [['Период:', 'март'], ['Дата', 'Клиент', 'Сумма'], ['01.03.2024', 'Иванов', 100], ['02.03.2024', 'Петров', 50]];
    const found = findHeader(rows, 'auto');
    expect(found.ok && found.value.headerRow).toBe(1);
  });
});
