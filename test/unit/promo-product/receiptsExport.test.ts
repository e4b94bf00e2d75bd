import { loadReceiptsExportData, receiptsSheets } from '../../../exercises/promo-product/export/receipts';
import { demoPromoState, blankPromoState } from '../../../exercises/promo-product/demo';
import { createFormatters } from '../../../src/i18n/format';
import type { ExportContext } from '../../../src/workbook/contract';

const context = (locale: 'ru' | 'en'): ExportContext => ({
  locale,
  format: createFormatters(locale, 'RUB'),
  datasets: { summary: () => null, own: {}, loadRows: () => Promise.resolve(new Map()) },
});

describe('the receipts sheet', () => {
  it('shows the demo store’s overview and the merges and exclusions, items named as on screen', async () => {
    const state = { ...demoPromoState(), receipts: { level: 'product' as const, merges: { 'milk.premium': 'milk.classic' }, excluded: ['binBags.classic'] } };
    const data = await loadReceiptsExportData(state, context('en'));
    expect(data.origin).toBe('demo');
    const overview = data.overview;
    if (overview === null) throw new Error('no overview');
    const [sheet] = receiptsSheets(state, data, context('en'));
    const rows = sheet?.rows ?? [];
    const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(value('Source')).toBe('Demo grocery store');
    expect(value('Lines read')).toBe(overview.linesRead);
    expect(value('Receipts used')).toBe(overview.receipts);
    expect(value('Return lines (left out)')).toBe(overview.leftOut.returns);
    // The excluded bin bags are counted as excluded lines in the figures.
    expect(overview.leftOut.excluded).toBeGreaterThan(0);
    expect(value('Lines of excluded products')).toBe(overview.leftOut.excluded);
    const merges = rows.findIndex((row) => row[0] === 'Merged products');
    expect(rows[merges + 2]?.[0]).toMatch(/^Milk/);
    expect(rows[merges + 2]?.[1]).toMatch(/^Milk/);
    const excluded = rows.findIndex((row) => row[0] === 'Excluded products');
    expect(rows[excluded + 1]?.[0]).toMatch(/^Bin bags/);
  });

  it('says when there are no receipts', async () => {
    const data = await loadReceiptsExportData(blankPromoState(), context('ru'));
    const [sheet] = receiptsSheets(blankPromoState(), data, context('ru'));
    expect(sheet?.rows[1]).toEqual(['Источник', 'Чеки не загружены']);
    expect(sheet?.rows.some((row) => row[0] === 'нет')).toBe(true);
  });
});
