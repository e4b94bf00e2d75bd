import { importBytes, inspectBytes } from '../../../../src/data/import/pipeline';
import { proposeMapping } from '../../../../src/data/import/mapping';
import { detectLayout, isMarkedYes, layoutOptions, looksLikeBasketPerLine, widePlan } from '../../../../src/data/import/layout';
import type { ImportResult, InspectOptions, Inspection, Outcome } from '../../../../src/data/import/types';
import { receiptsSpec } from '../../../../exercises/promo-product/inputs';
import { cp1251, TODAY, utf8, workbook } from './fixtures';

const LAYOUTS = layoutOptions(receiptsSpec, 'ru');
const OPTIONS = { today: TODAY, locale: 'ru' as const };

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

function importWith(bytes: Uint8Array, name: string, extra: InspectOptions = {}): { inspection: Inspection; result: ImportResult } {
  const inspection = value(inspectBytes(bytes, name, { layouts: LAYOUTS, ...extra }));
  const pinned: InspectOptions = { layouts: LAYOUTS, layout: inspection.layout?.used, headerRow: inspection.headerRow, delimiter: inspection.delimiter ?? 'auto' };
  const result = value(importBytes(bytes, name, receiptsSpec, proposeMapping(inspection.headers, receiptsSpec), { ...pinned, ...OPTIONS }));
  return { inspection, result };
}

const pairs = (result: ImportResult) => result.rows.map((row) => [row.receipt, row.product]);

// The first lines of Groceries (arules), as published: no header, one basket per line, lines of different lengths.
const GROCERIES = [
  'citrus fruit,semi-finished bread,margarine,ready soups',
  'tropical fruit,yogurt,coffee',
  'whole milk',
  'pip fruit,yogurt,cream cheese ,meat spreads',
  'other vegetables,whole milk,condensed milk,long life bakery product',
  '',
].join('\n');

describe('one basket per line', () => {
  it('is recognised in a groceries-like file and read as receipt lines: receipt = line number, product = item', () => {
    const { inspection, result } = importWith(utf8(GROCERIES), 'groceries.csv');
    expect(inspection.layout).toEqual({ used: 'basketPerLine', detected: 'basketPerLine', accepted: ['basketPerLine', 'wideBinary'] });
    expect(inspection.headerRow).toBe(-1);
    expect(inspection.headers).toEqual(['Номер чека', 'Товар']);
    expect(inspection.preview.slice(0, 5)).toEqual([
      ['1', 'citrus fruit'],
      ['1', 'semi-finished bread'],
      ['1', 'margarine'],
      ['1', 'ready soups'],
      ['2', 'tropical fruit'],
    ]);
    // 4 + 3 + 1 + 4 + 4 items = 16 lines; the trailing space of "cream cheese " is trimmed.
    expect(result.report.rowsImported).toBe(16);
    expect(pairs(result).filter(([receipt]) => receipt === '4')).toEqual([
      ['4', 'pip fruit'],
      ['4', 'yogurt'],
      ['4', 'cream cheese'],
      ['4', 'meat spreads'],
    ]);
    expect(pairs(result)[7]).toEqual(['3', 'whole milk']);
  });

  it('is recognised in a Russian ";" file in Windows-1251', () => {
    const text = ['Молоко;Хлеб;Яйца', 'Хлеб;Масло', 'Кефир;Молоко;Хлеб;Сыр', 'Пакет'].join('\r\n');
    const { inspection, result } = importWith(cp1251(text), 'корзины.csv');
    expect(inspection.layout?.used).toBe('basketPerLine');
    expect(inspection.delimiter).toBe(';');
    expect(result.report.rowsImported).toBe(3 + 2 + 4 + 1);
    expect(pairs(result).slice(3, 5)).toEqual([
      ['2', 'Хлеб'],
      ['2', 'Масло'],
    ]);
  });

  it('is recognised in a workbook, and a line far wider than the top ones keeps every item', () => {
    const rows: (string | null)[][] = [['Молоко', 'Хлеб'], ['Хлеб', 'Масло', 'Сыр'], ['Кефир'], ['Сыр', 'Молоко']];
    const { inspection, result } = importWith(workbook([{ name: 'Чеки', rows }]), 'корзины.xlsx');
    expect(inspection.layout?.used).toBe('basketPerLine');
    expect(result.report.rowsImported).toBe(8);
  });

  it('is not taken for a long file whose receipts are text, even with lines of different lengths', () => {
    const top = [['Чек', 'Товар', 'Категория'], ['Ч-1', 'Молоко', 'Молочное'], ['Ч-1', 'Хлеб'], ['Ч-2', 'Сыр', 'Молочное']];
    expect(looksLikeBasketPerLine(top)).toBe(false);
    expect(detectLayout(top, false, ['basketPerLine', 'wideBinary'])).toBe('long');
  });

  it('is not read unless the spec accepts it', () => {
    const inspection = value(inspectBytes(utf8(GROCERIES), 'groceries.csv'));
    expect(inspection.layout).toBeUndefined();
    expect(inspection.headerRow).toBe(0);
  });
});

describe('a wide 0/1 table', () => {
  const text = ['Чек;Дата;Молоко;Хлеб;Масло;Пакет', '101;01.03.2025;1;0;1;0', '102;01.03.2025;0;1;0;1', '103;02.03.2025;1;1;1;0', '104;02.03.2025;0;0;0;0'].join('\r\n');

  it('is recognised by its Russian headers over 0/1 columns; the id column is the receipt and the date comes along', () => {
    const { inspection, result } = importWith(cp1251(text), 'матрица.csv');
    expect(inspection.layout?.used).toBe('wideBinary');
    expect(inspection.headers).toEqual(['Номер чека', 'Товар', 'Дата']);
    const mapping = proposeMapping(inspection.headers, receiptsSpec);
    expect(mapping).toMatchObject({ receipt: 0, product: 1, date: 2 });
    // Marks: 101 → Молоко, Масло; 102 → Хлеб, Пакет; 103 → Молоко, Хлеб, Масло; 104 → nothing.
    expect(pairs(result)).toEqual([
      ['101', 'Молоко'],
      ['101', 'Масло'],
      ['102', 'Хлеб'],
      ['102', 'Пакет'],
      ['103', 'Молоко'],
      ['103', 'Хлеб'],
      ['103', 'Масло'],
    ]);
    expect(result.rows[0]?.date).toBe('2025-03-01');
  });

  it('reads да/нет, x/empty and TRUE/FALSE marks; without an id column the row number is the receipt', () => {
    const marks = ['Milk,Bread,Butter,Eggs', 'да,нет,да,нет', 'x,,x,x', 'TRUE,FALSE,FALSE,TRUE'].join('\n');
    const { inspection, result } = importWith(utf8(marks), 'wide.csv');
    expect(inspection.layout?.used).toBe('wideBinary');
    expect(pairs(result)).toEqual([
      ['2', 'Milk'],
      ['2', 'Butter'],
      ['3', 'Milk'],
      ['3', 'Butter'],
      ['3', 'Eggs'],
      ['4', 'Milk'],
      ['4', 'Eggs'],
    ]);
  });

  it('reports a cell that is neither a mark nor a count, reads it as not bought, and keeps the receipt', () => {
    // Twelve receipts of one product each (Молоко, Хлеб, Масло, Пакет in turn); 106's "Масло" holds "много" and
    // 111's "Пакет" a date: neither is a mark or a count, so each receipt keeps only its own product.
    const products = ['Молоко', 'Хлеб', 'Масло', 'Пакет'];
    const lines = Array.from({ length: 12 }, (_, i) => [String(101 + i), ...products.map((_, p) => (p === i % 4 ? '1' : '0'))]);
    (lines[5] as string[])[3] = 'много';
    (lines[10] as string[])[4] = '15.03.2025';
    const odd = [['Чек', ...products], ...lines].map((line) => line.join(';')).join('\r\n');
    const { result } = importWith(cp1251(odd), 'матрица.csv');
    expect(pairs(result)).toEqual(lines.map(([receipt], i) => [receipt, products[i % 4]]));
    expect(result.report.problemCounts).toEqual([
      { code: 'notAMark', column: 'product', count: 2, examples: [{ row: 7, value: 'Масло: много' }, { row: 12, value: 'Пакет: 15.03.2025' }] },
    ]);
    expect(result.report.rowsSkipped).toBe(0);
    // Not a failing column: the product column's health counts no failure for them.
    expect(result.report.columnHealth.find((health) => health.column === 'product')?.failed).toBe(0);
  });

  it('tells marks from counts and text', () => {
    expect(['1', 'да', 'X', 'TRUE', '是', 2, true].map(isMarkedYes)).toEqual([true, true, true, true, true, true, true]);
    expect(['0', 'нет', '', 'FALSE', null, 0, false].map(isMarkedYes)).toEqual([false, false, false, false, false, false, false]);
    // A long file's "Количество" of 1s is one marked column among four: not wide.
    expect(widePlan(['Чек', 'Товар', 'Количество', 'Сумма'], [['1', 'Молоко', 1, 90], ['2', 'Хлеб', 1, 40]], false)).toBeNull();
  });
});

describe('the layout chosen by the user', () => {
  it('reads a basket file as a long one when asked, and back', () => {
    const long = value(inspectBytes(utf8(GROCERIES), 'groceries.csv', { layouts: LAYOUTS, layout: 'long' }));
    expect(long.layout).toEqual({ used: 'long', detected: 'basketPerLine', accepted: ['basketPerLine', 'wideBinary'] });
    expect(long.headerRow).toBe(0);
    const basket = value(inspectBytes(utf8(GROCERIES), 'groceries.csv', { layouts: LAYOUTS, layout: 'basketPerLine' }));
    expect(basket.layout?.used).toBe('basketPerLine');
  });

  it('keeps a Russian long receipts file long', () => {
    const text = ['Номер чека;Дата;Товар;Количество;Сумма', 'Ч-1;01.03.2025;Молоко;2;179,80', 'Ч-1;01.03.2025;Хлеб;1;45,00', 'Ч-2;02.03.2025;Сыр;1;310,50'].join('\r\n');
    const { inspection, result } = importWith(cp1251(text), 'чеки.csv');
    expect(inspection.layout).toMatchObject({ used: 'long', detected: 'long' });
    expect(result.rows.map((row) => [row.receipt, row.product, row.amount])).toEqual([
      ['Ч-1', 'Молоко', 179.8],
      ['Ч-1', 'Хлеб', 45],
      ['Ч-2', 'Сыр', 310.5],
    ]);
  });
});
