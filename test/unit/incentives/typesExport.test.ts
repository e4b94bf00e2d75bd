import { describe, expect, it } from 'vitest';
import { typesSheets } from '../../../exercises/incentives/export/types';
import { demoIncentivesState } from '../../../exercises/incentives/demo';
import { createFormatters } from '../../../src/i18n/format';
import { LOCALES } from '../../../src/i18n/locale';
import { isNumberCell, type CellValue } from '../../../src/data/sheet';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { exportRuleBreaches, idsIn, writtenWorkbook } from '../../exportedWorkbook';

const context = (locale: 'ru' | 'en' | 'zh') => ({ locale, format: createFormatters(locale, 'RUB'), datasets: exportDatasets('incentives') });
const value = (cell: CellValue | undefined) => (isNumberCell(cell) ? cell.value : cell);

describe('the program types in the Excel export', () => {
  it('writes every type’s scores as numbers with its fit and note, then the ranking with the short list and its reasons', () => {
    const state = demoIncentivesState('ru');
    const [scores, ranking] = typesSheets(state, context('ru'));
    expect(scores?.name).toBe('Типы программ');
    expect(scores?.rows[1]).toEqual(['Рынок', 'B2C: продажи людям']);
    expect(scores?.rows[3]).toEqual(['За что клиенты вам верны', 'Верность цене и Верность впечатлениям']);
    const tiers = scores?.rows.find((row) => row[0] === 'Статусы (уровни)');
    // 5 + 3 + 3 = 11, a good fit for a B2C chain at maturity.
    expect(tiers?.slice(1, 6).map(value)).toEqual([5, 3, 3, 11, 'Подходит']);
    expect(tiers?.[7]).toBe(state.scores.tiers.note);
    expect(String(tiers?.[6])).toContain('B2C: продажи людям — подходит');

    expect(ranking?.name).toBe('Короткий список');
    const top = ranking?.rows.slice(1, 4).map((row) => [row[0], row[1], value(row[2]), row[7]]);
    expect(top).toEqual([
      [1, 'Баллы и бонусы', 12, 'да'],
      [2, 'Статусы (уровни)', 11, 'да'],
      [3, 'Игровые механики', 11, 'да'],
    ]);
    expect(ranking?.rows[4]?.[7]).toBe('нет');
    expect(String(ranking?.rows[2]?.[8])).toContain('Сильные стороны: Ценность для клиентов.');
    expect(String(ranking?.rows[2]?.[8])).toContain('Против: Верность цене — Статус, привилегии и игры ничего не стоят');
  });

  for (const locale of LOCALES) {
    it(`keeps the export rules in ${locale}: no ids, numbers formatted`, () => {
      const state = demoIncentivesState(locale);
      const workbook = writtenWorkbook(typesSheets(state, context(locale)), { locale, currency: 'RUB' });
      expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);
      const formatted = workbook.SheetNames.flatMap((name) => (workbook.Sheets[name]?.['!data'] ?? []).flat()).filter((cell) => cell?.t === 'n' && cell.z !== undefined && cell.z !== 'General');
      // 9 types × (3 scores + total) on the first sheet, 9 × 4 on the second.
      expect(formatted).toHaveLength(72);
    });
  }
});
