import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/translate';
import { rfmSegmentMessages } from '../../../src/customers/rfmSegmentNames';
import type { ExportContext } from '../../../src/workbook/contract';
import { segmentationNames } from '../../../exercises/segmentation/content/names';
import { demoSegmentationState } from '../../../exercises/segmentation/demo';
import { segmentationSheets } from '../../../exercises/segmentation/export';
import { targetsSheets } from '../../../exercises/segmentation/export/targets';
import { namesMessages } from '../../../exercises/segmentation/messages/names';
import type { SegmentationState } from '../../../exercises/segmentation/state';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../../exportedWorkbook';

const context: ExportContext = {
  locale: 'ru',
  format: createFormatters('ru', 'RUB'),
  datasets: { summary: () => null, own: {}, loadRows: async () => new Map() },
};

function planned(): SegmentationState {
  const state = demoSegmentationState();
  state.targets = {
    key: { target: true, strategy: 'retain', offer: 'Личный менеджер', owner: 'Иванова', goal: 'Удержание 90 % к июлю' },
    gone: { target: true, strategy: 'develop', offer: 'Скидка на второй заказ', owner: '', goal: '' },
  };
  state.conclusions.notes = 'Начать с ключевых';
  return state;
}

const names = (state: SegmentationState) => segmentationNames(translator(namesMessages, 'ru'), translator(rfmSegmentMessages, 'ru'), context.format, (label) => label, state.segments);

describe('segmentation export: targets and customers', () => {
  it('writes every segment with its decision and figures, the kept decision, the notes, and every customer', async () => {
    const state = planned();
    const sheets = await segmentationSheets(state, context);
    // The steps' sheets in their order, the decisions and the customers last.
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Данные', 'Критерии', 'Значения критериев', 'Сегменты — как заданы', 'Сегменты — размер', 'Профили сегментов', 'Целевые сегменты', 'Клиенты по сегментам']);
    const [targets, customers] = sheets.slice(-2);
    expect(targets?.rows[0]?.slice(0, 6)).toEqual(['Сегмент', 'Целевой', 'Стратегия', 'Предложение', 'Ответственный', 'Цель и срок']);
    // The starter rules then "others", in segment order.
    expect(targets?.rows.slice(1, 7).map((row) => row[0])).toEqual(['Ключевые под угрозой', 'Ключевые', 'Новички', 'Средние', 'Уходящие', 'Остальные']);
    expect(targets?.rows[2]?.slice(0, 6)).toEqual(['Ключевые', 'да', 'Удерживать', 'Личный менеджер', 'Иванова', 'Удержание 90 % к июлю']);
    expect(targets?.rows[2]?.[6]).toMatchObject({ format: 'decimal', decimals: 0 });
    expect(targets?.rows).toContainEqual(['Сохранено от прежнего деления']);
    expect(targets?.rows).toContainEqual(['Прежний сегмент «gone»', 'да', 'Развивать', 'Скидка на второй заказ', null, null]);
    expect(targets?.rows.at(-1)).toEqual(['Выводы', 'Начать с ключевых']);
    // Every customer once, in a header and a row each; the key customers marked as a target with their strategy.
    const customerCount = targets?.rows.slice(1, 7).reduce((sum, row) => sum + ((row[6] as { value: number } | null)?.value ?? 0), 0);
    expect(customers?.rows).toHaveLength((customerCount ?? 0) + 1);
    const keyRow = customers?.rows.find((row) => row[2] === 'Ключевые');
    expect(keyRow?.slice(-2)).toEqual(['да', 'Удерживать']);
    expect(customers?.rows.find((row) => row[2] === 'Новички')?.slice(-2)).toEqual([null, null]);
    expect(exportRuleBreaches(writtenWorkbook(sheets, { locale: 'ru', currency: 'RUB' }), idsIn(state))).toEqual([]);
  }, 60_000);

  it('keeps the decisions and says the figures are missing when there are none', () => {
    const state = planned();
    const [sheet] = targetsSheets(state, null, names(state), context);
    expect(sheet?.rows[0]).toEqual(['Цифры сегментов посчитать не удалось — ниже только ваши решения.']);
    expect(sheet?.rows.find((row) => row[0] === 'Ключевые')?.slice(0, 7)).toEqual(['Ключевые', 'да', 'Удерживать', 'Личный менеджер', 'Иванова', 'Удержание 90 % к июлю', null]);
    expect(sheet?.rows).toContainEqual(['Прежний сегмент «gone»', 'да', 'Развивать', 'Скидка на второй заказ', null, null]);
  });

  it('lists a cross-tab’s decisions as they are while its cells are unknown, none called vanished', () => {
    const state = planned();
    state.segments = { ...state.segments, mode: 'crossTab', crossTab: { rows: 'abc', columns: 'stage' } };
    state.targets = { 'x:A|lapsing': { target: true, strategy: 'winBack', offer: 'Звонок', owner: '', goal: '' } };
    const [sheet] = targetsSheets(state, null, names(state), context);
    expect(sheet?.rows.find((row) => row[0] === 'A · Уходящие')?.slice(0, 4)).toEqual(['A · Уходящие', 'да', 'Возвращать', 'Звонок']);
    expect(sheet?.rows).not.toContainEqual(['Сохранено от прежнего деления']);
  });
});
