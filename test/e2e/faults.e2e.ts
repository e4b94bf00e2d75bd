import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, downloadedBytes, expectField, expectNoTrouble, openApp, plain, type App } from './browser';
import { STEP, chooseFile, fixture, importCp1251Sales, salesImport } from './salesImport';

/**
 * Faults a real browser can meet: site data deleted in part, a full disk in the middle of a restore, a backup
 * with a damaged exercise or with ids that are Object's own names. Each test says what the user sees and
 * checks that nothing saved before is lost.
 */

const ROI_DISCOUNT = '#/ex/program-roi/discount';

async function restoreFile(page: Page, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Восстановить из файла' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function downloadBackup(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать копию' }).click()]);
  return (await downloadedBytes(download)).toString('utf8');
}

describe('faults', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('IndexedDB deleted: the import block and the backup say the rows are gone, the progress stays', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    await importCp1251Sales(page);

    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase('loyalty-workbook-data');
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    );
    await page.reload();
    await expect.poll(async () => plain(await salesImport(page).textContent()), EVENTUALLY).toContain('а сами строки в этом браузере не найдены');
    expect(plain(await salesImport(page).textContent())).not.toContain('Импортировано 16 строк');
    // The launch date typed before is still there.
    await expectField(page, 'Дата запуска программы', '01.03.2025');
    await downloadBackup(page);
    await expect.poll(async () => plain(await page.getByRole('alert').first().textContent()), EVENTUALLY).toContain('Копия скачана, но без строк этих файлов: «выгрузка 1С.csv»');
    expectNoTrouble(app);
  });

  it('quota full during a restore: nothing is replaced, the user is told, and the work typed before is there', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(ROI_DISCOUNT);
    await page.getByLabel('Валовая маржа', { exact: true }).fill('42');
    const backupText = await downloadBackup(page);
    const other = JSON.parse(backupText) as { workbook: { exercises: Record<string, { state: { discount: { margin: number } } }> } };
    const roi = other.workbook.exercises['program-roi'];
    if (roi) roi.state.discount.margin = 0.17;

    await restoreFile(page, 'other.json', JSON.stringify(other));
    const dialog = page.getByRole('dialog', { name: 'Восстановить из резервной копии?' });
    await dialog.waitFor();
    // The disk fills up just now: localStorage refuses every write.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await dialog.getByRole('button', { name: 'Заменить и восстановить' }).click();
    await expect.poll(async () => plain(await page.getByRole('alert').first().textContent()), EVENTUALLY).toBe(
      'Копия не восстановлена: браузеру не хватило места, чтобы записать прогресс. Прежние данные на месте.',
    );
    await expectField(page, 'Валовая маржа', '42');
    await page.reload();
    await expectField(page, 'Валовая маржа', '42');
    // Nothing restored, so nothing to undo.
    expect(await page.getByRole('button', { name: /^Отменить восстановление/ }).count()).toBe(0);
  });

  it('a backup with a damaged exercise, or with ids named like Object’s methods: refused or listed, never a blank page', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(ROI_DISCOUNT);
    await page.getByLabel('Валовая маржа', { exact: true }).fill('42');
    const backup = JSON.parse(await downloadBackup(page)) as { workbook: { exercises: Record<string, unknown> } };

    const damaged = structuredClone(backup);
    (damaged.workbook.exercises['program-roi'] as { state: unknown }).state = { discount: 'сломано' };
    await restoreFile(page, 'damaged.json', JSON.stringify(damaged));
    await expect.poll(async () => plain(await page.getByRole('alert').first().textContent()), EVENTUALLY).toBe(
      'Резервная копия не восстановлена: данные упражнения «Эффективность программы лояльности (ROI)» в ней повреждены. Ничего не изменилось.',
    );
    await expectField(page, 'Валовая маржа', '42');

    const entry = backup.workbook.exercises['program-roi'];
    const oddText = JSON.stringify(backup).replace('"exercises":{', `"exercises":{"__proto__":${JSON.stringify(entry)},"toString":${JSON.stringify(entry)},"constructor":${JSON.stringify(entry)},`);
    await restoreFile(page, 'odd.json', oddText);
    const dialog = page.getByRole('dialog', { name: 'Восстановить из резервной копии?' });
    await dialog.waitFor();
    const text = plain(await dialog.textContent());
    expect(text).toContain('toString');
    expect(text).toContain('constructor');
    await dialog.getByRole('button', { name: 'Заменить и восстановить' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Резервная копия восстановлена.' }).count(), EVENTUALLY).toBe(1);
    await page.reload();
    await expectField(page, 'Валовая маржа', '42');
    expectNoTrouble(app);
  });

  it('the import worker killed: the user is told, the screen still works, and the data saved before is kept', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    await importCp1251Sales(page);

    await salesImport(page).getByRole('button', { name: 'Заменить другим файлом' }).click();
    await chooseFile(page, 'вторая выгрузка.csv', fixture('sales-cp1251.csv'), 'text/csv');
    await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor();
    const worker = page.workers().find((candidate) => /\/assets\/worker-/.test(candidate.url()));
    expect(worker).toBeDefined();
    // Gone without a word, as a worker the browser stops is.
    await worker?.evaluate(() => self.close());
    await salesImport(page).getByRole('button', { name: 'Импортировать' }).click();
    await expect.poll(async () => plain(await salesImport(page).getByRole('alert').textContent()), { timeout: 20_000 }).toContain('Чтение файла прервалось');
    // The screen goes on: the same file imports with a new worker, and the first file was there all along.
    await salesImport(page).getByRole('button', { name: 'Импортировать' }).click();
    await salesImport(page).getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
    await page.reload();
    await expect.poll(async () => plain(await salesImport(page).textContent()), EVENTUALLY).toContain('Файл «выгрузка 1С.csv»');
  });
});

