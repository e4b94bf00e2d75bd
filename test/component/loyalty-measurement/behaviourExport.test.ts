import { beforeEach, describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/i18n/format';
import { isNumberCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import type { TypedRow } from '../../../src/data/import/types';
import { salesSpec } from '../../../src/data/salesSpec';
import { saveDataset } from '../../../src/store/datasets';
import { datasetLocation } from '../../../src/store/datasetLocation';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import { exportDatasets } from '../../../src/workbook/exerciseData';
import { behaviourSheets, loadBehaviourExportData } from '../../../exercises/loyalty-measurement/export/behaviour';
import { blankLoyaltyState, demoLoyaltyState } from '../../../exercises/loyalty-measurement/demo';
import { demoSalesRows } from '../../../exercises/loyalty-measurement/demo/retailer';
import { analyseBehaviour, behaviourSalesFromRows } from '../../../exercises/loyalty-measurement/model/behaviour';
import { datasetSummary, workbookSettings } from '../../builders';

const TODAY = '2026-12-01';
const context = { locale: 'ru' as const, format: createFormatters('ru', 'RUB'), datasets: exportDatasets('loyalty-measurement') };

function sheet(sheets: SheetSpec[], name: string): SheetSpec {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}: ${sheets.map((each) => each.name).join(', ')}`);
  return found;
}

/** A row's cells after its label, as the figures a formula computes with. */
function figures(spec: SheetSpec, label: string): (CellValue | undefined)[] {
  const found = spec.rows.find((cells) => cells[0] === label);
  if (!found) throw new Error(`no row ${label} on ${spec.name}`);
  return found.slice(1).map((cell) => (isNumberCell(cell) ? cell.value : cell));
}

async function storeSales(rows: TypedRow[]): Promise<void> {
  const location = datasetLocation('loyalty-measurement', salesSpec);
  const summary = datasetSummary('продажи 2025.csv', rows.length, { importedAt: new Date().toISOString() });
  const saved = await saveDataset(location.owner, location.id, rows, summary);
  if (!saved.ok) throw new Error(saved.error.detail);
  useWorkbookStore.getState().recordDatasetSummary(location, summary);
}

const sale = (customer: string, date: string): TypedRow => ({ customer, date, amount: 100 });

describe('the behaviour sheets of the Excel export', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
  });

  it('computes the demo retailer as the step does, numbers as numbers with percent formats', async () => {
    const state = demoLoyaltyState();
    const data = await loadBehaviourExportData(state, context, TODAY);
    const result = analyseBehaviour(
      behaviourSalesFromRows(demoSalesRows()),
      { period: 'month', windowFrom: null, windowTo: null, lapseFactor: 3, oneTimeLapseDays: 180, countRowsAsPurchases: false },
      TODAY,
    );
    if (result.kind !== 'ready') throw new Error(result.kind);
    const sheets = behaviourSheets(state, data, context);
    expect(sheets.map((each) => each.name)).toEqual(['Поведение — сводка', 'Поведение — удержание', 'Поведение — когорты', 'Поведение — интервалы', 'Поведение — лестница']);
    const summary = sheet(sheets, 'Поведение — сводка');
    expect(figures(summary, 'Данные')[0]).toBe('Демо-данные: вымышленная розничная сеть');
    expect(figures(summary, 'Доля повторных покупателей')).toEqual([result.figures.repeatRate, 'доля']);
    const repeat = summary.rows.find((cells) => cells[0] === 'Доля повторных покупателей')?.[1];
    expect(isNumberCell(repeat) && repeat.format).toBe('percent');
    expect(figures(summary, 'Клиентов в окне')).toEqual([result.figures.customers, 'клиентов']);
    const cohorts = sheet(sheets, 'Поведение — когорты');
    expect(cohorts.rows).toHaveLength(1 + result.figures.cohorts.rows.length + 1);
    // Month 0 of every cohort is 100 %.
    for (const row of cohorts.rows.slice(1)) expect(isNumberCell(row[2]) ? row[2].value : null).toBe(1);
  });

  it('reads the imported sales from storage and writes their hand-checked figures', async () => {
    // A Jan + Feb, B Jan + Mar, C Feb + Mar, D Jan (2025).
    await storeSales([sale('A', '2025-01-03'), sale('A', '2025-02-14'), sale('B', '2025-01-20'), sale('B', '2025-03-02'), sale('C', '2025-02-01'), sale('C', '2025-03-31'), sale('D', '2025-01-09')]);
    const state = demoLoyaltyState();
    const data = await loadBehaviourExportData(state, context, TODAY);
    expect(data).toMatchObject({ source: 'imported', salesFile: 'продажи 2025.csv', unreadable: false });
    const sheets = behaviourSheets(state, data, context);
    const summary = sheet(sheets, 'Поведение — сводка');
    expect(figures(summary, 'Данные')[0]).toBe('продажи 2025.csv');
    // 3 of 4 bought twice; retention Feb 1/3, Mar 1/2, mean 5/12; churn 7/12.
    expect(figures(summary, 'Доля повторных покупателей')[0]).toBe(0.75);
    expect(figures(summary, 'Удержание, месяц к месяцу')[0]).toBeCloseTo(5 / 12, 12);
    expect(figures(summary, 'Отток, среднее по периодам')[0]).toBeCloseTo(7 / 12, 12);
    expect(figures(summary, 'Покупок в окне')[0]).toBe(7);

    const retention = sheet(sheets, 'Поведение — удержание');
    expect(retention.rows.slice(1).map((row) => row.slice(1).map((cell) => (isNumberCell(cell) ? cell.value : cell)))).toEqual([
      [3, null, null],
      // 1 − 1/3 in binary floating point is 0.6666666666666667, a hair above 2/3.
      [2, 1 / 3, 1 - 1 / 3],
      [2, 1 / 2, 1 / 2],
    ]);
    // January: A, B, D; in February A (1/3), in March B (1/3). February: C, back in March. The data start in
    // January, so the pooled row is February's cohort alone.
    const cohorts = sheet(sheets, 'Поведение — когорты');
    expect(cohorts.rows.slice(1).map((row) => row.map((cell) => (isNumberCell(cell) ? cell.value : cell)))).toEqual([
      [new Date(2025, 0, 1), 3, 1, 1 / 3, 1 / 3],
      [new Date(2025, 1, 1), 1, 1, 1],
      ['Все когорты', 1, 1, 1],
    ]);
    expect(sheet(sheets, 'Поведение — лестница').rows[1]).toEqual(['Первая покупка', 1, { value: 0.25, format: 'percent', decimals: 1 }]);
  });

  it('says why there are no figures: no sales at all, or one purchase per customer', async () => {
    const none = await loadBehaviourExportData(blankLoyaltyState(), context, TODAY);
    expect(behaviourSheets(blankLoyaltyState(), none, context).map((each) => each.name)).toEqual(['Поведение — сводка']);
    expect(figures(behaviourSheets(blankLoyaltyState(), none, context)[0] as SheetSpec, 'Данные')[0]).toMatch(/^Продажи не загружены/);

    await storeSales([sale('R-1', '2025-01-03'), sale('R-2', '2025-01-04')]);
    const once = await loadBehaviourExportData(blankLoyaltyState(), context, TODAY);
    const sheets = behaviourSheets(blankLoyaltyState(), once, context);
    expect(sheets).toHaveLength(1);
    expect(figures(sheets[0] as SheetSpec, 'Удержание посчитать нельзя: никто не купил дважды')[0]).toMatch(/^Каждый из клиентов в файле \(2\) купил ровно один раз/);
  });
});
