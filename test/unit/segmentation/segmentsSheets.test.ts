import { describe, expect, it } from 'vitest';
import { segmentsSheets } from '../../../exercises/segmentation/export/segments';
import { demoSegmentationState } from '../../../exercises/segmentation/demo';
import type { SegmentationState } from '../../../exercises/segmentation/state';
import { createFormatters } from '../../../src/i18n/format';
import type { ExportContext } from '../../../src/workbook/contract';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { SEGMENTATION_EXERCISE_ID } from '../../../exercises/segmentation/inputs';
import { percentCell, moneyCell } from '../../../src/data/sheet';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../../exportedWorkbook';
import { fixtureFigures, fixtureNames } from './segmentsFixture';

const context: ExportContext = { locale: 'ru', format: createFormatters('ru', 'RUB'), datasets: exportDatasets(SEGMENTATION_EXERCISE_ID) };
const crossState = (): SegmentationState => {
  const state = demoSegmentationState();
  return { ...state, segments: { ...state.segments, mode: 'crossTab', crossTab: { rows: 'abc', columns: 'stage' } } };
};

describe('segments export', () => {
  it('writes the rules with their conditions in words and each segment’s customers and shares', () => {
    const state = demoSegmentationState();
    const [definition, summary, ...rest] = segmentsSheets(state, fixtureFigures('rules'), fixtureNames(state), context);
    expect(rest).toEqual([]);
    expect(definition?.name).toBe('Сегменты — как заданы');
    expect(definition?.rows[0]).toEqual(['Способ', 'Правила по порядку']);
    expect(definition?.rows[3]).toEqual([1, 'Ключевые под угрозой', 'Класс ABC: A, B и Стадия жизненного цикла: Уходящие', 2]);
    expect(definition?.rows[4]).toEqual([2, 'Ключевые', 'Класс ABC: A', 1]);
    expect(definition?.rows.at(-1)).toEqual(['', 'Остальные', 'все, кого не назвало ни одно правило', 3]);
    // "Key": 1 of 10 customers, 350 of 1 000 revenue.
    expect(summary?.rows[2]).toEqual(['Ключевые', 1, percentCell(0.1), moneyCell(350), percentCell(0.35)]);
    expect(summary?.rows.at(-1)).toEqual(['Всего', 10, percentCell(1), moneyCell(1000), percentCell(1)]);
  });

  it('writes a condition with nothing ticked and a rule without conditions as they are', () => {
    const state = demoSegmentationState();
    state.segments.rules = [
      { id: 'rule1', name: 'Пустое', conditions: [{ criterion: 'stage', values: [] }] },
      { id: 'rule2', name: null, conditions: [] },
    ];
    const [definition] = segmentsSheets(state, fixtureFigures('rules'), fixtureNames(state), context);
    expect(definition?.rows[3]?.slice(1, 3)).toEqual(['Пустое', 'Стадия жизненного цикла: ничего не отмечено']);
    expect(definition?.rows[4]?.slice(1, 3)).toEqual(['Сегмент 2', 'все, кого не взяли правила выше']);
  });

  it('writes a cross-tab’s two criteria, its cells and the matrices of customers and of revenue share', () => {
    const state = crossState();
    const [definition, summary, matrix] = segmentsSheets(state, fixtureFigures('crossTab'), fixtureNames(state), context);
    expect(definition?.rows).toEqual([['Способ', 'Таблица двух критериев'], [], ['По строкам', 'Класс ABC'], ['По столбцам', 'Стадия жизненного цикла']]);
    expect(summary?.rows[1]).toEqual(['A · Постоянные', 1, percentCell(0.1), moneyCell(350), percentCell(0.35)]);
    expect(matrix?.name).toBe('Сегменты — таблица');
    const rows = matrix?.rows ?? [];
    expect(rows[1]).toEqual(['Класс ABC \\ Стадия жизненного цикла', 'Первая покупка', 'Повторные', 'Постоянные', 'Уходящие', 'Всего']);
    expect(rows[4]).toEqual(['C', 1, 2, 1, 1, 5]);
    expect(rows[5]).toEqual(['Всего', 1, 3, 3, 3, 10]);
    // Revenue shares of row A: nothing first-time, nothing repeat, 350 and 250 of 1 000; 600 in all.
    expect(rows[9]).toEqual(['A', percentCell(0), percentCell(0), percentCell(0.35), percentCell(0.25), percentCell(0.6)]);
  });

  it('writes no internal id, ISO day or unformatted fraction, in either mode and in every language', () => {
    for (const locale of ['ru', 'en', 'zh'] as const) {
      for (const state of [demoSegmentationState(), crossState()]) {
        const sheets = segmentsSheets(state, fixtureFigures(state.segments.mode), fixtureNames(state, locale), { ...context, locale });
        expect(exportRuleBreaches(writtenWorkbook(sheets, { locale, currency: 'RUB' }), idsIn(state))).toEqual([]);
      }
    }
  });

  it('without figures keeps the definition and says the figures are missing', () => {
    const state = demoSegmentationState();
    const sheets = segmentsSheets(state, null, fixtureNames(state), context);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.rows[1]?.[0]).toMatch(/Цифры посчитать не удалось/);
    expect(sheets[0]?.rows[4]).toEqual([1, 'Ключевые под угрозой', 'Класс ABC: A, B и Стадия жизненного цикла: Уходящие', null]);
  });
});
