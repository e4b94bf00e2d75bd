import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { roiSheets } from '../../../exercises/program-roi/export';
import { programRoi } from '../../../exercises/program-roi';
import { demoRoiState } from '../../../exercises/program-roi/demo';
import { demoSalesRows, DEMO_EVALUATION_LAUNCH } from '../../../exercises/program-roi/demo/evaluationDemo';
import { evaluateProgram, programEconomics, salesFromRows } from '../../../exercises/program-roi/model';
import { DEMO_PROGRAM_INPUTS } from '../../../exercises/program-roi/demo/programDemo';
import type { EvaluationSettings, RoiState } from '../../../exercises/program-roi/state';
import { isNumberCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import type { TypedRow } from '../../../src/data/import/types';
import type { DatasetSummary } from '../../../src/store/schema';
import { closeDatasetsDatabase, saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { memberListSpec, salesSpec } from '../../../exercises/program-roi/inputs';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { resetWorkbook } from './helpers';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { datasetSummary, handCheckedSalesRows, roiState } from '../../builders';
import { rowCells, sheetCells, writtenWorkbook } from '../../exportedWorkbook';
import { resetDatasetsDatabase } from '../../support/datasetsDatabase';

const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets('program-roi') };

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

/** A cell's value without its format: the figure a formula in the participant's workbook computes with. */
function figure(cell: CellValue | undefined): CellValue | undefined {
  return isNumberCell(cell) ? cell.value : cell;
}

function figures(spec: SheetSpec, label: string): (CellValue | undefined)[] {
  return row(spec, label).map(figure);
}

describe('the Excel export of the ROI exercise', () => {
  it('writes inputs, results, months, sensitivity, scenarios and conclusions with numbers as numbers', () => {
    const state = roiState({ conclusions: { decision: 'launch', notes: 'Заметка', nextSteps: 'Шаг' } }, 'demo');
    const sheets = roiSheets(state, context);
    expect(sheets.map((spec) => spec.name)).toEqual([
      'Исходные данные', 'Результаты', 'По месяцам', 'Чувствительность', 'Сценарии', 'Оценка по данным', 'Оценка по месяцам', 'Выводы',
    ]);
    expect(sheets.every((spec) => spec.name.length <= 31)).toBe(true);

    const inputs = sheet(sheets, 'Исходные данные');
    expect(inputs.rows[0]).toEqual(['Параметр', 'Значение', 'Единица']);
    expect(row(inputs, 'Участники программы')).toEqual(['Участники программы', { value: 20000, format: 'decimal', decimals: 0 }, 'человек']);
    expect(row(inputs, 'Доля сгорающих бонусов')).toEqual(['Доля сгорающих бонусов', { value: 0.3, format: 'percent', decimals: 0 }, '%']);
    expect(row(inputs, 'Средний чек')).toEqual(['Средний чек', { value: 1800, format: 'money', decimals: 0 }, 'RUB']);
    expect(row(inputs, 'Покупок в месяц на клиента')[1]).toEqual({ value: 1.5, format: 'decimal', decimals: 1 });

    const expected = programEconomics(DEMO_PROGRAM_INPUTS);
    const results = sheet(sheets, 'Результаты');
    expect(row(results, 'Нужный прирост объёма')[1]).toMatchObject({ value: expect.closeTo(0.5, 12), format: 'percent', decimals: 1, signed: true });
    expect(row(results, 'ROI')[1]).toEqual({ value: expected.roi, format: 'percent', decimals: 1, signed: true });
    expect(row(results, 'Чистый эффект')[1]).toEqual({ value: expected.net, format: 'money', decimals: 0 });
    expect(row(results, 'Окупаемость')[1]).toBe(expected.paybackMonth);

    const monthly = sheet(sheets, 'По месяцам');
    expect(monthly.rows).toHaveLength(DEMO_PROGRAM_INPUTS.horizonMonths + 1);
    expect(monthly.rows[1]?.[0]).toBe(1);
    expect(monthly.rows.at(-1)?.at(-1)).toMatchObject({ value: expected.months.at(-1)?.cumulativeNet, format: 'money' });

    const sensitivity = sheet(sheets, 'Чувствительность');
    expect(sensitivity.rows).toHaveLength(16);
    expect(sensitivity.rows.slice(1).every((cells) => isNumberCell(cells[4]) && cells[4].format === 'percent')).toBe(true);

    const scenarios = sheet(sheets, 'Сценарии');
    expect(scenarios.rows[0]).toEqual(['Параметр', 'Пессимистичный', 'Ожидаемый', 'Оптимистичный', 'Единица']);
    // Defaults: half and one and a half times the 8 % frequency uplift.
    expect(figures(scenarios, 'Рост частоты покупок').slice(1, 4)).toEqual([0.04, 0.08, expect.closeTo(0.12, 12)]);
    expect(row(scenarios, 'ROI')[2]).toMatchObject({ value: expected.roi });

    expect(sheet(sheets, 'Выводы').rows).toEqual([
      ['Параметр', 'Значение'],
      ['Решение', 'Запускать программу'],
      ['Заметки и обоснование', 'Заметка'],
      ['Следующие шаги', 'Шаг'],
    ]);
  });

  it('leaves out the result sheets, with a note, while inputs are missing', () => {
    const sheets = roiSheets(roiState(), context);
    expect(sheets.map((spec) => spec.name)).toEqual(['Исходные данные', 'Результаты', 'Оценка по данным', 'Выводы']);
    const results = sheet(sheets, 'Результаты');
    expect(results.rows.flat()).toContain('Не все параметры программы заполнены, поэтому результаты не рассчитаны.');
    expect(row(sheet(sheets, 'Исходные данные'), 'Валовая маржа')).toEqual(['Валовая маржа', null, '%']);
  });

  it('shows percents, amounts in the workbook’s currency and dates in Excel as the steps show them', async () => {
    resetWorkbook(demoRoiState());
    const ru = writtenWorkbook(await programRoi.toSheets(demoRoiState(), context), { locale: 'ru', currency: 'RUB' });
    // An input as typed: the discount step's 30 % margin is 0.3 shown as 30%; a computed ROI has one decimal and its sign.
    expect(rowCells(ru, 'Исходные данные', 'Валовая маржа')[1]).toMatchObject({ t: 'n', v: 0.3, z: '0%', w: '30%' });
    expect(rowCells(ru, 'Исходные данные', 'Средний чек')[1]).toMatchObject({ t: 'n', v: 1800, z: '#,##0" ₽"', w: '1,800 ₽' });
    expect(rowCells(ru, 'Результаты', 'ROI')[1]).toMatchObject({ t: 'n', z: '+0.0%;-0.0%;0.0%' });
    expect(rowCells(ru, 'Результаты', 'ROI')[1]?.w).toMatch(/^\+\d+\.\d%$/);
    expect(rowCells(ru, 'Результаты', 'Чистый эффект')[1]).toMatchObject({ t: 'n', z: '#,##0" ₽"' });
    expect(rowCells(ru, 'Оценка по данным', 'Дата запуска программы')[1]).toMatchObject({ t: 'd', w: '01.09.2023' });
    expect(sheetCells(ru, 'Оценка по месяцам')[1]?.[1]).toMatchObject({ t: 'd', w: '01.09.2022' });

    const en = writtenWorkbook(
      await programRoi.toSheets(demoRoiState(), { locale: 'en', format: createFormatters('en', 'USD'), datasets: exportDatasets('program-roi') }),
      { locale: 'en', currency: 'USD' },
    );
    expect(rowCells(en, 'Inputs', 'Average purchase')[1]).toMatchObject({ z: '"$"#,##0', w: '$1,800' });
    expect(rowCells(en, 'Evaluation from data', 'Program launch date')[1]).toMatchObject({ t: 'd', w: '1 Sep 2023' });
  });

  it('names the sheets in the export language', () => {
    expect(roiSheets(demoRoiState(), { locale: 'en', format: createFormatters('en', 'USD'), datasets: exportDatasets('program-roi') }).map((spec) => spec.name)).toEqual([
      'Inputs', 'Results', 'Monthly', 'Sensitivity', 'Scenarios', 'Evaluation from data', 'Evaluation by month', 'Conclusions',
    ]);
    expect(roiSheets(demoRoiState(), { locale: 'zh', format: createFormatters('zh', 'CNY'), datasets: exportDatasets('program-roi') })[0]?.name).toBe('输入数据');
  });
});

function summary(fileName: string, rows: number): DatasetSummary {
  return datasetSummary(fileName, rows, { sheet: fileName, importedAt: '2026-02-01T09:00:00.000Z' });
}


/** The rows a participant imports: stored in IndexedDB, summarised in progress, as the import step does it. */
async function importRows(specId: string, rows: TypedRow[], fileName: string): Promise<void> {
  const location = locationOf(specId);
  const saved = await saveDataset(location.owner, location.id, rows, summary(fileName, rows.length));
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary(fileName, rows.length));
}

/** Where the step keeps a file: the sales in "My data", the member list with the exercise. */
function locationOf(specId: string) {
  return datasetLocation('program-roi', specId === 'sales' ? salesSpec : memberListSpec);
}

describe('the evaluation sheets of the ROI export', () => {
  /** The demo program, compared on the participant's own sales around a launch on 1 March 2024. */
  const ownState = (evaluation: Partial<EvaluationSettings> = {}): RoiState => roiState({ evaluation: { launchDate: '2024-03-01', ...evaluation } }, 'demo');

  beforeEach(async () => {
    await closeDatasetsDatabase();
    await resetDatasetsDatabase();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('computes the comparison from the imported sales: groups, DiD, effect against cost, months', async () => {
    const state = ownState();
    resetWorkbook(state);
    await importRows('sales', handCheckedSalesRows(), 'продажи.csv');
    const sheets = await programRoi.toSheets(state, context);
    const evaluation = sheet(sheets, 'Оценка по данным');
    expect(row(evaluation, 'Данные')[1]).toBe('Ваши продажи: 14 строк.');
    expect(figures(evaluation, 'Файл продаж')[1]).toBe('продажи.csv');
    expect(evaluation.rows.flat()).not.toContain('Демонстрационные данные (вымышленный магазин): свои продажи вы не загружали.');

    // Windows Jan–Feb and Mar–Apr, per customer per month. Members M1, M2: before (100 + 100 + 300) / (2 × 2) = 125,
    // after (150 + 50 + 200 + 300 + 300) / 4 = 250; purchase days before 3 / 4 = 0.75, after 4 / 4 = 1.
    expect(figures(evaluation, 'Участники')).toEqual(['Участники', 2, 125, 250, 125, 0.75, 1, 0.25]);
    // Non-members N1, N2: before (100 + 100 + 200) / 4 = 100, after (100 + 300) / 4 = 100; days 3 / 4 and 2 / 4.
    expect(figures(evaluation, 'Остальные')).toEqual(['Остальные', 2, 100, 100, 0, 0.75, 0.5, -0.25]);
    // (250 − 125) − (100 − 100) = 125; (1 − 0.75) − (0.5 − 0.75) = 0.5.
    expect(figures(evaluation, 'Эффект на траты')).toEqual(['Эффект на траты', 125, 'RUB на клиента в месяц']);
    expect(figures(evaluation, 'Эффект на частоту')[1]).toBeCloseTo(0.5, 12);
    expect(figures(evaluation, 'Разность разностей')).toEqual(['Разность разностей', null, null, null, 125, null, null, 0.5]);
    expect(figures(evaluation, 'Новые клиенты после запуска (не сравниваются: у них нет «до»)')[1]).toBe(1);
    expect(figures(evaluation, 'Длина каждого окна')[1]).toBe(2);

    // Scaled to the demo program's 20 000 members over 2 months: 125 × 20 000 × 2 = 5 000 000 of sales, × 0.28 margin = 1 400 000.
    // Cost: rewards 0.03 × (1 − 0.3) × 250 × 40 000 = 210 000; setup 1 500 000 + 2 × 250 000; members 12 × 40 000 = 480 000.
    expect(figures(evaluation, 'Дополнительная валовая прибыль')[1]).toBeCloseTo(1_400_000, 6);
    expect(figures(evaluation, 'Погашенные бонусы')[1]).toBeCloseTo(210_000, 6);
    expect(figures(evaluation, 'Затраты на программу')).toEqual(['Затраты на программу', expect.closeTo(2_690_000, 6), 'RUB']);
    expect(figures(evaluation, 'Чистый эффект')[1]).toBeCloseTo(-1_290_000, 6);
    expect(figures(evaluation, 'ROI')[1]).toBeCloseTo(-1_290_000 / 2_690_000, 12);

    const months = sheet(sheets, 'Оценка по месяцам');
    // January: members (100 + 300) / 2 = 200, non-members (100 + 0) / 2 = 50.
    expect(months.rows.slice(1).map((cells) => cells.map(figure))).toEqual([
      [-2, new Date(2024, 0, 1), 200, 50, 'да'],
      [-1, new Date(2024, 1, 1), 50, 150, 'да'],
      [0, new Date(2024, 2, 1), 250, 50, 'да'],
      [1, new Date(2024, 3, 1), 250, 150, 'да'],
    ]);
  });

  it('computes on the demo shop when nothing is imported, and says so', async () => {
    resetWorkbook(demoRoiState());
    const sheets = await programRoi.toSheets(demoRoiState(), context);
    const evaluation = sheet(sheets, 'Оценка по данным');
    expect(row(evaluation, 'Данные')[1]).toBe('Демонстрационные данные (вымышленный магазин): свои продажи вы не загружали.');
    const demo = evaluateProgram({ sales: salesFromRows(demoSalesRows()).sales, launchDate: DEMO_EVALUATION_LAUNCH, maxWindowMonths: 12, membership: { kind: 'column' } });
    if (demo.kind !== 'ready') throw new Error(demo.reason);
    expect(figures(evaluation, 'Эффект на траты')[1]).toBe(demo.result.spendDid);
    expect(sheet(sheets, 'Оценка по месяцам').rows).toHaveLength(24 + 1);
  });

  it('still exports when the browser storage cannot be read, with a note and the demo figures', async () => {
    const state = ownState();
    resetWorkbook(state);
    useWorkbookStore.getState().recordDatasetSummary(locationOf('sales'), summary('продажи.csv', 14));
    vi.stubGlobal('indexedDB', undefined);
    const sheets = await programRoi.toSheets(state, context);
    const evaluation = sheet(sheets, 'Оценка по данным');
    expect(evaluation.rows.flat()).toContain(
      'Загруженные продажи не удалось прочитать из хранилища браузера, поэтому результаты ниже посчитаны на демонстрационных данных. Загрузите файл ещё раз и выгрузите снова.',
    );
    expect(row(evaluation, 'Данные')[1]).toBe('Демонстрационные данные (вымышленный магазин): свои продажи вы не загружали.');
    // The demo sales end on 2024-08-31: a launch on 2024-03-01 leaves six whole months after it, so six on each side.
    expect(figures(evaluation, 'Длина каждого окна')[1]).toBe(6);
    expect(typeof figures(evaluation, 'Эффект на траты')[1]).toBe('number');
  });

  it('names a member list that progress lists but the browser no longer holds, and computes nothing without it', async () => {
    const state = ownState({ memberSource: 'list' });
    resetWorkbook(state);
    await importRows('sales', handCheckedSalesRows(), 'продажи.csv');
    useWorkbookStore.getState().recordDatasetSummary(locationOf('members'), summary('участники.xlsx', 2));
    const sheets = await programRoi.toSheets(state, context);
    const evaluation = sheet(sheets, 'Оценка по данным');
    expect(figures(evaluation, 'Файл списка участников')[1]).toBe('участники.xlsx');
    expect(evaluation.rows.flat()).toContain(
      'Загруженный список участников не удалось прочитать из хранилища браузера, поэтому сравнение не посчитано. Загрузите список ещё раз и выгрузите снова.',
    );
    expect(evaluation.rows.some((cells) => cells[0] === 'Эффект на траты')).toBe(false);
    expect(sheets.some((spec) => spec.name === 'Оценка по месяцам')).toBe(false);
  });
});
