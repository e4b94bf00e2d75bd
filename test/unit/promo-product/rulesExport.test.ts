import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import type { ExportContext } from '../../../src/workbook/contract';
import { blankPromoState, demoPromoState } from '../../../exercises/promo-product/demo';
import { loadRulesExportData, rulesSheets } from '../../../exercises/promo-product/export/rules';
import { isNumberCell } from '../../../src/data/sheet';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../../exportedWorkbook';

const context: ExportContext = {
  locale: 'ru',
  format: createFormatters('ru', 'RUB'),
  datasets: { summary: () => null, own: {}, loadRows: async () => new Map() },
};

describe('rulesSheets', () => {
  it('lists the demo store’s rules as the step does (names in the language, redundant ones hidden) and the "bought next" pairs', async () => {
    const state = demoPromoState();
    const data = await loadRulesExportData(state, context);
    expect(data.origin).toBe('demo');
    const [rules, sequences] = rulesSheets(state, data, context);
    expect(rules?.name).toBe('Правила');
    const header = rules?.rows.findIndex((row) => row[0] === 'Если в чеке') ?? -1;
    expect(header).toBeGreaterThan(0);
    const first = rules?.rows[header + 1] ?? [];
    // Nappies → baby wipes: support 35 / 5,000 = 0.7 %, confidence 35/59, lift 50.27, 35 receipts.
    expect(first.slice(0, 2)).toEqual(['Подгузники (классика)', 'Детские салфетки (классика)']);
    expect(isNumberCell(first[2] ?? null) && first[2]).toEqual({ value: 0.007, format: 'percent', decimals: 2 });
    expect(first[5]).toBe(35);
    // The demo's default thresholds find 46 rules, none of them redundant (checked against the worker's output).
    expect((rules?.rows.length ?? 0) - header - 1).toBe(46);

    expect(sequences?.name).toBe('Купил потом');
    const pairsHeader = sequences?.rows.findIndex((row) => row[0] === 'Купил') ?? -1;
    // Bread (value) → milk (value): the pair most customers share, 43 of bread's 191 buyers.
    expect(sequences?.rows[pairsHeader + 1]?.slice(0, 3)).toEqual(['Хлеб (эконом)', 'Молоко (эконом)', 43]);
    // The rules every export keeps (test/component/exportRules.test.ts): no demo code like milk.classic in a cell, figures formatted.
    expect(exportRuleBreaches(writtenWorkbook([rules, sequences].flatMap((sheet) => (sheet ? [sheet] : [])), { locale: 'ru', currency: 'RUB' }), idsIn(state))).toEqual([]);
  }, 20_000);

  it('says when there are no receipts, and when no rule passes', async () => {
    const none = await loadRulesExportData(blankPromoState(), context);
    expect(rulesSheets(blankPromoState(), none, context).map((sheet) => sheet.rows.at(-1))).toEqual([['Чеков нет'], ['Чеков нет']]);
    const strict = { ...demoPromoState(), rules: { ...demoPromoState().rules, minSupport: 40 } };
    const [rules] = rulesSheets(strict, await loadRulesExportData(strict, context), context);
    expect(rules?.rows.map((row) => row[0])).toContain('При этих порогах нет ни одного правила.');
  }, 20_000);
});
