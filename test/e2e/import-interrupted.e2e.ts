import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, expectNoTrouble, openApp, plain, type App } from './browser';
import { CP1251_FILE, CP1251_ROWS, STEP, chooseFile, importCp1251Sales, salesImport, storedSummary } from './salesImport';

/**
 * A tab reloaded (or closed) in the middle of an import or of its save must leave what was saved before:
 * the file's summary and the rows it describes, never one without the other.
 */

const FIRST_FILE = CP1251_FILE;
const FIRST_ROWS = CP1251_ROWS;
const BIG_FILE = 'продажи за два года.csv';
const BIG_ROWS = 400_000;

/** A UTF-8 sales export large enough that its import takes a moment: the reload lands in the middle of it. */
function bigSalesCsv(): Buffer {
  const lines = ['Клиент;Дата;Сумма;Участник программы'];
  for (let i = 0; i < BIG_ROWS; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()}`;
    lines.push(`К-${i % 5000};${date};${(100 + (i % 900)).toString()},50;${i % 3 === 0 ? 'да' : 'нет'}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

async function chooseBigFile(page: Page): Promise<void> {
  await salesImport(page).getByRole('button', { name: 'Заменить другим файлом' }).click();
  await chooseFile(page, BIG_FILE, bigSalesCsv(), 'text/csv');
  await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor();
}

async function expectFirstFileKept(page: Page): Promise<void> {
  await expect.poll(() => storedSummary(page), EVENTUALLY).toContain(`Файл «${FIRST_FILE}»`);
  expect(await storedSummary(page)).toContain(`Импортировано ${FIRST_ROWS} строк`);
  await expect.poll(() => page.getByText(`Ваши продажи: ${FIRST_ROWS} строк.`).isVisible(), EVENTUALLY).toBe(true);
}

describe('an import interrupted by a reload', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('keeps the data saved before when the tab reloads during the import', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    await importCp1251Sales(page);
    await chooseBigFile(page);
    await salesImport(page).getByRole('button', { name: 'Импортировать' }).click();
    await salesImport(page).locator('progress').waitFor();
    await page.reload();
    await expectFirstFileKept(page);
    expectNoTrouble(app);
  });

  it('after a reload during the save, shows one file with its own rows: the old one or the new one, never a mix', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    await importCp1251Sales(page);
    await chooseBigFile(page);
    await salesImport(page).getByRole('button', { name: 'Импортировать' }).click();
    await salesImport(page).getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
    await salesImport(page).getByRole('button', { name: 'Принять и сохранить' }).click();
    await page.reload();

    await expect.poll(() => storedSummary(page), EVENTUALLY).toMatch(/Файл «/);
    const summary = await storedSummary(page);
    const rowsShown = async () => plain(await page.getByText(/^Ваши продажи: /).textContent());
    if (summary.includes(`Файл «${BIG_FILE}»`)) {
      await expect.poll(rowsShown, EVENTUALLY).toBe('Ваши продажи: 400 000 строк.');
    } else {
      expect(summary).toContain(`Файл «${FIRST_FILE}»`);
      await expect.poll(rowsShown, EVENTUALLY).toBe(`Ваши продажи: ${FIRST_ROWS} строк.`);
    }
    expectNoTrouble(app);
  });
});
