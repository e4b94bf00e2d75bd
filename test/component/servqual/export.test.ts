import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { servqualSheets } from '../../../exercises/servqual/export';
import { servqual } from '../../../exercises/servqual';
import { demoServqualState } from '../../../exercises/servqual/demo';
import { analyseWave } from '../../../exercises/servqual/model';
import { enabledItems, type ServqualState } from '../../../exercises/servqual/state';
import { newWaveId, waveFileKey } from '../../../exercises/servqual/steps/shared/waveFiles';
import { exportRuleBreaches, idsIn, sheetCells, writtenWorkbook } from '../../exportedWorkbook';
import type { TypedRow } from '../../../src/data/import/types';
import type { DatasetSummary } from '../../../src/store/schema';
import { closeDatasetsDatabase, saveDataset } from '../../../src/store/datasets';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { resetWorkbook } from './helpers';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { datasetSummary, enteredWave } from '../../builders';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets('servqual') };

describe('SERVQUAL export', () => {
  it('writes the adapted questionnaire, results, item gaps, plan and waves, numbers as numbers', () => {
    const state = demoServqualState();
    state.questionnaire.statements[0] = { item: 1, enabled: true, text: 'Терминалы работают быстро.' };
    state.plan = [{ id: 'dimension:reliability', target: { kind: 'dimension', dimension: 'reliability' }, action: 'Чек-лист', owner: 'Иванова', deadline: '2026-03-31' }];
    const sheets = servqualSheets(state, context);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Анкета', 'Результаты', 'Разрывы утверждений', 'План', 'Волны']);

    const [questionnaire, results, items, plan, waves] = sheets;
    expect(questionnaire?.rows).toContainEqual([1, 'Материальность', 'да', 'Терминалы работают быстро.', 'да']);

    const wave = state.waves[0];
    if (!wave || wave.source.kind !== 'entered') throw new Error('demo wave');
    const analysis = analyseWave(wave.source.responses, { scale: 7, enabledItems: enabledItems(state.questionnaire) });
    if (analysis.kind !== 'ok') throw new Error('demo results');
    const responsiveness = results?.rows.find((row) => row[0] === 'Волна 1' && row[3] === 'Отзывчивость');
    expect(responsiveness?.[6]).toEqual({ value: analysis.dimensions.responsiveness.gap, format: 'decimal', decimals: 2, signed: true });
    const unweighted = results?.rows.find((row) => row[0] === 'Волна 1' && row[3] === 'Невзвешенный SERVQUAL');
    expect(unweighted?.[6]).toMatchObject({ value: analysis.unweightedScore });

    // 22 items in each of the two waves, under a header.
    expect(items?.rows).toHaveLength(1 + 2 * 22);
    expect(plan?.rows.find((row) => row[1] === 'Надёжность' && row[2] === null)?.slice(6, 8)).toEqual(['Чек-лист', 'Иванова']);
    expect(waves?.rows.find((row) => String(row[0]).startsWith('Изменение'))?.[0]).toBe('Изменение: Волна 1 → Волна 2');
  });

  it('writes gaps, means and weights with the screen’s decimals, and dates as dates, in the file Excel opens', () => {
    const state = demoServqualState();
    state.plan = [{ id: 'dimension:reliability', target: { kind: 'dimension', dimension: 'reliability' }, action: 'Чек-лист', owner: 'Иванова', deadline: '2026-03-31' }];
    const workbook = writtenWorkbook(servqualSheets(state, context), { locale: 'ru', currency: 'RUB' });

    const results = sheetCells(workbook, 'Результаты');
    const header = results[0]?.map((cell) => cell?.v) ?? [];
    const responsiveness = results.find((row) => row[0]?.v === 'Волна 1' && row[3]?.v === 'Отзывчивость') ?? [];
    // The wave's day is an Excel date shown as the app writes it, not the text "2025-02-12".
    expect(responsiveness[header.indexOf('Дата')]).toMatchObject({ t: 'd', w: '12.02.2025' });
    expect(responsiveness[header.indexOf('Ожидание')]).toMatchObject({ t: 'n', z: '#,##0.00' });
    // SheetJS writes its own "-"; the screen writes "−0,91" with a real minus and a comma, Excel with the reader's separator.
    expect(responsiveness[header.indexOf('Разрыв P − E')]).toMatchObject({ t: 'n', z: '+#,##0.00;-#,##0.00;#,##0.00' });
    expect(responsiveness[header.indexOf('Разрыв P − E')]?.w).toMatch(/^[+-]\d\.\d\d$/);
    expect(responsiveness[header.indexOf('Средний вес')]).toMatchObject({ t: 'n', z: '#,##0.0' });

    const plan = sheetCells(workbook, 'План');
    // "План по волне «Волна 2» от 17.09.2025", the day as the app writes it.
    expect(plan[0]?.[0]?.v).toContain('17.09.2025');
    const reliability = plan.find((row) => row[1]?.v === 'Надёжность' && row[2] === undefined) ?? [];
    expect(reliability.at(-1)).toMatchObject({ t: 'd', w: '31.03.2026' });

    const waves = sheetCells(workbook, 'Волны');
    expect(waves[1]?.slice(0, 3).map((cell) => cell?.w ?? cell?.v)).toEqual(['Волна 1', '12.02.2025', '44']);
    expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);
  });

  it('names waves by their label or number, never by the id the app gave them', () => {
    const state = demoServqualState();
    state.waves = state.waves.map((wave, index) => ({ ...wave, id: newWaveId(state.waves, 1_780_000_000_000 + index) }));
    const workbook = writtenWorkbook(servqualSheets(state, context), { locale: 'ru', currency: 'RUB' });
    expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);
    expect(sheetCells(workbook, 'Волны').map((row) => row[0]?.v)).toContain('Изменение: Волна 1 → Волна 2');
  });
});

function summary(fileName: string, rows: number): DatasetSummary {
  return datasetSummary(fileName, rows, { sheet: fileName, importedAt: '2026-03-10T09:00:00.000Z' });
}


/** One respondent's row as the import stores it: every expectation, every perception and the five weights alike. */
function answerRow(respondent: string, expectation: number, perception: number): TypedRow {
  const row: TypedRow = { respondent, W1: 30, W2: 20, W3: 20, W4: 15, W5: 15 };
  for (let item = 1; item <= 22; item++) {
    row[`E${item}`] = expectation;
    row[`P${item}`] = perception;
  }
  return row;
}

/** The demo's two typed-in waves and a spring wave whose answers come in two files. */
function withSpringWave(): ServqualState {
  const state = demoServqualState();
  state.waves.push(enteredWave('spring', '2026-03-01', [], { label: 'Весна' }));
  return state;
}

describe('SERVQUAL export with answers imported per wave', () => {
  beforeEach(async () => {
    await closeDatasetsDatabase();
    await resetDatasetsDatabase();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads every file of a wave and computes the wave from them', async () => {
    const state = withSpringWave();
    resetWorkbook(state);
    const files: [number, string, TypedRow[]][] = [
      [1, 'онлайн.csv', [answerRow('A', 6, 4)]],
      [2, 'бумага.csv', [answerRow('B', 7, 6)]],
    ];
    for (const [slot, fileName, rows] of files) {
      const saved = await saveDataset('servqual', waveFileKey('spring', slot), rows, summary(fileName, rows.length));
      expect(saved.ok).toBe(true);
      useWorkbookStore.getState().setDatasetSummary('servqual', waveFileKey('spring', slot), summary(fileName, rows.length));
    }

    const sheets = await servqual.toSheets(state, context);
    const [, results, items, , waves] = sheets;
    // Every item: (4 − 6) and (6 − 7), mean −1.5; so every dimension and the unweighted score too.
    const reliability = results?.rows.find((row) => row[0] === 'Весна' && row[3] === 'Надёжность');
    expect(reliability?.slice(2, 7)).toEqual([2, 'Надёжность', expect.objectContaining({ value: 6.5 }), expect.objectContaining({ value: 5 }), expect.objectContaining({ value: -1.5 })]);
    const unweighted = results?.rows.find((row) => row[0] === 'Весна' && row[3] === 'Невзвешенный SERVQUAL');
    expect(unweighted?.[6]).toMatchObject({ value: -1.5 });
    expect(items?.rows.filter((row) => row[0] === 'Весна')).toHaveLength(22);
    expect(waves?.rows.find((row) => row[0] === 'Весна')?.slice(0, 3)).toEqual(['Весна', new Date(2026, 2, 1), 2]);
    expect(results?.rows.flat().some((cell) => typeof cell === 'string' && cell.includes('не удалось прочитать'))).toBe(false);
  });

  it('still exports when the browser storage cannot be read, naming the files and their wave', async () => {
    const state = withSpringWave();
    resetWorkbook(state);
    useWorkbookStore.getState().setDatasetSummary('servqual', waveFileKey('spring', 1), summary('онлайн.csv', 1));
    useWorkbookStore.getState().setDatasetSummary('servqual', waveFileKey('spring', 2), summary('бумага.csv', 1));
    vi.stubGlobal('indexedDB', undefined);

    const sheets = await servqual.toSheets(state, context);
    const results = sheets[1];
    expect(results?.rows.at(-1)).toEqual([
      'Ответы из этих файлов не удалось прочитать из хранилища браузера, и в расчёт они не вошли: «онлайн.csv» (волна «Весна»); «бумага.csv» (волна «Весна»). Загрузите файлы ещё раз на шаге «Ответы» и выгрузите снова.',
    ]);
    // The typed-in waves are exported as before.
    expect(results?.rows.some((row) => row[0] === 'Волна 1' && row[3] === 'Отзывчивость')).toBe(true);
  });
});
