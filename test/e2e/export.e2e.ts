import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Page } from 'playwright-core';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, openApp, plain, stubPrintDialog, type App } from './browser';
import { exportRuleBreaches, readWorkbook, rowCells } from '../exportedWorkbook';

const ROI_TITLE = 'Эффективность программы лояльности (ROI)';
const RU_SHEETS = ['Исходные данные', 'Результаты', 'По месяцам', 'Чувствительность', 'Сценарии', 'Выводы'];

type Row = unknown[];

async function exportWorkbook(page: Page, buttonName: string): Promise<{ fileName: string; workbook: XLSX.WorkBook }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const workbook = readWorkbook(await downloadedBytes(download));
  return { fileName: download.suggestedFilename(), workbook };
}

function sheetRows(workbook: XLSX.WorkBook, name: string): Row[] {
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`no sheet "${name}" in ${JSON.stringify(workbook.SheetNames)}`);
  return XLSX.utils.sheet_to_json<Row>(sheet, { header: 1, raw: true, blankrows: false });
}

/** The value beside a row's label: the column a reader looks at first. */
function valueOf(rows: Row[], label: string): unknown {
  const row = rows.find((candidate) => candidate[0] === label);
  if (!row) throw new Error(`no row "${label}" in ${JSON.stringify(rows.map((candidate) => candidate[0]))}`);
  return row[1];
}

/** The named sheets come in this order; an exercise may add others between them. */
function expectSheetsInOrder(names: string[], expected: string[]): void {
  expect(names).toEqual(expect.arrayContaining(expected));
  expect(names.filter((name) => expected.includes(name))).toEqual(expected);
}

describe('export: Excel and the printed report', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('downloads an .xlsx whose named sheets hold the inputs and results as numbers', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount');
    await page.getByLabel('Валовая маржа', { exact: true }).fill('25');
    await page.getByRole('link', { name: /Выводы и решение/ }).click();
    await page.getByRole('radio', { name: 'Запускать программу' }).check();
    await page.getByLabel('Заметки и обоснование', { exact: true }).fill('Маржа 25 % — проверить на пилоте');

    const { fileName, workbook } = await exportWorkbook(page, 'Выгрузить в Excel');
    expect(fileName).toMatch(/\.xlsx$/);
    expect(fileName).toContain('ROI');
    expectSheetsInOrder(workbook.SheetNames, RU_SHEETS);

    const inputs = sheetRows(workbook, 'Исходные данные');
    // Shares as fractions, so the workbook can compute with them: 25 % is 0.25.
    expect(valueOf(inputs, 'Валовая маржа')).toBe(0.25);
    expect(valueOf(inputs, 'Скидка')).toBe(0.1);
    expect(valueOf(inputs, 'Участники программы')).toBe(20_000);
    expect(valueOf(inputs, 'Средний чек')).toBe(1_800);

    const results = sheetRows(workbook, 'Результаты');
    // 0.1 / (0.25 − 0.1) = 2/3: the required uplift for a 10 % discount at a 25 % margin.
    expect(valueOf(results, 'Нужный прирост объёма')).toBeCloseTo(2 / 3, 12);
    for (const label of ['Дополнительная валовая прибыль', 'Стоимость программы', 'Чистый эффект', 'ROI', 'Окупаемость']) {
      expect(typeof valueOf(results, label), label).toBe('number');
    }
    expect(Number.isInteger(valueOf(results, 'Окупаемость'))).toBe(true);

    // One row per month of the demo's 24-month horizon, every figure a number.
    const monthly = sheetRows(workbook, 'По месяцам');
    const months = monthly.slice(1);
    expect(months).toHaveLength(24);
    expect(months.map((row) => row[0])).toEqual(Array.from({ length: 24 }, (_, index) => index + 1));
    for (const row of months) {
      expect(row.every((cell) => typeof cell === 'number' && Number.isFinite(cell)), JSON.stringify(row)).toBe(true);
    }

    const sensitivity = sheetRows(workbook, 'Чувствительность');
    expect(sensitivity.length).toBeGreaterThan(5);
    expect(sensitivity.slice(1).every((row) => typeof row[4] === 'number')).toBe(true);

    // Excel shows what the screen shows: the margin as a percent, amounts in roubles; no ids, no ISO dates, no raw decimals.
    expect(rowCells(workbook, 'Исходные данные', 'Валовая маржа')[1]).toMatchObject({ t: 'n', v: 0.25, z: '0%' });
    expect(rowCells(workbook, 'Результаты', 'Чистый эффект')[1]).toMatchObject({ t: 'n', z: '#,##0" ₽"' });
    expect(rowCells(workbook, 'Оценка по данным', 'Дата запуска программы')[1]).toMatchObject({ t: 'd', w: '01.09.2023' });
    expect(exportRuleBreaches(workbook, [])).toEqual([]);

    const conclusions = sheetRows(workbook, 'Выводы');
    expect(valueOf(conclusions, 'Решение')).toBe('Запускать программу');
    expect(valueOf(conclusions, 'Заметки и обоснование')).toBe('Маржа 25 % — проверить на пилоте');
    expectNoTrouble(app);
  });

  it('names the sheets in the language of the interface', async () => {
    app = await openApp({ locale: 'zh-CN' });
    const { page } = app;
    await app.goto('#/ex/program-roi/economics');
    const { workbook } = await exportWorkbook(page, '导出到 Excel');
    expectSheetsInOrder(workbook.SheetNames, ['输入数据', '结果', '按月', '敏感性', '情景', '结论']);
    expect(typeof valueOf(sheetRows(workbook, '输入数据'), '平均客单价')).toBe('number');
    expectNoTrouble(app);
  });

  it('prints a report of every step with its charts', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    const printCalls = await stubPrintDialog(page);
    await app.goto('#/ex/program-roi/economics');
    await page.getByRole('button', { name: 'Печать отчёта' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/ex\/program-roi\/report$/);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), EVENTUALLY).toBe(ROI_TITLE);
    const stepHeadings = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).filter((text) => /^\d+\. /.test(text));
    expect(stepHeadings).toEqual(
      expect.arrayContaining(['1. Безубыточность скидки', '2. Экономика программы', '3. Чувствительность и сценарии']),
    );
    expect(stepHeadings.at(-1)).toMatch(/^\d+\. Выводы и решение$/);

    for (const chart of [
      'Какой прирост продаж нужен при разной скидке',
      'Накопленный эффект по месяцам',
      'Что сильнее всего влияет на ROI',
      'Чистый эффект по сценариям',
    ]) {
      const figure = page.getByRole('figure', { name: chart });
      await expect.poll(() => figure.getByRole('img', { name: chart, exact: true }).locator('svg').count(), EVENTUALLY).toBeGreaterThan(0);
    }
    expect(plain(await page.getByRole('main').textContent())).not.toMatch(/NaN|Infinity|undefined/);

    // The report asks for the print dialog by itself once the charts have laid out.
    await expect.poll(printCalls, EVENTUALLY).toBe(1);
    await page.getByRole('button', { name: 'Печать отчёта' }).click();
    expect(await printCalls()).toBe(2);

    // On paper: no header or buttons, the charts stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').first().isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /Вернуться к упражнению/ }).isVisible()).toBe(false);
    expect(await page.getByRole('figure', { name: 'Что сильнее всего влияет на ROI' }).isVisible()).toBe(true);
    expectNoTrouble(app);
  });
});
