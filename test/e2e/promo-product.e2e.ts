import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exportRuleBreaches, readWorkbook, rowCells } from '../exportedWorkbook';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, metricValue, openApp, openStep, plain, type App } from './browser';
import { shot } from './salesImport';

/**
 * A participant's own receipts through the whole promo-product exercise in the built app: a Russian till export
 * (Windows-1251, `;`, `1 234,56`, dd.mm.yyyy) imported on "Чеки", its planted rule found on "Что покупают вместе",
 * milk marked as a price indicator and then picked as the promo product (the warning), a reload that keeps it
 * all, and the Excel export. Fixture: test/fixtures/promo/README.md.
 */

const FIXTURE = readFileSync(new URL('../fixtures/promo/receipts-ru-1251.csv', import.meta.url));
const PASTA = 'Макароны перья 450 г';
const SAUCE = 'Соус томатный 350 г';
const MILK = 'Молоко 3,2% 1 л';

const receiptsImport = (page: Page) => page.getByRole('region', { name: 'Чеки (строки чеков)' });
const metric = async (page: Page, label: string) => plain(await metricValue(page, label).textContent());

describe('a participant chooses a promo product from their own receipts', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports a Russian till export, finds the planted rule, is warned about an indicator, reloads and exports', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await openStep(app, '#/ex/promo-product/receipts', 'Чеки');

    await receiptsImport(page).getByTestId('dataset-file-input').setInputFiles({ name: 'чеки сентябрь.csv', mimeType: 'text/csv', buffer: FIXTURE });
    await receiptsImport(page).getByRole('button', { name: 'Импортировать' }).click();
    await receiptsImport(page).getByRole('heading', { name: 'Отчёт об импорте' }).waitFor(EVENTUALLY);
    expect(await metric(page, 'Импортировано')).toBe('2 046');
    await receiptsImport(page).getByRole('button', { name: 'Принять и сохранить' }).click();
    await expect.poll(() => receiptsImport(page).getByRole('status').textContent(), EVENTUALLY).toBe('Данные сохранены.');
    // 800 receipts; the three returned lines are read and left out of every figure.
    await expect.poll(() => metric(page, 'Чеков в расчёте'), EVENTUALLY).toBe('800');
    expect(await metric(page, 'Строк прочитано')).toBe('2 046');
    await shot(page, 'promo-receipts-imported');

    // The planted rule: pasta brings tomato sauce along.
    await openStep(app, '#/ex/promo-product/rules', 'Что покупают вместе');
    const rules = page.getByRole('table', { name: 'Правила' });
    await rules.waitFor(EVENTUALLY);
    await page.getByLabel('Товар', { exact: true }).selectOption({ label: PASTA });
    await expect.poll(async () => plain(await rules.textContent()), EVENTUALLY).toContain(SAUCE);
    const pastaRow = rules.getByRole('row').filter({ hasText: PASTA }).filter({ hasText: SAUCE }).first();
    expect(plain(await pastaRow.textContent())).toMatch(/\d/);
    await shot(page, 'promo-rules-pasta');

    // Milk is this shop's price indicator.
    await openStep(app, '#/ex/promo-product/price-indicators', 'Товары-индикаторы цены');
    await page.getByLabel('Найти товар').fill('Молоко');
    await page.getByRole('checkbox', { name: new RegExp(`^${MILK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — в`) }).check();

    // …and picked as the promo product anyway: the step warns, with the reason.
    await openStep(app, '#/ex/promo-product/candidates', 'Кандидаты в промо');
    await page.getByLabel('Найти товар').fill('Молоко');
    await page.getByRole('button', { name: `Выбрать ${MILK}` }).click();
    const warning = page.getByText(`${MILK} — индикатор цены`, { exact: true });
    await warning.waitFor(EVENTUALLY);
    await shot(page, 'promo-candidates-indicator');

    // Everything is still there after a reload.
    await page.reload();
    await page.getByText(`${MILK} — индикатор цены`, { exact: true }).waitFor(EVENTUALLY);
    await openStep(app, '#/ex/promo-product/conclusions', 'Выводы');
    await expect.poll(async () => plain(await page.getByRole('region', { name: 'Что это значит' }).textContent()), EVENTUALLY).toContain(`«${MILK}» отмечен как товар-индикатор цены`);

    const [download] = await Promise.all([page.waitForEvent('download', EVENTUALLY), page.getByRole('button', { name: 'Выгрузить в Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = readWorkbook(await downloadedBytes(download));
    for (const sheet of ['Правила', 'Выводы']) expect(workbook.SheetNames, sheet).toContain(sheet);
    expect(rowCells(workbook, 'Выводы', 'Товар')[1]?.v).toBe(MILK);
    expect(exportRuleBreaches(workbook, [])).toEqual([]);
    expectNoTrouble(app);
  });
});
