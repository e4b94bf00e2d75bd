import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readWorkbook, sheetCells } from '../exportedWorkbook';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, openApp, openStep, plain, type App } from './browser';
import { LIST_BYTES, SALES_BYTES } from './customerBaseFixture';
import { customerFacts, segmentFacts, type CustomerFacts } from './segmentationFixture';
import { accept, csvRows, customerImportBlock, importFile, shot, tableRows } from './salesImport';

/**
 * A participant's own sales through the segmentation exercise in the built app: the Russian accounting export and
 * the customer list customer-base's test imports too (test/fixtures/customer-base), imported on segmentation's
 * "Данные о продажах"; a cross-tab of ABC class × channel read cell by cell, a rule renamed and kept over a reload,
 * the profiles' growth and retention, and the per-customer table for the CRM. Expected figures come from the files
 * (segmentationFixture.ts), not from the screen.
 */

const STEP = (id: string) => `#/ex/segmentation/${id}`;
/** The CRM table and the Excel export run the whole analysis in a worker of their own. */
const EXPORT = { timeout: 60_000 } as const;

/** "14 клиентов", "−9,8 %", "87,5 %" → the number the text starts with. */
function numberIn(text: string | null | undefined): number {
  const match = /[−-]?\d[\d\s\u00a0\u202f]*(?:,\d+)?/.exec(text ?? '');
  if (!match) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(match[0].replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.'));
}

async function importAndAccept(block: Locator, name: string, bytes: Buffer): Promise<void> {
  await importFile(block, name, bytes);
  await accept(block);
}

/** The expected cross-tab: "A|опт" → customers. */
function expectedCells(facts: Map<string, CustomerFacts>): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const { abc, channel } of facts.values()) cells[`${abc}|${channel}`] = (cells[`${abc}|${channel}`] ?? 0) + 1;
  return cells;
}

/** The cross-tab as shown: "A|опт" → customers, from each body cell's first figure. */
async function shownCells(page: Page): Promise<Record<string, number>> {
  const rows = await tableRows(page.getByRole('table', { name: 'Клиенты и доля выручки: «Класс ABC» по строкам, «Канал» по столбцам' }));
  const [header = [], ...body] = rows;
  const columns = header.slice(1, -1);
  const cells: Record<string, number> = {};
  for (const row of body) {
    const [head = '', ...values] = row;
    if (head === 'Всего') continue;
    columns.forEach((column, c) => {
      const text = values[c] ?? '';
      if (!text.startsWith('нет')) cells[`${head}|${column}`] = numberIn(text);
    });
  }
  return cells;
}

/** A row of the profiles' "how they buy" table: its growth and retention, as percentages. */
async function shownMovement(page: Page, segment: string): Promise<{ growth: number; retention: number }> {
  const rows = await tableRows(page.getByRole('table', { name: 'Как покупают и как меняются', exact: true }));
  const [header = []] = rows;
  const row = rows.find((cells) => cells[0] === segment);
  if (!row) throw new Error(`no row ${segment} in ${JSON.stringify(rows.map((cells) => cells[0]))}`);
  return { growth: numberIn(row[header.indexOf('Рост')]), retention: numberIn(row[header.indexOf('Удержание')]) };
}

const percentOf = (share: number | null) => (share === null ? Number.NaN : share * 100);


describe("internal segmentation of the participant's own customers", () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports the sales and the customer list, segments by a cross-tab and by rules, keeps them over a reload, and profiles them', { timeout: 240_000 }, async () => {
    const facts = customerFacts();
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await openStep(app, STEP('data'), 'Данные о продажах');
    await importAndAccept(customerImportBlock(page, 'Продажи по клиентам'), 'продажи 2025.csv', SALES_BYTES);
    await importAndAccept(customerImportBlock(page, 'Справочник клиентов'), 'клиенты.csv', LIST_BYTES);
    // The participant's files feed the exercise: the demo is gone from the screen.
    expect(await page.getByText('Упражнение открыто с демонстрационными значениями', { exact: false }).count()).toBe(0);
    await shot(page, 'sg-data');

    // A cross-tab of ABC class × channel (the customer list's column): every cell's customers.
    await openStep(app, STEP('segments'), 'Сегменты');
    await page.getByRole('radio', { name: /Таблица двух критериев/ }).check();
    await page.getByRole('combobox', { name: 'По строкам' }).selectOption({ label: 'Класс ABC' });
    await page.getByRole('combobox', { name: 'По столбцам' }).selectOption({ label: 'Канал' });
    const cells = expectedCells(facts);
    // Both channels and all three classes hold customers, or the table would say little.
    expect(Object.keys(cells).length).toBeGreaterThanOrEqual(5);
    await expect.poll(() => shownCells(page), EVENTUALLY).toEqual(cells);
    await shot(page, 'sg-cross-tab');

    // The profiles of the cells: growth and retention over the window's halves, per cell and for the whole base.
    await openStep(app, STEP('profiles'), 'Профили сегментов');
    await page.getByTestId('segmentation-figures').waitFor(EVENTUALLY);
    const whole = segmentFacts([...facts.values()]);
    const shownWhole = await shownMovement(page, 'Вся база');
    expect(Math.abs(shownWhole.growth - percentOf(whole.growth))).toBeLessThanOrEqual(0.051);
    expect(Math.abs(shownWhole.retention - percentOf(whole.retention))).toBeLessThanOrEqual(0.051);
    const wholesaleA = segmentFacts([...facts.values()].filter((customer) => customer.abc === 'A' && customer.channel === 'опт'));
    const shownA = await shownMovement(page, 'A · опт');
    expect(Math.abs(shownA.growth - percentOf(wholesaleA.growth))).toBeLessThanOrEqual(0.051);
    expect(Math.abs(shownA.retention - percentOf(wholesaleA.retention))).toBeLessThanOrEqual(0.051);
    await shot(page, 'sg-profiles');

    // Back to the rules: one renamed; the name and the cross-tab's choice survive a reload.
    await openStep(app, STEP('segments'), 'Сегменты');
    await page.getByRole('radio', { name: /Правила по порядку/ }).check();
    const firstName = page.getByRole('textbox', { name: 'Название' }).first();
    await firstName.fill('Крупные, но уходят');
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Название' }).first().inputValue(), EVENTUALLY).toBe('Крупные, но уходят');
    await page.getByRole('radio', { name: /Таблица двух критериев/ }).check();
    await expect.poll(() => shownCells(page), EVENTUALLY).toEqual(cells);

    // A cell becomes a target with a strategy and an owner; the CRM table and the Excel export carry every customer.
    await openStep(app, STEP('targets'), 'Целевые сегменты');
    const card = page.getByRole('article', { name: 'A · опт', exact: true });
    await card.getByRole('checkbox', { name: 'Целевой сегмент' }).check();
    await card.getByRole('combobox', { name: 'Стратегия' }).selectOption({ label: 'Удерживать' });
    await card.getByRole('textbox', { name: 'Ответственный' }).fill('Иванова');
    await page.reload();
    await expect.poll(() => page.getByRole('article', { name: 'A · опт', exact: true }).getByRole('textbox', { name: 'Ответственный' }).inputValue(), EVENTUALLY).toBe('Иванова');
    await shot(page, 'sg-targets');

    const [csvDownload] = await Promise.all([page.waitForEvent('download', EXPORT), page.getByRole('button', { name: 'Скачать в CSV' }).click()]);
    const [header = [], ...customers] = csvRows((await downloadedBytes(csvDownload)).toString('utf8'));
    expect(customers).toHaveLength(facts.size);
    const column = (name: string) => header.indexOf(name);
    for (const row of customers) {
      const fact = facts.get(row[column('Клиент')] ?? '');
      expect(fact, row[column('Клиент')]).toBeDefined();
      expect(row[column('Сегмент')]).toBe(`${fact?.abc} · ${fact?.channel}`);
      const targeted = fact?.abc === 'A' && fact.channel === 'опт';
      expect(row[column('Стратегия')] ?? '').toBe(targeted ? 'Удерживать' : '');
    }

    const [download] = await Promise.all([page.waitForEvent('download', EXPORT), page.getByRole('button', { name: 'Выгрузить в Excel' }).click()]);
    const workbook = readWorkbook(await downloadedBytes(download));
    // In the steps' order; the cross-tab adds its matrix.
    expect(workbook.SheetNames).toEqual(['Данные', 'Критерии', 'Значения критериев', 'Сегменты — как заданы', 'Сегменты — размер', 'Сегменты — таблица', 'Профили сегментов', 'Целевые сегменты', 'Клиенты по сегментам']);
    const [, ...sheetCustomers] = sheetCells(workbook, 'Клиенты по сегментам');
    expect(sheetCustomers.filter((row) => row.some((cell) => cell?.v !== undefined && cell.v !== null))).toHaveLength(facts.size);

    expect(plain(await page.getByRole('main').textContent())).not.toMatch(/NaN|Infinity|undefined/);
    expectNoTrouble(app);
  });
});
