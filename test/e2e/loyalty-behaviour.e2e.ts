import { afterEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, expectNoTrouble, metricValue, openApp, plain, stepHeading, type App } from './browser';
import { chooseFile, importAndAccept, salesImport, shot, tableRows } from './salesImport';

/**
 * The participant's own sales on the loyalty-measurement step "Поведение по продажам": a CSV imported through
 * the real import screen of the built app, analysed in the step's worker, and the cohort table read back.
 */

const STEP = '#/ex/loyalty-measurement/behaviour';

// Ten customers first buying January to April 2025, and C11, first seen in December 2024 (the model's hand-checked case).
const PURCHASES: [string, string[]][] = [
  ['C1', ['2025-01-02', '2025-02-02', '2025-03-02', '2025-04-02']],
  ['C2', ['2025-01-05', '2025-03-05']],
  ['C3', ['2025-01-07']],
  ['C4', ['2025-01-09', '2025-02-09']],
  ['C5', ['2025-02-03', '2025-03-03']],
  ['C6', ['2025-02-06']],
  ['C7', ['2025-02-08', '2025-04-08']],
  ['C8', ['2025-03-04', '2025-04-04']],
  ['C9', ['2025-03-10']],
  ['C10', ['2025-04-11']],
  ['C11', ['2024-12-15', '2025-02-15']],
];
const CSV = ['Клиент;Дата;Сумма', ...PURCHASES.flatMap(([customer, dates]) => dates.map((date) => `${customer};${date};1500`))].join('\n');
const ROWS = PURCHASES.reduce((sum, [, dates]) => sum + dates.length, 0);

describe('a participant imports their sales on the behaviour step', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports a CSV, computes in the step\'s worker, and shows the cohort table', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await app.goto(STEP);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Поведение по продажам');
    await page.getByText('Демонстрационные данные', { exact: true }).waitFor(EVENTUALLY);

    await chooseFile(page, 'продажи.csv', Buffer.from(CSV, 'utf-8'), 'text/csv');
    await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor(EVENTUALLY);
    await importAndAccept(page, ROWS);
    await page.getByText(`Ваши продажи: ${ROWS} строк.`).waitFor(EVENTUALLY);
    await shot(page, 'behaviour-imported');

    // 7 of 11 customers bought twice or more (C1, C2, C4, C5, C7, C8, C11).
    expect(plain(await metricValue(page, 'Доля повторных покупателей').textContent())).toBe('63,6 %');
    const table = page.getByRole('table', { name: 'Доля когорты, купившая в месяце после первой покупки' });
    // December is the data's first month: C11 alone, back in February. January: C1–C4, then 2/4, 2/4, 1/4.
    // The pooled row leaves December out: 4/9 = 44 % in month 1, 3/7 = 43 % in month 2, 1/4 in month 3.
    expect(await tableRows(table)).toEqual([
      ['Месяц первой покупки', 'Клиентов', 'Месяц 0', 'Месяц 1', 'Месяц 2', 'Месяц 3', 'Месяц 4'],
      ['дек. 2024 г.', '1', '100 %', '0 %', '100 %', '0 %', '0 %'],
      ['янв. 2025 г.', '4', '100 %', '50 %', '50 %', '25 %', ''],
      ['февр. 2025 г.', '3', '100 %', '33 %', '33 %', '', ''],
      ['март 2025 г.', '2', '100 %', '50 %', '', '', ''],
      ['апр. 2025 г.', '1', '100 %', '', '', '', ''],
      ['Все когорты', '10', '100 %', '44 %', '43 %', '25 %', ''],
    ]);
    // The rows were analysed in the step's own worker, not in the page.
    expect(workers.some((url) => /\/assets\/behaviour\.worker-/.test(url))).toBe(true);
    expectNoTrouble(app);
  });
});
