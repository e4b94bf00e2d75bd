import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, expectNoTrouble, metricValue, openApp, openStep, plain, startFromScratch, type App } from './browser';
import { CP1251_FILE, CP1251_ROWS, STEP as ROI_STEP, importCp1251Sales, metricText, salesImport, shot, storedSummary, tableRows } from './salesImport';

/**
 * Issue 9's last "done when": a sales file imported once serves every exercise that reads sales. Imported on the ROI
 * evaluation step, it is what loyalty measurement's behaviour step and customer-base's data step compute on, with
 * no second import; "My data" on the home page lists it once with the three exercises; removed there, each is back
 * to its demo or its invitation.
 */

const LOYALTY_STEP = '#/ex/loyalty-measurement/behaviour';
const CUSTOMER_BASE_STEP = '#/ex/customer-base/data';
const ROI_TITLE = 'Эффективность программы лояльности (ROI)';
const LOYALTY_TITLE = 'Как измерять лояльность клиентов';
const CUSTOMER_BASE_TITLE = 'Приоритеты клиентской базы';
const SEGMENTATION_TITLE = 'Внутренняя сегментация клиентов';


const demoNote = (page: Page) => page.getByText('Демонстрационные данные', { exact: true });

/**
 * The behaviour step's figures from test/fixtures/import/sales-cp1251.csv: 4 customers buying once a month,
 * January to April 2025, 16 purchases in all.
 *   Repeat rate: all 4 bought more than once → 100 %.
 *   Revenue: Иванова 2 × 1 234,56 + 2 × 2 000 = 6 469,12; Петров 2 × 1 000 + 2 × 1 500,50 = 5 001;
 *   Сидоров 2 × 900 + 2 × 950 = 3 700; Кузнецова 2 × 1 100 + 2 × 1 150 = 4 500 → 19 670,12.
 *   Average check: 19 670,12 / 16 = 1 229,38 → 1 229 ₽.
 */
async function expectLoyaltyFigures(page: Page): Promise<void> {
  await page.getByText(`Ваши продажи: ${CP1251_ROWS} строк.`).waitFor(EVENTUALLY);
  expect(await metricText(page, 'Клиентов в окне')).toBe('4');
  expect(await metricText(page, 'Доля повторных покупателей')).toBe('100 %');
  expect(await metricText(page, 'Средний чек')).toBe('1 229 ₽');
}

/**
 * Customer-base's overview of the same file: the window is the 12 months up to the last sale (13.04.2025), so all
 * 16 purchases count; no document column, so a purchase is a customer's day with a sale; revenue 19 670,12 → 19 670 ₽.
 */
async function expectCustomerBaseFigures(page: Page): Promise<void> {
  const figure = async (label: string) => plain(await metricValue(page, label).textContent());
  await expect.poll(() => figure('Клиентов покупали в окне'), EVENTUALLY).toBe('4');
  expect(await figure('Период анализа')).toBe('14.04.2024 — 13.04.2025');
  expect(await figure('Выручка')).toBe('19 670 ₽');
  expect(await figure('Покупок (дней с покупкой)')).toBe(String(CP1251_ROWS));
  expect(await figure('Покупали только раньше окна')).toBe('0');
}

describe('one sales file, imported once, serves every exercise that reads sales', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports sales on the ROI step, reuses them in loyalty measurement and customer base, lists them once in "My data" and removes them for all', { timeout: 120_000 }, async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;

    await openStep(app, ROI_STEP, 'Оценка по данным продаж');
    await demoNote(page).waitFor(EVENTUALLY);
    await importCp1251Sales(page);
    expect(await demoNote(page).count()).toBe(0);

    // Loyalty measurement, opened for the first time: the file is already there, nothing is imported again.
    await openStep(app, LOYALTY_STEP, 'Поведение по продажам');
    await expectLoyaltyFigures(page);
    expect(await demoNote(page).count()).toBe(0);
    await expect.poll(() => storedSummary(page), EVENTUALLY).toContain(`Файл «${CP1251_FILE}», загружен`);
    expect(await storedSummary(page)).toContain(`Импортировано ${CP1251_ROWS} строк.`);
    expect(await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).count()).toBe(0);
    await shot(page, 'shared-loyalty');

    // Customer base, opened for the first time: the same file, said to be there, and its overview computed on it.
    await openStep(app, CUSTOMER_BASE_STEP, 'Данные о продажах');
    await expectCustomerBaseFigures(page);
    await page.getByText(`Продажи уже есть в «Моих данных»: файл «${CP1251_FILE}»`, { exact: false }).waitFor(EVENTUALLY);
    expect(await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).count()).toBe(0);
    expect(await page.getByText('Сейчас показан учебный бизнес', { exact: true }).count()).toBe(0);
    await shot(page, 'shared-customer-base');

    // "My data": one row for the file, the three exercises as its users.
    await app.goto('#/');
    const myData = page.getByRole('region', { name: 'Мои данные' });
    const files = myData.getByRole('table', { name: 'Загруженные файлы' });
    await files.waitFor(EVENTUALLY);
    const rows = (await tableRows(files)).slice(1);
    expect(rows).toHaveLength(1);
    const [file, what, usedIn, count] = rows[0] ?? [];
    expect([file, what, count]).toEqual([CP1251_FILE, 'Продажи по клиентам (общий файл)', String(CP1251_ROWS)]);
    expect(usedIn?.split(', ').sort()).toEqual([CUSTOMER_BASE_TITLE, LOYALTY_TITLE, ROI_TITLE, SEGMENTATION_TITLE].sort());
    await shot(myData, 'shared-my-data');

    // Starting loyalty measurement from scratch clears its own work, not the file another exercise shares.
    await openStep(app, LOYALTY_STEP, 'Поведение по продажам');
    await startFromScratch(page);
    // The blank state knows no purchase cycle, so retention is now by quarter: the figures were computed again, on the file.
    await page.getByRole('term').filter({ hasText: /^Удержание, квартал к кварталу$/ }).waitFor(EVENTUALLY);
    await expectLoyaltyFigures(page);

    // Removed from "My data", the file is gone for all three.
    await app.goto('#/');
    await myData.getByRole('button', { name: `Удалить «${CP1251_FILE}»` }).click();
    await page.getByRole('dialog', { name: `Удалить «${CP1251_FILE}»?` }).getByRole('button', { name: 'Удалить файл' }).click();
    await expect.poll(async () => plain(await myData.getByRole('status').textContent()), EVENTUALLY).toBe(`Файл «${CP1251_FILE}» удалён.`);
    await myData.getByText('Вы ещё не загружали своих файлов', { exact: false }).waitFor(EVENTUALLY);

    // Loyalty measurement, started from scratch, invites the participant to import sales; nothing stands in.
    await openStep(app, LOYALTY_STEP, 'Поведение по продажам');
    await page.getByText('Загрузите продажи', { exact: true }).waitFor(EVENTUALLY);
    expect(await page.getByText(/^Ваши продажи:/).count()).toBe(0);
    expect(await storedSummary(page)).toBe('');
    await shot(page, 'shared-loyalty-removed');

    // Customer base, still on its demo values, shows its demo business again, with no trace of the file.
    await openStep(app, CUSTOMER_BASE_STEP, 'Данные о продажах');
    await page.getByText('Сейчас показан учебный бизнес', { exact: true }).waitFor(EVENTUALLY);
    expect(await page.getByText('Продажи уже есть в «Моих данных»', { exact: false }).count()).toBe(0);
    await expect.poll(async () => plain(await metricValue(page, 'Клиентов покупали в окне').textContent()), EVENTUALLY).not.toBe('4');
    expect(await storedSummary(page)).toBe('');

    // The ROI step, still on its demo values, computes on the demo again.
    await openStep(app, ROI_STEP, 'Оценка по данным продаж');
    await demoNote(page).waitFor(EVENTUALLY);
    expect(await page.getByText(/^Ваши продажи:/).count()).toBe(0);
    expect(await storedSummary(page)).toBe('');

    expectNoTrouble(app);
  });
});
