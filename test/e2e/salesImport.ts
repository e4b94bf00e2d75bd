import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { EVENTUALLY, metricValue, plain } from './browser';

/**
 * The sales import block of the ROI step "Оценка по данным продаж", as the browser tests drive it: the
 * fixtures of test/fixtures/import/, the block and its controls by their Russian names, and what it says.
 *
 * E2E_SHOTS_DIR=/tmp/import-shots also saves a screenshot of each phase there, for review.
 */

export const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
export const STEP = '#/ex/program-roi/evaluation';
export const LAUNCH = '2025-03-01';
const SHOTS_DIR = process.env.E2E_SHOTS_DIR;

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** The visible part of the page, or one element of it whole. */
export async function shot(target: Page | Locator, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await target.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

/** The import block of the sales file (a section named by its spec's title). */
export function salesImport(page: Page): Locator {
  return page.getByRole('region', { name: 'Продажи по клиентам' });
}

export async function chooseFile(page: Page, name: string, bytes: Buffer, mimeType: string): Promise<void> {
  // The button opens the system dialog; the test hands the file to the input behind it, as the dialog would.
  await salesImport(page).getByTestId('dataset-file-input').setInputFiles({ name, mimeType, buffer: bytes });
}

export function mappingSelect(page: Page, column: string): Locator {
  return salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).getByLabel(column, { exact: true });
}

export async function selectedText(select: Locator): Promise<string> {
  return plain(await select.locator('option:checked').textContent());
}

/** Cell texts of the table's rows (header row first), no-break spaces read as spaces. */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows = await table.getByRole('row').all();
  return Promise.all(rows.map(async (row) => (await row.getByRole('cell').or(row.getByRole('columnheader')).or(row.getByRole('rowheader')).allTextContents()).map(plain)));
}

export async function metricText(page: Page, label: string): Promise<string> {
  return plain(await metricValue(page, label).textContent());
}

export async function setLaunchDate(page: Page, date: string): Promise<void> {
  await page.getByLabel('Дата запуска программы', { exact: true }).fill(date);
}

export async function importAndAccept(page: Page, rowsImported: number): Promise<void> {
  await salesImport(page).getByRole('button', { name: 'Импортировать' }).click();
  await salesImport(page).getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
  expect(await metricText(page, 'Импортировано')).toBe(String(rowsImported));
  await salesImport(page).getByRole('button', { name: 'Принять и сохранить' }).click();
  await expect.poll(() => salesImport(page).getByRole('status').textContent(), EVENTUALLY).toBe('Данные сохранены.');
}

/** What the import block says about the stored data, or '' while it shows something else. */
export async function storedSummary(page: Page): Promise<string> {
  const block = salesImport(page).locator('.dataset-import__existing');
  return (await block.count()) === 0 ? '' : plain(await block.textContent());
}

/** The Windows-1251 export of test/fixtures/import (16 sales rows), imported and accepted with launch date LAUNCH. */
export const CP1251_FILE = 'выгрузка 1С.csv';
export const CP1251_ROWS = 16;

export async function importCp1251Sales(page: Page): Promise<void> {
  await setLaunchDate(page, LAUNCH);
  await chooseFile(page, CP1251_FILE, fixture('sales-cp1251.csv'), 'text/csv');
  await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor();
  await importAndAccept(page, CP1251_ROWS);
  await expect.poll(() => page.getByText(`Ваши продажи: ${CP1251_ROWS} строк.`).isVisible(), EVENTUALLY).toBe(true);
}


/** The shared sales and customer-list blocks of a customer exercise's data step, by their Russian titles. */
export const customerImportBlock = (page: Page, title: 'Продажи по клиентам' | 'Справочник клиентов') => page.getByRole('region', { name: title, exact: true });

/** Chooses the file in an import block, imports it and waits for the report (not yet accepted). */
export async function importFile(block: Locator, name: string, bytes: Buffer): Promise<void> {
  await block.getByTestId('dataset-file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await block.getByRole('button', { name: 'Импортировать' }).click();
  await block.getByRole('heading', { name: 'Отчёт об импорте' }).waitFor(EVENTUALLY);
}

/** Accepts the report in an import block and waits until the rows are stored. */
export async function accept(block: Locator): Promise<void> {
  await block.getByRole('button', { name: 'Принять и сохранить' }).click();
  await expect.poll(() => block.getByRole('status').textContent(), EVENTUALLY).toBe('Данные сохранены.');
}

/** A CSV as written for Russian Excel (BOM, `;`, quotes doubled inside quoted cells), as rows of cells. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') cell += source[++i];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      rows.at(-1)?.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      rows.at(-1)?.push(cell);
      cell = '';
      rows.push([]);
    } else cell += char;
  }
  if (cell !== '') rows.at(-1)?.push(cell);
  return rows.filter((row) => row.some((value) => value !== ''));
}
