import { describe, expect, it } from 'vitest';
import { emotionalSheets } from '../../../exercises/emotional-loyalty/export';
import { withAction } from '../../../exercises/emotional-loyalty/model/planEdits';
import { createFormatters } from '../../../src/i18n/format';
import type { Locale } from '../../../src/i18n/locale';
import type { ExportContext } from '../../../src/workbook/contract';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { exportRuleBreaches, idsIn, rowCells, sheetCells, writtenWorkbook } from '../../exportedWorkbook';
import { cafePlan } from './planState';

const context = (locale: Locale): ExportContext => ({ locale, format: createFormatters(locale, 'RUB'), datasets: exportDatasets('emotional-loyalty') });

function exported(locale: Locale = 'ru') {
  let state = withAction(cafePlan(), 'i-cake', { followUp: 'done', observed: 'Пришли 40 гостей, 12 вернулись' });
  state = withAction(state, 'i-party', { followUp: 'notDone' });
  return { state, workbook: writtenWorkbook(emotionalSheets(state, context(locale)), { locale, currency: 'RUB' }) };
}

describe('emotional loyalty’s Excel export: the plan and the follow-up', () => {
  it('writes the ratings, the plan, the calendar and the follow-up, and keeps the export rules', () => {
    const { state, workbook } = exported();
    expect(workbook.SheetNames).toEqual(['Путь клиента', 'Персонал', 'Идеи', 'Оценка идей', 'План действий', 'Календарь', 'Итоги']);
    expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);
    const formatted = workbook.SheetNames.flatMap((name) => sheetCells(workbook, name).flat()).filter((cell) => cell?.t === 'n' && cell.z !== undefined && cell.z !== 'General');
    expect(formatted.length).toBeGreaterThan(10);
  });

  it('gives marks and the score as numbers, in priority order, the unrated idea last with empty marks', () => {
    const { workbook } = exported();
    const rows = sheetCells(workbook, 'Оценка идей');
    expect(rows.slice(1).map((row) => row[1]?.v)).toEqual(['Торт ко дню рождения', 'Вечер дегустаций', 'Записка от руки', 'Детский праздник', 'Громкая акция', 'Идея без оценки']);
    const cake = rowCells(workbook, 'Оценка идей', 'Зал кафе');
    expect([cake[2]?.v, cake[3]?.v, cake[4]?.v, cake[5]?.v, cake[6]?.v]).toEqual([1, 5, 4, 'Быстрая победа', 'да']);
    expect(cake[2]?.t).toBe('n');
    expect(rows[6]?.[2]).toBeUndefined();
  });

  it('writes each action’s date as a date and its budget as money, with the totals by month', () => {
    const { workbook } = exported();
    const rows = sheetCells(workbook, 'План действий');
    const cake = rows[1] ?? [];
    expect(cake[0]?.v).toBeInstanceOf(Date);
    expect((cake[0]?.v as Date).getDate()).toBe(15);
    expect([cake[1]?.v, cake[3]?.v, cake[4]?.v, cake[5]?.v]).toEqual(['Торт ко дню рождения', 'Анна', 3000, 'Отзывы гостей']);
    expect(cake[4]?.z).toContain('₽');
    // 3 000 + 5 000 + 20 000 = 28 000; March holds 8 000, the undated party 20 000.
    expect(rowCells(workbook, 'План действий', 'март 2026')[1]?.v).toBe(8000);
    expect(rowCells(workbook, 'План действий', 'Без даты')[1]?.v).toBe(20000);
    expect(rows.find((row) => row[1]?.v === 'Итого')?.[4]?.v).toBe(28000);
  });

  it('writes the follow-up with each mark and observation, and the budget spent on what was done', () => {
    const { workbook } = exported();
    const rows = sheetCells(workbook, 'Итоги');
    expect(rows.slice(1, 4).map((row) => [row[1]?.v, row[4]?.v, row[5]?.v])).toEqual([
      ['Торт ко дню рождения', 'Сделано', 'Пришли 40 гостей, 12 вернулись'],
      ['Вечер дегустаций', 'Не отмечено', undefined],
      ['Детский праздник', 'Не сделано', undefined],
    ]);
    expect(rowCells(workbook, 'Итоги', 'Сделано')[1]?.v).toBe(1);
    expect(rowCells(workbook, 'Итоги', 'Потрачено на сделанное')[1]?.v).toBe(3000);
    expect(rowCells(workbook, 'Итоги', 'Бюджет плана')[1]?.v).toBe(28000);
  });

  it('puts the customers’ dates in the calendar as dates beside the actions', () => {
    const { workbook } = exported('en');
    const rows = sheetCells(workbook, 'Calendar');
    expect(rows.slice(1).map((row) => [row[0]?.v, row[2]?.v, row[3]?.v])).toEqual([
      ['June 2025', 'День защиты детей', 'customers’ date'],
      ['March 2026', 'Торт ко дню рождения', 'plan action'],
      ['March 2026', 'Вечер дегустаций', 'plan action'],
      ['October 2026', 'День кофе', 'customers’ date'],
      ['December 2026', 'Новогодняя неделя', 'customers’ date'],
    ]);
    expect(rows[1]?.[1]?.v).toBeInstanceOf(Date);
  });
});
