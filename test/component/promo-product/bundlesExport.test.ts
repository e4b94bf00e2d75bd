import { beforeEach, describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { isNumberCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { blankPromoState, demoPromoState } from '../../../exercises/promo-product/demo';
import { bundlesSheets, loadBundlesExportData } from '../../../exercises/promo-product/export/bundles';
import type { PromoProductState } from '../../../exercises/promo-product/state';
import { workbookSettings } from '../../builders';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets('promo-product') };
const values = (row: readonly CellValue[] | undefined) => (row ?? []).map((cell) => (isNumberCell(cell) ? cell.value : cell));
const rowStarting = (sheet: SheetSpec | undefined, first: CellValue) => values(sheet?.rows.find((row) => row[0] === first));

const state: PromoProductState = {
  ...demoPromoState(),
  bundles: [{ items: ['pasta.classic', 'tomatoSauce.classic'], price: null, discount: 5, takeUp: 60 }],
  switches: [{ from: 'tea.classic', to: 'tea.premium', switchRate: 10 }],
};

describe('the bundles sheets of the Excel export', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  });

  it('writes the participant’s bundles and pairs with the step’s figures, items named as on screen', async () => {
    const data = await loadBundlesExportData(state, context);
    expect(data.origin).toBe('demo');
    const result = data.result;
    if (result === null) throw new Error('no analysis');
    const [bundles, switching] = bundlesSheets(state, data, context);
    expect(bundles?.name).toBe('Наборы');
    expect(switching?.name).toBe('Переключение');

    const item = (label: string) => result.items.find((candidate) => candidate.label === label);
    const pasta = item('pasta.classic');
    const sauce = item('tomatoSauce.classic');
    if (!pasta?.averagePrice || !sauce?.averagePrice || sauce.marginRate === null) throw new Error('no prices');
    // Given away per bundle: 5 % of the two regular prices; a new bundle adds the sauce's margin less that.
    // Take-up 60 % of pasta's 225 receipts = 135 bundles; 100 held both already → 35 new.
    const given = 0.05 * (pasta.averagePrice + sauce.averagePrice);
    const perNew = sauce.averagePrice * sauce.marginRate - given;
    const effect = 35 * perNew - 100 * given;
    const row = rowStarting(bundles, 'Макароны (классика) + Томатный соус (классика)');
    expect(row.slice(1, 3)).toEqual(['Макароны (классика)', 100]);
    // Columns: …, take-up, sold, new, cannibalised receipts, their discount, effect.
    expect(row[9]).toBe(0.6);
    expect(row[10]).toBeCloseTo(135, 10);
    expect(row[11]).toBeCloseTo(35, 10);
    expect(row[12]).toBe(100);
    expect(row[13]).toBeCloseTo(-100 * given, 6);
    expect(row[14]).toBeCloseTo(effect, 6);
    // The proposals follow, strongest first.
    expect(rowStarting(bundles, 1).slice(0, 3)).toEqual([1, 'Макароны (классика) + Томатный соус (классика)', 'Макароны (классика)']);

    // Tea: 10 % of the classic's units move to the premium, each earning the difference of their unit margins.
    const tea = item('tea.classic');
    const premium = item('tea.premium');
    if (!tea?.averagePrice || !premium?.averagePrice || tea.marginRate === null || premium.marginRate === null) throw new Error('no tea');
    const pair = rowStarting(switching, 'Чай (классика)');
    expect(pair[1]).toBe('Чай (премиум)');
    expect(pair[2]).toBe(0.1);
    expect(pair[7]).toBeCloseTo((premium.averagePrice * premium.marginRate - tea.averagePrice * tea.marginRate) * 0.1 * tea.quantity, 6);
  });

  it('without receipts keeps every decision, and says the figures are missing', async () => {
    const blank = { ...blankPromoState(), bundles: state.bundles, switches: state.switches };
    const data = await loadBundlesExportData(blank, context);
    expect(data).toMatchObject({ origin: 'none', result: null });
    const [bundles, switching] = bundlesSheets(blank, data, context);
    expect(bundles?.rows[0]).toEqual(['Чеки не загружены или не прочитаны: показаны только ваши решения.']);
    // Labels as stored (no demo to translate them), the discount and take-up as entered.
    expect(rowStarting(bundles, 'pasta.classic + tomatoSauce.classic')).toEqual(['pasta.classic + tomatoSauce.classic', 'pasta.classic', null, null, null, null, 0.05, null, null, 0.6]);
    expect(rowStarting(switching, 'tea.classic').slice(0, 3)).toEqual(['tea.classic', 'tea.premium', 0.1]);
  });
});
