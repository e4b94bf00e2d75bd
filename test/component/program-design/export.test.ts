import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import type { ExportContext } from '../../../src/workbook/contract';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { programDesignSheets } from '../../../exercises/program-design/export';
import { blankProgramDesignState, demoDistributorState, demoProgramDesignState } from '../../../exercises/program-design/demo';
import { exportRuleBreaches, idsIn, sheetCells, writtenWorkbook } from '../../exportedWorkbook';
import type { CellObject, WorkBook } from 'xlsx';

const context = (locale: 'ru' | 'en' | 'zh' = 'ru'): ExportContext => ({
  locale,
  format: createFormatters(locale, 'RUB'),
  datasets: exportDatasets('program-design'),
});

/** The row whose second cell (the item) reads `item`, on the one-page sheet. */
function item(workbook: WorkBook, name: string): (CellObject | undefined)[] {
  const row = sheetCells(workbook, 'Программа на листе').find((cells) => cells[1]?.v === name);
  if (!row) throw new Error(`no item ${name}`);
  return row;
}

const formattedNumbers = (workbook: WorkBook) =>
  workbook.SheetNames.flatMap((name) => sheetCells(workbook, name).flat()).filter((cell) => cell?.t === 'n' && cell.z !== undefined && cell.z !== 'General');

describe('program design: the Excel export of the check-list and the one-page program', () => {
  it('writes the check-list and the one-page sheet, with more than ten formatted figures and no rule broken', () => {
    const state = demoProgramDesignState('ru');
    const sheets = programDesignSheets(state, context());
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Цель и клиенты', 'Механика и правила', 'Проверка на ошибки', 'Экономика', 'Программа на листе']);
    const workbook = writtenWorkbook(sheets, { locale: 'ru', currency: 'RUB' });
    expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);
    expect(formattedNumbers(workbook).length).toBeGreaterThan(10);
  });

  it('the check-list has every mistake with its mark, its whole note and the design’s suggestion', () => {
    const state = demoProgramDesignState('ru');
    const workbook = writtenWorkbook(programDesignSheets(state, context()), { locale: 'ru', currency: 'RUB' });
    const rows = sheetCells(workbook, 'Проверка на ошибки');
    expect(rows).toHaveLength(11);
    const baseline = rows.find((cells) => cells[0]?.v === 'Награды за покупки, которые были бы и так');
    expect(baseline?.[1]?.v).toBe('Риск остаётся');
    expect(baseline?.[2]?.v).toBe(state.mistakes.rewardsOnBaseline?.note);
    expect(String(baseline?.[3]?.v)).toMatch(/^Риск остаётся: В экономике награду получают 100 %/);
  });

  it('figures are numbers with their formats: members, shares, money, points', () => {
    const workbook = writtenWorkbook(programDesignSheets(demoProgramDesignState('ru'), context()), { locale: 'ru', currency: 'RUB' });
    expect(item(workbook, 'Участники программы')[2]).toMatchObject({ t: 'n', v: 12_000 });
    expect(item(workbook, 'Доля активных участников')[2]).toMatchObject({ t: 'n', v: 0.45 });
    expect(item(workbook, 'Доля активных участников')[2]?.z).toContain('%');
    expect(item(workbook, 'Средний чек')[2]).toMatchObject({ t: 'n', v: 380 });
    expect(item(workbook, 'Рост удержания')[2]).toMatchObject({ t: 'n', v: 0.03 });
    // The points mechanic: its reward rate as a share, its terms in words.
    const points = item(workbook, 'Баллы и бонусы');
    expect(points[2]).toMatchObject({ t: 'n', v: 0.05 });
    expect(String(points[3]?.v)).toContain('порог 150');
  });

  it('long texts are written whole, and a blank design exports without made-up values', () => {
    const state = demoDistributorState('ru');
    state.followUp.notes = 'Наблюдение. '.repeat(600).trim();
    const workbook = writtenWorkbook(programDesignSheets(state, context()), { locale: 'ru', currency: 'RUB' });
    expect(item(workbook, 'Заметки после запуска')[2]?.v).toBe(state.followUp.notes);
    expect(item(workbook, 'Торговые партнёры')[2]?.v).toBe(state.channel.partnersSide);

    const blank = writtenWorkbook(programDesignSheets(blankProgramDesignState(), context()), { locale: 'ru', currency: 'RUB' });
    expect(item(blank, 'Участники программы')[2]).toBeUndefined();
    expect(item(blank, 'Не проверено')[2]).toMatchObject({ t: 'n', v: 10 });
  });

  it.each(['en', 'zh'] as const)('names its sheets in %s', (locale) => {
    const names = programDesignSheets(demoProgramDesignState(locale), context(locale)).map((sheet) => sheet.name);
    expect(names).toEqual(locale === 'en' ? ['Goal and customers', 'Mechanics and rules', 'Mistakes check', 'Economics', 'Program on one page'] : ['目标与客户', '机制与规则', '错误检查', '经济测算', '一页纸计划']);
  });
});
