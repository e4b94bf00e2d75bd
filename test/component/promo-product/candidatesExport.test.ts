import { beforeEach, describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import type { WorkBook } from 'xlsx';
import type { TypedRow } from '../../../src/data/import/types';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { candidatesSheets, loadCandidatesExportData } from '../../../exercises/promo-product/export/candidates';
import { blankPromoState, demoPromoState } from '../../../exercises/promo-product/demo';
import { receiptsSpec } from '../../../exercises/promo-product/inputs';
import { PROMO_PRODUCT_STATE_VERSION } from '../../../exercises/promo-product/state';
import { datasetSummary, workbookSettings } from '../../builders';
import { exportRuleBreaches, idsIn, rowCells, sheetCells, writtenWorkbook } from '../../exportedWorkbook';
import { LOCALES } from '../../../src/i18n/locale';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets('promo-product') };

/** The cells after a row's label as Excel reads them back: numbers as numbers, text as text. */
function figures(workbook: WorkBook, sheet: string, label: string): unknown[] {
  return rowCells(workbook, sheet, label)
    .slice(1)
    .map((cell) => cell?.v);
}

describe('the promo candidates’ sheets of the Excel export', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  });

  it('ranks the demo store’s products with every part of the score, named as on screen, and works out the chosen promotion', async () => {
    const base = demoPromoState();
    const state = { ...base, promo: { ...base.promo, chosen: 'pasta.classic', expectedVolumeChange: 30 } };
    const data = await loadCandidatesExportData(state, context);
    expect(data.origin).toBe('demo');
    const sheets = candidatesSheets(state, data, context);
    expect(sheets.map((each) => each.name)).toEqual(['Кандидаты в промо', 'Акция на товар']);
    const workbook = writtenWorkbook(sheets, { locale: 'ru', currency: 'RUB' });

    const LIST = 'Кандидаты в промо';
    expect(figures(workbook, LIST, 'Чеки')).toEqual(['учебный магазин']);
    expect(figures(workbook, LIST, 'Вес: Тянет другие товары')).toEqual([4]);
    const rows = sheetCells(workbook, LIST);
    const header = rows.findIndex((cells) => cells[0]?.v === 'Место');
    const products = rows.slice(header + 1);
    expect(products.map((cells) => cells[0]?.v)).toEqual(Array.from({ length: 150 }, (_, index) => index + 1));
    // Names as the screen writes them, never the demo's codes; scores falling down the list.
    expect(products.every((cells) => typeof cells[1]?.v === 'string' && !/\.(value|classic|premium)$/.test(cells[1].v))).toBe(true);
    const scores = products.map((cells) => Number(cells[2]?.v));
    expect(scores.every((score, index) => index === 0 || score <= (scores[index - 1] ?? 0))).toBe(true);
    const milk = products.find((cells) => cells[1]?.v === 'Молоко (классика)');
    expect(milk?.[3]?.v).toBe('да');
    // Penetration is a share shown as a percentage, its place beside it.
    expect(milk?.[4]?.z).toContain('%');

    const PROMO = 'Акция на товар';
    expect(figures(workbook, PROMO, 'Промо-товар')).toEqual(['Макароны (классика)']);
    // Margin 24 %, discount 15 %: 0.15 / 0.09 = +166.7 %.
    expect(figures(workbook, PROMO, 'Маржа')[0]).toBeCloseTo(0.24, 9);
    expect(figures(workbook, PROMO, 'Нужный рост продаж')[0]).toBeCloseTo(0.15 / 0.09, 9);
    const withHalo = Number(figures(workbook, PROMO, 'С товарами, которые он приводит')[0]);
    expect(withHalo > 0 && withHalo < 0.15 / 0.09).toBe(true);
    expect(Number(figures(workbook, PROMO, 'Изменение прибыли: сам товар')[0])).toBeLessThan(0);
    // Its companion: in 44 % of pasta receipts, 3.2 % of all, lift, margin, what it adds.
    expect(figures(workbook, PROMO, 'Томатный соус (классика)')).toHaveLength(5);
  });

  for (const locale of LOCALES) {
    it(`keeps the export's rules in ${locale}: no code in a cell, every figure with its format`, async () => {
      const base = demoPromoState();
      const state = { ...base, promo: { ...base.promo, chosen: 'milk.classic', expectedVolumeChange: 20, assumedMargin: 25 } };
      const localeContext = { locale, format: createFormatters(locale, 'RUB'), datasets: exportDatasets('promo-product') };
      const sheets = candidatesSheets(state, await loadCandidatesExportData(state, localeContext), localeContext);
      expect(exportRuleBreaches(writtenWorkbook(sheets, { locale, currency: 'RUB' }), idsIn(state))).toEqual([]);
    });
  }

  it('reads the participant’s stored receipts, keeps their labels, and uses the assumed margin where the file has no cost', async () => {
    // Four receipts with amounts and no cost: a in 2 of them at 100 each.
    const rows: TypedRow[] = [
      { receipt: '1', product: 'Кофе', amount: 100 },
      { receipt: '1', product: 'Сливки', amount: 50 },
      { receipt: '2', product: 'Кофе', amount: 100 },
      { receipt: '3', product: 'Сливки', amount: 50 },
      { receipt: '4', product: 'Хлеб', amount: 40 },
    ];
    const base = blankPromoState();
    const state = { ...base, promo: { ...base.promo, chosen: 'Кофе', assumedMargin: 30 } };
    // The exercise has been started: its progress keeps the import's summary.
    useWorkbookStore.getState().writeExerciseState('promo-product', PROMO_PRODUCT_STATE_VERSION, state, 'blank');
    const location = datasetLocation('promo-product', receiptsSpec);
    const summary = datasetSummary('чеки.csv', rows.length, { importedAt: new Date().toISOString() });
    const saved = await saveDataset(location.owner, location.id, rows, summary);
    if (!saved.ok) throw new Error(saved.error.detail);
    useWorkbookStore.getState().recordDatasetSummary(location, summary);

    const data = await loadCandidatesExportData(state, context);
    expect(data.origin).toBe('imported');
    const workbook = writtenWorkbook(candidatesSheets(state, data, context), { locale: 'ru', currency: 'RUB' });
    expect(rowCells(workbook, 'Кандидаты в промо', 'В чеках нет номеров клиентов: частоту покупки посчитать нельзя, её вес не учитывается.')).toHaveLength(1);
    expect(figures(workbook, 'Акция на товар', 'Промо-товар')).toEqual(['Кофе']);
    // Assumed 30 %, discount 15 %: 0.15 / 0.15 = +100 %.
    expect(figures(workbook, 'Акция на товар', 'Маржа')).toEqual([0.3, 'ваше предположение']);
    expect(figures(workbook, 'Акция на товар', 'Нужный рост продаж')[0]).toBeCloseTo(1, 12);
    expect(figures(workbook, 'Акция на товар', 'Ожидаемый рост продаж')).toEqual(['не задан']);
  });
});
