import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { salesSpec } from '../../src/data/salesSpec';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, openApp, plain, stepHeading, type App } from './browser';
import {
  LAUNCH,
  STEP,
  chooseFile,
  fixture,
  importAndAccept,
  mappingSelect,
  metricText,
  salesImport,
  selectedText,
  setLaunchDate,
  shot,
  storedSummary,
  tableRows,
} from './salesImport';

/**
 * The participant's own spreadsheet, through the import screen of the ROI step "Оценка по данным
 * продаж": choose a file, check and fix the mapping, read the report, accept, and find the data after
 * a reload. The fixtures and the figures expected from them: test/fixtures/import/README.md.
 */

/** Workers the page started, by URL: one per import screen, however many files and calls it serves. */
function recordWorkers(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

/** The import's workers (the step's analysis has a worker of its own, evaluation.worker-…). */
function expectWorkersFromApp(app: App, urls: readonly string[], count: number): void {
  for (const url of urls) expect(url.startsWith(app.baseUrl)).toBe(true);
  expect(urls.filter((url) => /\/assets\/worker-/.test(url))).toHaveLength(count);
  // The comparison over the imported rows ran in its worker, not in the page.
  expect(urls.some((url) => /\/assets\/evaluation\.worker-/.test(url))).toBe(true);
}

describe('a participant imports their own sales on the ROI evaluation step', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports an .xlsx with a title row, after fixing the member column by hand, and finds it after a reload', async () => {
    // Date cells are instants to SheetJS: away from UTC a careless reading shifts them by a day.
    app = await openApp({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    const { page } = app;
    const workers = recordWorkers(page);
    await app.goto(STEP);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Оценка по данным продаж');
    await page.getByText('Демонстрационные данные', { exact: true }).waitFor();
    await shot(page, '01-idle');

    const fileName = 'Продажи январь — апрель 2025.xlsx';
    await chooseFile(page, fileName, fixture('sales-2025.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const mapping = salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' });
    await mapping.waitFor();
    const block = salesImport(page);
    expect(plain(await block.textContent())).toContain(`Файл «${fileName}»`);
    // The title and the blank row above the table are not taken for headers.
    expect(plain(await block.textContent())).toContain('Названия столбцов найдены в строке 3.');
    expect(await selectedText(mappingSelect(page, 'Клиент'))).toBe('Покупатель');
    expect(await selectedText(mappingSelect(page, 'Дата'))).toBe('Дата покупки');
    expect(await selectedText(mappingSelect(page, 'Сумма'))).toBe('Сумма, руб.');
    // «Бонусная карта» is no synonym of "member": the guess leaves it out, and the participant picks it.
    const member = mappingSelect(page, 'Участник программы (да/нет)');
    expect(await selectedText(member)).toBe('— нет в файле —');
    await shot(salesImport(page), '02-mapping-proposed');
    await member.selectOption({ label: 'Бонусная карта' });
    expect(await selectedText(member)).toBe('Бонусная карта');

    const preview = block.getByRole('region', { name: 'Первые строки — так, как они будут прочитаны' }).getByRole('table');
    // «Магазин» is proposed as the shared sales file's region or channel (the customer base exercise reads it).
    await expect.poll(async () => (await tableRows(preview))[0], EVENTUALLY).toEqual(['Строка', 'Клиент', 'Дата', 'Сумма', 'Регион или канал', 'Участник программы (да/нет)']);
    // Sheet row 4 is the first under the header; the date cell is read as the calendar day it shows.
    expect((await tableRows(preview))[1]).toEqual(['4', 'К-1001', '01.01.2025', '1 000,00', 'Тверская', 'да']);
    await shot(salesImport(page), '03-mapping-fixed');

    await block.getByRole('button', { name: 'Импортировать' }).click();
    const reportHeading = block.getByRole('heading', { name: 'Отчёт об импорте' });
    await reportHeading.waitFor();
    expect(await metricText(page, 'Прочитано строк')).toBe('201');
    expect(await metricText(page, 'Импортировано')).toBe('200');
    expect(await metricText(page, 'Пропущено')).toBe('1');
    const problems = block.getByRole('region', { name: 'Замечания по столбцам' }).getByRole('table');
    expect(await tableRows(problems)).toEqual([
      ['Столбец', 'Причина', 'Сколько', 'Например', 'Что с ними'],
      ['Сумма', 'не число', '1 из 201', 'строка 72: уточнить', 'строки пропущены'],
    ]);
    // Nothing is stored before the participant accepts: the step still computes on the demo.
    expect(await page.getByText('Демонстрационные данные', { exact: true }).isVisible()).toBe(true);
    await shot(salesImport(page), '04-report');

    await block.getByRole('button', { name: 'Принять и сохранить' }).click();
    await expect.poll(() => block.getByRole('status').textContent(), EVENTUALLY).toBe('Данные сохранены.');
    await expect.poll(() => storedSummary(page), EVENTUALLY).toMatch(
      new RegExp(`^Загруженные данныеФайл «${fileName}», загружен \\d{2}\\.\\d{2}\\.\\d{4}\\.Импортировано 200 строк, пропущена 1\\.`),
    );
    await expect.poll(() => page.getByText('Ваши продажи: 200 строк.').isVisible(), EVENTUALLY).toBe(true);
    expect(await page.getByText('Демонстрационные данные', { exact: true }).count()).toBe(0);

    // The demo's launch date lies before these sales; the participant enters their own.
    await setLaunchDate(page, LAUNCH);
    const expectResults = async () => {
      await expect.poll(() => metricText(page, 'Эффект на траты'), EVENTUALLY).toBe('+320 ₽');
      // January to April whole: two months on each side of the launch.
      expect(plain(await page.getByRole('region', { name: 'Результаты сравнения' }).textContent())).toContain(
        'Окно «до»: 01.01.2025 — 28.02.2025; окно «после»: 01.03.2025 — 30.04.2025',
      );
      expect(await metricText(page, 'Эффект на частоту')).toBe('+1');
      expect(await metricText(page, 'Прирост трат участников')).toBe('+29,6 %');
      expect(await metricText(page, 'Простое сравнение после запуска')).toBe('+520 ₽');
      const groups = await tableRows(page.getByRole('table', { name: 'В среднем на одного клиента в месяц' }));
      expect(groups[1]).toEqual(['Участники', '20', '1 000 ₽', '1 400 ₽', '+400 ₽', '1', '2', '+1']);
      expect(groups[2]).toEqual(['Остальные', '20', '800 ₽', '880 ₽', '+80 ₽', '1', '1', '0']);
    };
    await expectResults();
    await shot(salesImport(page), '05-accepted');
    await shot(page.getByRole('region', { name: 'Результаты сравнения' }), '05-accepted-results');

    await page.reload();
    await expect.poll(() => storedSummary(page), EVENTUALLY).toContain(`Файл «${fileName}»`);
    expect(await storedSummary(page)).toContain('Импортировано 200 строк, пропущена 1.');
    await expectResults();
    await shot(salesImport(page), '06-after-reload');

    // The Excel export computes the comparison over the stored rows in the analysis worker, as the step does.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Выгрузить в Excel' }).click()]);
    const exported = XLSX.read(await downloadedBytes(download), { type: 'buffer', dense: true });
    const evaluation = XLSX.utils.sheet_to_json<unknown[]>(exported.Sheets['Оценка по данным'] ?? {}, { header: 1, raw: true, blankrows: false });
    expect(evaluation.find((row) => row[0] === 'Эффект на траты')?.[1]).toBe(320);
    expect(evaluation.find((row) => row[0] === 'Файл продаж')?.[1]).toBe(fileName);

    // Inspection, the member column fixed by hand, the import and the save: one worker did them all.
    expectWorkersFromApp(app, workers, 1);
    expectNoTrouble(app);
  });

  it('reads a Windows-1251 CSV with semicolons, then replaces it with another file and removes it', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    const workers = recordWorkers(page);
    const requested: string[] = [];
    app.context.on('request', (request) => requested.push(request.url()));
    await app.goto(STEP);
    await setLaunchDate(page, LAUNCH);

    await chooseFile(page, 'выгрузка 1С.csv', fixture('sales-cp1251.csv'), 'text/csv');
    const block = salesImport(page);
    const encoding = block.getByLabel('Кодировка', { exact: true });
    await encoding.waitFor();
    expect(await selectedText(encoding)).toBe('Windows-1251 (кириллица)');
    expect(plain(await block.textContent())).toContain('Определена кодировка Windows-1251 (кириллица).');
    expect(await selectedText(block.getByLabel('Разделитель', { exact: true }))).toBe('точка с запятой ( ; )');
    expect(await selectedText(mappingSelect(page, 'Участник программы (да/нет)'))).toBe('Участник программы');
    const preview = block.getByRole('region', { name: 'Первые строки — так, как они будут прочитаны' }).getByRole('table');
    // Cyrillic decoded, "1 234,56" read as a number, "10.01.2025" as a date.
    expect((await tableRows(preview))[1]).toEqual(['2', 'Иванова А.', '10.01.2025', '1 234,56', 'да']);
    // The amount written with a no-break space between thousands; amounts all shown with two decimals.
    expect((await tableRows(preview))[3]).toEqual(['4', 'Иванова А.', '10.03.2025', '2 000,00', 'да']);
    await shot(salesImport(page), '07-csv-cp1251-inspected');

    await block.getByRole('button', { name: 'Импортировать' }).click();
    await block.getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
    expect(await metricText(page, 'Прочитано строк')).toBe('16');
    expect(await metricText(page, 'Пропущено')).toBe('0');
    expect(await block.getByText('Все строки прочитаны без замечаний.').isVisible()).toBe(true);
    await block.getByRole('button', { name: 'Принять и сохранить' }).click();
    await expect.poll(() => storedSummary(page), EVENTUALLY).toContain('Файл «выгрузка 1С.csv»');
    // Members before the launch: (1 234,56 + 1 000) / 2 = 1 117,28; DiD (1 750,25 − 1 117,28) − (1 050 − 1 000) = 582,97.
    await expect.poll(() => metricText(page, 'Эффект на траты'), EVENTUALLY).toBe('+583 ₽');
    const groups = page.getByRole('table', { name: 'В среднем на одного клиента в месяц' });
    expect((await tableRows(groups))[1]?.slice(0, 4)).toEqual(['Участники', '2', '1 117 ₽', '1 750 ₽']);

    // Replace: the new file's figures take over once it is accepted.
    await block.getByRole('button', { name: 'Заменить другим файлом' }).click();
    await chooseFile(page, 'продажи-2.csv', fixture('sales-replacement.csv'), 'text/csv');
    await block.getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor();
    expect(await selectedText(block.getByLabel('Кодировка', { exact: true }))).toBe('UTF-8 (Юникод)');
    expect(plain(await block.textContent())).toContain('Определена кодировка UTF-8 (Юникод) (с меткой BOM).');
    expect(await selectedText(block.getByLabel('Разделитель', { exact: true }))).toBe('запятая ( , )');
    // Until the new file is accepted, the old one still drives the results.
    expect(await metricText(page, 'Эффект на траты')).toBe('+583 ₽');
    await importAndAccept(page, 16);
    await expect.poll(() => storedSummary(page), EVENTUALLY).toContain('Файл «продажи-2.csv»');
    await expect.poll(() => metricText(page, 'Эффект на траты'), EVENTUALLY).toBe('+200 ₽');

    // Remove: asked first; cancelling keeps the data.
    await block.getByRole('button', { name: 'Удалить', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Удалить загруженные данные?' });
    await dialog.waitFor();
    expect(plain(await dialog.textContent())).toContain('Строки из файла «продажи-2.csv» будут удалены из этого браузера.');
    await shot(page, '08-remove-confirm');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await storedSummary(page)).toContain('Файл «продажи-2.csv»');

    await block.getByRole('button', { name: 'Удалить', exact: true }).click();
    await dialog.getByRole('button', { name: 'Удалить данные' }).click();
    await expect.poll(() => block.getByRole('status').textContent(), EVENTUALLY).toBe('Данные удалены.');
    expect(await storedSummary(page)).toBe('');
    await expect.poll(() => page.getByText('Демонстрационные данные', { exact: true }).isVisible(), EVENTUALLY).toBe(true);
    await shot(salesImport(page), '09-removed');
    await page.reload();
    await page.getByText('Демонстрационные данные', { exact: true }).waitFor();
    expect(await storedSummary(page)).toBe('');
    expect(await block.getByRole('button', { name: 'Выбрать файл' }).isVisible()).toBe(true);

    // Two files on one screen, inspected, imported and saved: still one worker, and no SheetJS for a CSV.
    expectWorkersFromApp(app, workers, 1);
    expect(requested.filter((url) => /\/assets\/(xlsx|sheetSource)-/.test(url))).toEqual([]);
    expectNoTrouble(app);
  });

  it('refuses a picture renamed .xlsx in plain Russian and keeps the data imported before', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    await setLaunchDate(page, LAUNCH);
    await chooseFile(page, 'продажи.csv', fixture('sales-replacement.csv'), 'text/csv');
    await importAndAccept(page, 16);
    await expect.poll(() => metricText(page, 'Эффект на траты'), EVENTUALLY).toBe('+200 ₽');

    const block = salesImport(page);
    await block.getByRole('button', { name: 'Заменить другим файлом' }).click();
    await chooseFile(page, 'отчёт.xlsx', fixture('not-a-table.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const alert = block.getByRole('alert');
    await expect.poll(async () => plain(await alert.textContent()), EVENTUALLY).toBe(
      'Это не таблица: файл «отчёт.xlsx» не похож ни на книгу Excel, ни на CSV (может быть, это картинка, PDF или архив). Откройте его в Excel и сохраните как .xlsx или .csv.' +
        'Загруженные раньше данные из файла «продажи.csv» не изменились.',
    );
    await shot(salesImport(page), '10-bad-file');
    expect(await metricText(page, 'Эффект на траты')).toBe('+200 ₽');

    await block.getByRole('button', { name: 'Оставить как есть' }).click();
    expect(await storedSummary(page)).toContain('Файл «продажи.csv»');
    await page.reload();
    await expect.poll(() => storedSummary(page), EVENTUALLY).toContain('Импортировано 16 строк.');
    await expect.poll(() => metricText(page, 'Эффект на траты'), EVENTUALLY).toBe('+200 ₽');
    expectNoTrouble(app);
  });

  it('downloads a blank template with Russian headers, its example and accepted values on the guide sheet', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      salesImport(page).getByRole('button', { name: 'Скачать пустой шаблон (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('шаблон — Продажи по клиентам.xlsx');
    const book = XLSX.read(await downloadedBytes(download), { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Данные', 'Описание столбцов']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Данные']!, { header: 1, raw: false });
    // The header row alone: an example row here was imported as a customer C0001 by whoever typed below it. Every
    // column of the shared sales file, in the spec's order: the ones the ROI evaluation reads and those other exercises do.
    expect(rows).toEqual([salesSpec.columns.map((column) => column.label.ru)]);
    expect(rows[0]?.slice(0, 3)).toEqual(['Клиент', 'Дата', 'Сумма']);
    const guide = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Описание столбцов']!, { header: 1, raw: false });
    expect(guide[1]?.[4]).toBe('C0001');
    const memberRow = guide.find((row) => row[0] === 'Участник программы (да/нет)');
    expect(memberRow?.slice(3, 5)).toEqual(['Одно из: да, нет, 1, 0.', 'да']);
    expectNoTrouble(app);
  });

  it('shows the mapping and the preview on a projector, in presenter mode', async () => {
    app = await openApp({ locale: 'ru-RU', viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    await app.goto(STEP, { presenter: true });
    await chooseFile(page, 'выгрузка 1С.csv', fixture('sales-cp1251.csv'), 'text/csv');
    const block = salesImport(page);
    await block.getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor();
    await block.scrollIntoViewIfNeeded();
    await shot(page, '11-presenter-mapping');
    await shot(block, '11-presenter-mapping-whole');
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    // ←/→ move between steps in presenter mode, but not while the trainer changes a mapping.
    const member = mappingSelect(page, 'Участник программы (да/нет)');
    await member.focus();
    await page.keyboard.press('ArrowRight');
    expect(await stepHeading(page).textContent()).toBe('Оценка по данным продаж');
    expect(await selectedText(member)).toBe('Участник программы');
    // Nor with the focus elsewhere: the file waits to be imported, and leaving the step would drop it.
    await member.blur();
    await page.keyboard.press('ArrowRight');
    expect(await stepHeading(page).textContent()).toBe('Оценка по данным продаж');
    expect(await block.getByRole('region', { name: 'Какой столбец файла что означает' }).isVisible()).toBe(true);
    await block.getByRole('button', { name: 'Импортировать' }).click();
    await block.getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
    await shot(block, '12-presenter-report');
    await block.getByRole('button', { name: 'Отказаться' }).click();
    await shot(page.getByRole('region', { name: 'Результаты сравнения' }), '13-presenter-results');
    expectNoTrouble(app);
  });
});
