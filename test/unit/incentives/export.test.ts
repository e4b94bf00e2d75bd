import { describe, expect, it } from 'vitest';
import { incentivesSheets } from '../../../exercises/incentives/export';
import { blankIncentivesState } from '../../../exercises/incentives/demo';
import { isNumberCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { createFormatters } from '../../../src/i18n/format';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { exportRuleBreaches, idsIn, rowCells, writtenWorkbook } from '../../exportedWorkbook';
import { filledIncentivesState } from './mechanicsState';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets('incentives') };

function sheet(sheets: SheetSpec[], name: string): SheetSpec {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${sheets.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

function row(spec: SheetSpec, first: CellValue): CellValue[] {
  const found = spec.rows.find((cells) => cells[0] === first);
  if (!found) throw new Error(`no row ${String(first)} on ${spec.name}`);
  return found;
}

describe('the levers and mechanics export', () => {
  it('writes ratings, rates, money and break-evens as numbers with their formats', () => {
    const sheets = incentivesSheets(filledIncentivesState(), context);
    expect(sheets.map((spec) => spec.name)).toEqual(['Типы программ', 'Короткий список', 'Рычаги удержания', 'Механики', 'Скидки']);

    const levers = sheet(sheets, 'Рычаги удержания');
    expect(levers.rows.find((cells) => cells[1] === 'Накопленные баллы и бонусы')).toEqual(['Цена выхода', 'Накопленные баллы и бонусы', 5, 'Баллы за каждую чашку']);
    // Habit: (5 + 3 + 4 + 2 + 4) / 5 = 3.6, with the one decimal the step shows.
    expect(levers.rows.find((cells) => cells[0] === 'Привычка' && cells.length === 5)?.[3]).toEqual({ value: 3.6, format: 'decimal', decimals: 1 });

    const mechanics = sheet(sheets, 'Механики');
    expect(row(mechanics, 'Валовая маржа')[1]).toEqual({ value: 0.3, format: 'percent', decimals: 0 });
    const tiers = row(mechanics, 2);
    expect(tiers.slice(1, 5)).toEqual(['Статусы (уровни)', { value: 0.3, format: 'percent', decimals: 0 }, { value: 15000, format: 'money', decimals: 0 }, 1]);
    expect(String(tiers[6])).toContain('не меньше маржи');
    expect(String(tiers[6])).toContain('сгорает через 1 мес.');

    const discounts = sheet(sheets, 'Скидки');
    const second = row(discounts, 1);
    // 0.1 / (0.3 − 0.1) = +50 %; (1.3 × 0.2) / 0.3 − 1 = −13.3 %.
    expect(second[1]).toBe('Вторая чашка');
    expect(second[2]).toEqual({ value: 0.1, format: 'percent', decimals: 0 });
    expect(second[3]).toMatchObject({ value: expect.closeTo(0.5, 12), format: 'percent', signed: true });
    expect(second[4]).toBe('Требовательно');
    expect(second[6]).toMatchObject({ value: expect.closeTo(-0.133333, 6), format: 'percent', decimals: 1 });
    expect(row(discounts, 3).slice(3, 5)).toEqual(['недостижим', 'Самоубийственная']);
  });

  it('holds more than ten formatted numbers on a filled state and keeps the export rules in every language', () => {
    for (const locale of ['ru', 'en', 'zh'] as const) {
      const state = filledIncentivesState();
      const sheets = incentivesSheets(state, { ...context, locale, format: createFormatters(locale, 'RUB') });
      const formatted = sheets.flatMap((spec) => spec.rows.flat()).filter(isNumberCell);
      expect(formatted.length).toBeGreaterThan(10);
      const workbook = writtenWorkbook(sheets, { locale, currency: 'RUB' });
      expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);
    }
  });

  it('reads the written workbook back as numbers', () => {
    const workbook = writtenWorkbook(incentivesSheets(filledIncentivesState(), context), { locale: 'ru', currency: 'RUB' });
    const margin = rowCells(workbook, 'Скидки', 'Валовая маржа')[1];
    expect(margin?.t).toBe('n');
    expect(margin?.v).toBe(0.3);
  });

  it('exports a blank state without a figure it does not have', () => {
    const sheets = incentivesSheets(blankIncentivesState(), context);
    const discounts = sheet(sheets, 'Скидки');
    expect(row(discounts, 'Валовая маржа')[1]).toBeNull();
    expect(sheets.flatMap((spec) => spec.rows.flat()).some((cell) => typeof cell === 'number' && Number.isNaN(cell))).toBe(false);
  });
});
