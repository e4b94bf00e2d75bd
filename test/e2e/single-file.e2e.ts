import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readWorkbook } from '../exportedWorkbook';
import { EVENTUALLY, downloadedBytes, launchBrowser, metricValue, plain, stepHeading, stubPrintDialog } from './browser';
import { distDir } from './preview-server.mjs';
import { CP1251_ROWS, STEP, importCp1251Sales, storedSummary } from './salesImport';

/**
 * Issue 17: dist/loyalty-workbook.html, the workbook in one file, opened from file:// as from a USB stick,
 * with every request but that file's own blocked: the page, its workers (the import worker with SheetJS and
 * papaparse, the ROI evaluation worker) and the export must need nothing else, and progress and the
 * imported rows must survive a reload.
 */

const SINGLE_FILE = join(distDir(), 'loyalty-workbook.html');

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every request the browser made for something other than the file itself (blocked). */
  otherRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/** Inline content (data:, blob:) is the page's own bytes, never a request to anything. */
function isPagesOwn(url: string, fileUrl: string): boolean {
  return url.split('#')[0] === fileUrl || url.startsWith('blob:') || url.startsWith('data:') || url === 'about:blank';
}

async function openSingleFile(): Promise<Opened & { fileUrl: string }> {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: \`npm run build\` writes it`);
  const fileUrl = pathToFileURL(SINGLE_FILE).href;
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce', timezoneId: 'Europe/Moscow' });
  const otherRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isPagesOwn(url, fileUrl)) await route.continue();
    else {
      otherRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  // Routes see what the page asks for; this also sees what a worker asks for.
  context.on('request', (request) => {
    if (!isPagesOwn(request.url(), fileUrl) && !otherRequests.includes(request.url())) otherRequests.push(request.url());
  });
  await context.routeWebSocket(/.*/, (ws) => {
    otherRequests.push(ws.url());
    void ws.close();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return { context, page, otherRequests, pageErrors, consoleErrors, fileUrl };
}

describe('the single-file workbook from file://, with no network', () => {
  let opened: Opened | undefined;
  afterEach(async () => {
    await opened?.context.close().catch(() => undefined);
    opened = undefined;
  });

  it('runs the ROI exercise: figures, the import and evaluation workers, Excel, print, and a reload', async () => {
    const single = await openSingleFile();
    opened = single;
    const { page } = single;
    const printCalls = await stubPrintDialog(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await page.goto(`${single.fileUrl}#/ex/program-roi/discount`);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Безубыточность скидки');
    // The seminar's example: margin 30 %, discount 10 % needs 50 % more volume.
    await page.getByLabel('Валовая маржа', { exact: true }).fill('30');
    await page.getByLabel('Скидка', { exact: true }).fill('10');
    await expect.poll(async () => plain(await metricValue(page, 'Нужный прирост объёма').textContent()), EVENTUALLY).toBe('+50 %');

    // The evaluation step: a CSV in Windows-1251 through the import worker, stored, then compared in its worker.
    await page.goto(`${single.fileUrl}#${STEP.slice(1)}`);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Оценка по данным продаж');
    await importCp1251Sales(page);
    // Members spent 765,44 ₽ and 500,50 ₽ a month more after the launch, the others 50 ₽ more each:
    // (765,44 + 500,50) / 2 − 50 = 582,97 ₽ (test/fixtures/import/README.md).
    await expect.poll(async () => plain(await metricValue(page, 'Эффект на траты').textContent()), EVENTUALLY).toBe('+583 ₽');
    // Both ran as workers from blob URLs: the page's own code, no file beside it.
    expect(workers.length).toBeGreaterThanOrEqual(2);
    for (const url of workers) expect(url).toMatch(/^blob:/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Выгрузить в Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = readWorkbook(await downloadedBytes(download));
    expect(workbook.SheetNames).toContain('Исходные данные');

    await page.getByRole('button', { name: 'Печать отчёта' }).click();
    await expect.poll(printCalls, EVENTUALLY).toBe(1);

    // Progress (localStorage) and the imported rows (IndexedDB) are kept under file:// too.
    await page.reload();
    await page.goto(`${single.fileUrl}#${STEP.slice(1)}`);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Оценка по данным продаж');
    await expect.poll(() => storedSummary(page), EVENTUALLY).toContain(`${CP1251_ROWS} строк`);
    await page.goto(`${single.fileUrl}#/ex/program-roi/discount`);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Безубыточность скидки');
    expect(plain(await page.getByLabel('Скидка', { exact: true }).inputValue())).toBe('10');

    expect(single.otherRequests).toEqual([]);
    expect(single.pageErrors).toEqual([]);
    expect(single.consoleErrors).toEqual([]);
  });
});
