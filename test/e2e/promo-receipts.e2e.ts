import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, expectNoTrouble, metricValue, openApp, plain, stepHeading, type App } from './browser';
import { shot } from './salesImport';

/**
 * The participant's receipts on the promo-product step "Чеки", published as one basket per line (no header,
 * items separated by commas, as Groceries): recognised by the import, turned into receipt lines in its worker,
 * stored, and read back by the step's own worker.
 */

const STEP = '#/ex/promo-product/receipts';
// Lines 6–10 of Groceries (arules), as published.
const GROCERIES = [
  'whole milk,butter,yogurt,rice,abrasive cleaner',
  'rolls/buns',
  'other vegetables,UHT-milk,rolls/buns,bottled beer,liquor (appetizer)',
  'pot plants',
  'whole milk,cereals',
].join('\n');

const receiptsImport = (page: Page) => page.getByRole('region', { name: 'Чеки (строки чеков)' });
const metric = async (page: Page, label: string) => plain(await metricValue(page, label).textContent());

describe('a participant imports receipts listed one basket per line', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('recognises the layout, stores receipt lines, and shows their overview', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await app.goto(STEP);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Чеки');

    await receiptsImport(page).getByTestId('dataset-file-input').setInputFiles({ name: 'groceries.csv', mimeType: 'text/csv', buffer: Buffer.from(GROCERIES, 'utf-8') });
    const layout = receiptsImport(page).getByLabel('Как устроен файл', { exact: true });
    await layout.waitFor(EVENTUALLY);
    expect(plain(await layout.locator('option:checked').textContent())).toBe('Строка — список значений, без заголовка');
    await expect.poll(() => receiptsImport(page).getByText('Строки с названиями столбцов нет: каждая строка файла — данные.').isVisible()).toBe(true);
    await shot(receiptsImport(page), 'promo-receipts-inspected');

    await receiptsImport(page).getByRole('button', { name: 'Импортировать' }).click();
    await receiptsImport(page).getByRole('heading', { name: 'Отчёт об импорте' }).waitFor(EVENTUALLY);
    // 5 + 1 + 5 + 1 + 2 items.
    expect(await metric(page, 'Импортировано')).toBe('14');
    await receiptsImport(page).getByRole('button', { name: 'Принять и сохранить' }).click();
    await expect.poll(() => receiptsImport(page).getByRole('status').textContent(), EVENTUALLY).toBe('Данные сохранены.');

    // The overview from the stored lines: 5 receipts, 12 distinct products, two single-item receipts of five.
    await expect.poll(() => metric(page, 'Строк прочитано'), EVENTUALLY).toBe('14');
    expect(await metric(page, 'Чеков в расчёте')).toBe('5');
    expect(await metric(page, 'Разных товаров в файле')).toBe('12');
    expect(await metric(page, 'Чеков из одного товара')).toBe('40 %');
    expect(await metric(page, 'Клиентов')).toBe('нет в файле');
    await expect.poll(() => page.getByRole('radio', { name: 'Категории товаров' }).isDisabled()).toBe(true);
    await shot(page, 'promo-receipts-overview');

    // The file was parsed in the import worker and the overview computed in the step's own worker.
    expect(workers.some((url) => /\/assets\/worker-/.test(url))).toBe(true);
    expect(workers.some((url) => /\/assets\/receipts\.worker-/.test(url))).toBe(true);
    expectNoTrouble(app);
  });
});
