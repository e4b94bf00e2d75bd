import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { roiSheets } from '../../../exercises/program-roi/export';
import { blankRoiState, demoRoiState } from '../../../exercises/program-roi/demo';
import { DEMO_PROGRAM_INPUTS, programEconomics } from '../../../exercises/program-roi/model';
import type { SheetSpec } from '../../../src/data/sheet';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB') };

function sheet(sheets: SheetSpec[], name: string): SheetSpec {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function row(spec: SheetSpec, label: string) {
  const found = spec.rows.find((cells) => cells[0] === label);
  if (!found) throw new Error(`no row ${label} on ${spec.name}`);
  return found;
}

describe('the Excel export of the ROI exercise', () => {
  it('writes inputs, results, months, sensitivity, scenarios and conclusions with numbers as numbers', () => {
    const state = { ...demoRoiState(), conclusions: { decision: 'launch' as const, notes: 'Заметка', nextSteps: 'Шаг' } };
    const sheets = roiSheets(state, context);
    expect(sheets.map((spec) => spec.name)).toEqual(['Исходные данные', 'Результаты', 'По месяцам', 'Чувствительность', 'Сценарии', 'Оценка по данным', 'Выводы']);
    expect(sheets.every((spec) => spec.name.length <= 31)).toBe(true);

    const inputs = sheet(sheets, 'Исходные данные');
    expect(inputs.rows[0]?.[1]).toMatch(/0,28 = 28 %/);
    expect(row(inputs, 'Участники программы')).toEqual(['Участники программы', 20000, 'человек']);
    expect(row(inputs, 'Доля сгорающих бонусов')).toEqual(['Доля сгорающих бонусов', 0.3, 'доля']);
    expect(row(inputs, 'Средний чек')).toEqual(['Средний чек', 1800, 'RUB']);

    const expected = programEconomics(DEMO_PROGRAM_INPUTS);
    const results = sheet(sheets, 'Результаты');
    expect(row(results, 'Нужный прирост объёма')[1]).toBeCloseTo(0.5, 12);
    expect(row(results, 'ROI')[1]).toBe(expected.roi);
    expect(row(results, 'Чистый эффект')[1]).toBe(expected.net);
    expect(row(results, 'Окупаемость')[1]).toBe(expected.paybackMonth);

    const monthly = sheet(sheets, 'По месяцам');
    expect(monthly.rows).toHaveLength(DEMO_PROGRAM_INPUTS.horizonMonths + 1);
    expect(monthly.rows[1]?.[0]).toBe(1);
    expect(monthly.rows.at(-1)?.at(-1)).toBe(expected.months.at(-1)?.cumulativeNet);
    expect(monthly.rows.slice(1).flat().every((cell) => typeof cell === 'number')).toBe(true);

    const sensitivity = sheet(sheets, 'Чувствительность');
    expect(sensitivity.rows).toHaveLength(16);
    expect(sensitivity.rows.slice(1).every((cells) => typeof cells[4] === 'number')).toBe(true);

    const scenarios = sheet(sheets, 'Сценарии');
    expect(scenarios.rows[0]).toEqual(['Параметр', 'Пессимистичный', 'Ожидаемый', 'Оптимистичный', 'Единица']);
    // Defaults: half and one and a half times the 8 % frequency uplift.
    expect(row(scenarios, 'Рост частоты покупок').slice(1, 4)).toEqual([0.04, 0.08, expect.closeTo(0.12, 12)]);
    expect(row(scenarios, 'ROI')[2]).toBe(expected.roi);

    expect(sheet(sheets, 'Выводы').rows).toEqual([
      ['Параметр', 'Значение'],
      ['Решение', 'Запускать программу'],
      ['Заметки и обоснование', 'Заметка'],
      ['Следующие шаги', 'Шаг'],
    ]);
  });

  it('leaves out the result sheets, with a note, while inputs are missing', () => {
    const sheets = roiSheets(blankRoiState(), context);
    expect(sheets.map((spec) => spec.name)).toEqual(['Исходные данные', 'Результаты', 'Оценка по данным', 'Выводы']);
    const results = sheet(sheets, 'Результаты');
    expect(results.rows.flat()).toContain('Не все параметры программы заполнены, поэтому результаты не рассчитаны.');
    expect(row(sheet(sheets, 'Исходные данные'), 'Валовая маржа')).toEqual(['Валовая маржа', null, 'доля']);
  });

  it('names the sheets in the export language', () => {
    expect(roiSheets(demoRoiState(), { locale: 'en', format: createFormatters('en', 'USD') }).map((spec) => spec.name)).toEqual([
      'Inputs', 'Results', 'Monthly', 'Sensitivity', 'Scenarios', 'Evaluation from data', 'Conclusions',
    ]);
    expect(roiSheets(demoRoiState(), { locale: 'zh', format: createFormatters('zh', 'CNY') })[0]?.name).toBe('输入数据');
  });
});
