import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import type { ExportContext } from '../../../src/workbook/contract';
import { isNumberCell, type CellValue } from '../../../src/data/sheet';
import { blankLoyaltyState, demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { matrixSheets } from '../../../exercises/loyalty-measurement/export/matrix';

/** No files imported: the demo retailer stands in where the state says so. */
const context: ExportContext = {
  locale: 'ru',
  format: createFormatters('ru', 'RUB'),
  datasets: { summary: () => null, own: {}, loadRows: () => Promise.resolve(new Map()) },
};

const value = (cell: CellValue | undefined) => (isNumberCell(cell) ? cell.value : cell);
const rowOf = (rows: CellValue[][], label: string) => rows.find((row) => row[0] === label)?.map(value);

describe('export: the Dick & Basu sheet', () => {
  it('writes the demo matrix as measured on demo data, with the rules and the match report', async () => {
    const [sheet] = await matrixSheets(demoLoyaltyState(), context);
    expect(sheet?.name).toBe('Дик и Басу');
    const rows = sheet?.rows ?? [];
    expect(rows[0]).toEqual(['Источник', 'Измерено на демонстрационных данных']);
    // 104 of 330 matched customers: 31.5 %.
    const trueLoyalty = rowOf(rows, 'Истинная лояльность');
    expect(trueLoyalty?.slice(2, 5)).toEqual([104, 104 / 330, '']);
    expect(rowOf(rows, 'Нет лояльности')?.[2]).toBe(75);
    expect(rowOf(rows, 'Частые покупки: не меньше покупок за 12 месяцев')?.[1]).toBe(14);
    expect(rowOf(rows, 'Откуда порог')?.[1]).toBe('медиана покупавших за 12 месяцев');
    expect(rowOf(rows, 'Без номера клиента')?.[1]).toBe(70);
  });

  it('marks the participant’s shares as an estimate, with no counts, and keeps their actions', async () => {
    const state = blankLoyaltyState();
    state.matrix.estimatedShares = { trueLoyalty: 40, latentLoyalty: 20, spuriousLoyalty: 25, noLoyalty: 15 };
    state.matrix.actions.latentLoyalty = 'Доставка на дом';
    const rows = (await matrixSheets(state, context))[0]?.rows ?? [];
    expect(rows[0]).toEqual(['Источник', 'Оценка участника, не измерение']);
    expect(rowOf(rows, 'Скрытая лояльность')?.slice(2, 5)).toEqual([null, 0.2, 'Доставка на дом']);
    expect(rowOf(rows, 'Откуда порог')).toBeUndefined();
  });

  it('says there is neither a measurement nor an estimate when the shares do not add up', async () => {
    const state = blankLoyaltyState();
    state.matrix.estimatedShares = { trueLoyalty: 40, latentLoyalty: 20, spuriousLoyalty: 25, noLoyalty: 20 };
    const rows = (await matrixSheets(state, context))[0]?.rows ?? [];
    expect(rows[0]).toEqual(['Источник', 'Нет ни измерения, ни полной оценки']);
    expect(rowOf(rows, 'Истинная лояльность')?.[3]).toBeNull();
  });
});
