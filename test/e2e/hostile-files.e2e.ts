import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { EVENTUALLY, expectNoTrouble, openApp, plain, type App } from './browser';
import { STEP, chooseFile, salesImport, storedSummary } from './salesImport';
import { workbookDeclaring } from '../fixtures/craftedWorkbook';

/** A small real workbook whose zip directory claims `size` unpacked bytes per part, as a zip bomb's does. */
function zipBomb(size: number): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Клиент', 'Дата', 'Сумма'], ['К-1', '01.02.2025', 100]]), 'Продажи');
  const bytes = Buffer.from(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  for (let at = 0; at + 46 <= bytes.length; at++) if (bytes.readUInt32LE(at) === 0x02014b50) bytes.writeUInt32LE(size, at + 24);
  return bytes;
}

describe('files made to hurt', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('refuses a workbook that would unpack to gigabytes at once, in plain Russian, and the tab goes on', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    const started = Date.now();
    await chooseFile(page, 'выгрузка.xlsx', zipBomb(0xfffffff0), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const alert = salesImport(page).getByRole('alert');
    await expect.poll(async () => plain(await alert.textContent()), EVENTUALLY).toContain('но внутри него');
    expect(plain(await alert.textContent())).toContain('а предел — 600 МБ');
    // Refused from the zip's directory, not after inflating it.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await storedSummary(page)).toBe('');
    // The page still answers: the demo data and the import button are there.
    expect(await page.getByText('Демонстрационные данные', { exact: true }).isVisible()).toBe(true);
    expect(await salesImport(page).getByRole('button', { name: 'Выбрать файл' }).isVisible()).toBe(true);
    expectNoTrouble(app);
  });

  it('refuses a small workbook that declares three million rows before reading them, and the tab goes on', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    const started = Date.now();
    await chooseFile(page, 'три миллиона.xlsx', Buffer.from(workbookDeclaring(3_000_000, true)), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const alert = salesImport(page).getByRole('alert');
    await expect.poll(async () => plain(await alert.textContent()), EVENTUALLY).toContain('2 999 999');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await salesImport(page).getByRole('button', { name: 'Выбрать файл' }).isVisible()).toBe(true);
    expectNoTrouble(app);
  });
});

