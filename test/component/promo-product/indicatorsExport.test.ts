import { beforeEach, describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { isNumberCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { indicatorsSheets, loadIndicatorsExportData } from '../../../exercises/promo-product/export/indicators';
import { priceIndicatorsSheets } from '../../../exercises/promo-product/export/priceIndicators';
import { blankPromoState, demoPromoState } from '../../../exercises/promo-product/demo';
import { PROMO_EXERCISE_ID } from '../../../exercises/promo-product/inputs';
import { handRows, resetWorkbook, storeReceipts } from './indicatorsHelpers';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets(PROMO_EXERCISE_ID) };
const values = (cells: readonly CellValue[] | undefined) => (cells ?? []).map((cell) => (isNumberCell(cell) ? cell.value : cell));
const rowOf = (spec: SheetSpec | undefined, first: string) => spec?.rows.find((cells) => cells[0] === first);

async function storeHandExample(): Promise<void> {
  resetWorkbook(blankPromoState());
  await storeReceipts(handRows());
}

describe('product figures and price indicators in the export', () => {
  beforeEach(() => resetWorkbook());

  it('writes every item’s figures from the stored receipts, most receipts first', async () => {
    await storeHandExample();
    const data = await loadIndicatorsExportData(blankPromoState(), context);
    const [sheet] = indicatorsSheets(blankPromoState(), data, context);
    expect(sheet?.name).toBe('Показатели товаров');
    expect(values(rowOf(sheet, 'Чеки'))).toEqual(['Чеки', 'чеки.csv']);
    expect(values(rowOf(sheet, 'Товар'))).toEqual([
      'Товар', 'Чеков с позицией', 'Доля чеков', 'Покупателей', 'Покупок на покупателя', 'Покупок на покупателя в месяц', 'Продано, шт.', 'Выручка', 'Доля выручки',
      'Валовая прибыль', 'Доля маржи', 'Маржа, % цены', 'Средняя цена', 'Средний чек с ним', 'Средний чек без него', 'Других позиций в чеке',
    ]);
    // Milk (3 receipts, 1 buyer twice, 150 revenue, margin 15 of 125, receipt 110 with and 150 without, attachment 1).
    expect(values(rowOf(sheet, 'milk'))).toEqual(['milk', 3, 0.75, 1, 2, 2 / (31 / 30.4375), 3, 150, 0.3125, 15, 0.12, 0.1, 50, 110, 150, 1]);
    const order = sheet?.rows.map((cells) => cells[0]).filter((cell) => cell === 'milk' || cell === 'bread' || cell === 'cheese');
    expect(order).toEqual(['bread', 'milk', 'cheese']);
  });

  it('lists the marked indicators with their figures and reason, and the suggestions not marked', async () => {
    await storeHandExample();
    const state = { ...blankPromoState(), priceIndicators: ['milk', 'kefir'] };
    const data = await loadIndicatorsExportData(state, context);
    const [sheet] = priceIndicatorsSheets(state, data, context);
    expect(sheet?.name).toBe('Индикаторы цены');
    // Milk: cheaper than 1 of the 2 others; 2 / (31 / 30.4375) ≈ 1.96 purchases a month.
    const milk = values(rowOf(sheet, 'milk'));
    expect(milk.slice(0, 6)).toEqual(['milk', 0.75, 2 / (31 / 30.4375), 0.5, 50, 'да']);
    expect(String(milk[6]).replace(/[\u00a0\u202f]/g, ' ')).toBe('есть в 75 % чеков, покупатель берёт его 2 раза в месяц, цена ниже, чем у 50 % товаров');
    expect(values(rowOf(sheet, 'kefir')).slice(-1)).toEqual(['нет в чеках на этом уровне']);
    // Bread is suggested and not marked: it follows under its own heading.
    const rows = sheet?.rows.map((cells) => cells[0]) ?? [];
    expect(rows.indexOf('bread')).toBeGreaterThan(rows.indexOf('Подсказаны по чекам, но не отмечены'));
  });

  it('names the demo store’s products as the screen does, in the workbook’s language', async () => {
    const data = await loadIndicatorsExportData(demoPromoState(), { ...context, locale: 'en', format: createFormatters('en', 'USD') });
    const [sheet] = priceIndicatorsSheets(demoPromoState(), data, { ...context, locale: 'en', format: createFormatters('en', 'USD') });
    expect(values(rowOf(sheet, 'Receipts'))).toEqual(['Receipts', 'Demo data: the demo grocery store']);
    expect(sheet?.rows.some((cells) => typeof cells[0] === 'string' && /^Milk/.test(cells[0]))).toBe(true);
    expect(sheet?.rows.some((cells) => cells[0] === 'milk.classic')).toBe(false);
  });

  it('says there are no receipts when there is neither a file nor the demo', async () => {
    const data = await loadIndicatorsExportData(blankPromoState(), context);
    expect(data.result).toBeNull();
    const [sheet] = indicatorsSheets(blankPromoState(), data, context);
    expect(values(rowOf(sheet, 'Чеки'))).toEqual(['Чеки', 'Чеки не загружены: загрузите их на шаге «Чеки».']);
  });
});
