import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_RFM_SEGMENTS } from '../../src/customers/rfmDefaults';
import { exportRuleBreaches, readWorkbook, sheetCells } from '../exportedWorkbook';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, openApp, openStep, plain, type App } from './browser';
import { DEFAULT_THRESHOLDS, LIST_BYTES, SALES_BYTES, expectedFigures, isoOf, readSales, type Abc, type Expected, type Xyz } from './customerBaseFixture';
import { accept, csvRows, customerImportBlock, importFile, shot, tableRows } from './salesImport';

/**
 * A participant's own sales through the customer-base exercise in the built app: a Russian accounting export
 * (Windows-1251, `;`, `1 234,56`, dd.mm.yyyy) and a customer list imported on "Данные о продажах", then the
 * figures of every results step, and the per-customer priorities in the step's CSV and the header's Excel export.
 * The expected figures are computed in Node from the fixture files
 * (customerBaseFixture.ts), not copied from the screen. Fixture: test/fixtures/customer-base/README.md.
 */

const STEP = (id: string) => `#/ex/customer-base/${id}`;
/** The BG/NBD fit runs in a worker on a loaded machine: more than the usual wait. */
const FIT = { timeout: 45_000 } as const;
/** The export and the CRM table run every step's analysis (the fit included) in a worker of their own. */
const EXPORT = { timeout: 60_000 } as const;

const integer = (value: number) => plain(new Intl.NumberFormat('ru-RU').format(value));
const ruDate = (day: number) => isoOf(day).split('-').reverse().join('.');

/** "73 431 923 ₽", "−2 300,7", "14 клиентов" → the number the text starts with. */
function numberIn(text: string | null): number {
  const match = /[−-]?\d[\d\s\u00a0\u202f]*(?:,\d+)?/.exec(text ?? '');
  if (!match) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(match[0].replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.'));
}

/** The figure under a card's label within `scope` (see metricValue in browser.ts), as a reader sees it. */
function metric(scope: Locator, label: string): Locator {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return scope.getByRole('term').filter({ hasText: exact }).first().locator('xpath=following-sibling::dd[1]');
}
const metricText = async (scope: Locator, label: string) => plain(await metric(scope, label).textContent());
/** Money is shown rounded to the rouble. */
const expectMoney = async (scope: Locator, label: string, expected: number) => expect(Math.abs(numberIn(await metricText(scope, label)) - expected), label).toBeLessThanOrEqual(0.51);

const importBlock = customerImportBlock;

const ABC_ROWS: Record<Abc, string> = { A: 'A — основа бизнеса', B: 'B — середина', C: 'C — мелкие' };
const XYZ_GROUPS: readonly Xyz[] = ['X', 'Y', 'Z', 'new'];
const cellName = (abc: Abc, xyz: Xyz) => (xyz === 'new' ? `${abc} · новый` : `${abc}${xyz}`);

/** The expected matrix: customers per "AZ", "B · новый"… cell. */
function expectedMatrix(figures: Expected): Record<string, number> {
  const cells: Record<string, number> = {};
  for (const abc of ['A', 'B', 'C'] as const) for (const xyz of XYZ_GROUPS) cells[cellName(abc, xyz)] = 0;
  for (const { abc, xyz } of figures.perCustomer.values()) cells[cellName(abc, xyz)] = (cells[cellName(abc, xyz)] ?? 0) + 1;
  return cells;
}

/** The matrix as the screen shows it: each cell's count, read from its button ("Показать клиентов ячейки AZ: 14 клиентов"). */
async function shownMatrix(page: Page): Promise<Record<string, number>> {
  const table = page.getByRole('table', { name: 'Матрица ABC × XYZ' });
  const cells: Record<string, number> = {};
  for (const name of await table.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''))) {
    const match = /^Показать клиентов ячейки (.+): (.+)$/.exec(name);
    if (match) cells[match[1] as string] = numberIn(match[2] as string);
  }
  return cells;
}

/** The ABC summary table's rows: class → [customers, revenue]. */
async function shownAbc(page: Page): Promise<Record<string, [number, number]>> {
  const rows = await tableRows(page.getByRole('table', { name: 'Классы ABC' }));
  return Object.fromEntries(rows.slice(1).map(([head, customers, , revenue]) => [head ?? '', [numberIn(customers ?? ''), numberIn(revenue ?? '')]]));
}

function expectAbcAgrees(shown: Record<string, [number, number]>, figures: Expected): void {
  for (const abc of ['A', 'B', 'C'] as const) {
    const members = [...figures.perCustomer.values()].filter((customer) => customer.abc === abc);
    const [customers, revenue] = shown[ABC_ROWS[abc]] ?? [Number.NaN, Number.NaN];
    expect(customers, `${abc} customers`).toBe(members.length);
    expect(Math.abs(revenue - members.reduce((sum, customer) => sum + customer.revenue, 0)), `${abc} revenue`).toBeLessThanOrEqual(0.51);
  }
  expect(shown['Всего']?.[0]).toBe(figures.customers.length);
}


/** A row of the RFM segment summary: its customer count. */
async function segmentCount(page: Page, segment: string): Promise<number> {
  const row = page.getByRole('table', { name: 'Сегменты', exact: true }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: segment, exact: true }) });
  return numberIn(await row.getByRole('cell').first().textContent());
}

describe("customer base priorities from the participant's own sales", () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports a Russian accounting export and a customer list, every step computes on them, and the priorities export lists every customer', { timeout: 240_000 }, async () => {
    const figures = expectedFigures();
    const sales = readSales();
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await openStep(app, STEP('data'), 'Данные о продажах');

    // The sales: the report says what was read and which lines were skipped, and why.
    const salesBlock = importBlock(page, 'Продажи по клиентам');
    await importFile(salesBlock, 'продажи 2025.csv', SALES_BYTES);
    expect(await metricText(salesBlock, 'Прочитано строк')).toBe(integer(figures.read));
    expect(await metricText(salesBlock, 'Импортировано')).toBe(integer(figures.imported));
    expect(await metricText(salesBlock, 'Пропущено')).toBe(integer(figures.read - figures.imported));
    // File lines are numbered with the header as line 1.
    const fileLine = (index: number) => integer(index + 2);
    const noCustomer = sales.findIndex((line) => line.customer === '');
    const noAmount = sales.findIndex((line) => line.customer !== '' && line.amount === null);
    const problems = await tableRows(salesBlock.getByRole('region', { name: 'Замечания по столбцам' }).getByRole('table'));
    expect(problems.slice(1).sort()).toEqual(
      [
        ['Клиент', 'пустая ячейка в обязательном столбце', `${figures.skippedNoCustomer} из ${integer(figures.read)}`, `строка ${fileLine(noCustomer)}: (пусто)`, 'строки пропущены'],
        ['Сумма', 'пустая ячейка в обязательном столбце', `${figures.skippedNoAmount} из ${integer(figures.read)}`, `строка ${fileLine(noAmount)}: (пусто)`, 'строки пропущены'],
      ].sort(),
    );
    await shot(page, 'cb-sales-report');
    await accept(salesBlock);

    // The overview of the window: the last 12 months up to the last sale, returns kept, earlier lines left out.
    const overview = page.getByRole('region', { name: 'Что в продажах', exact: true });
    await expect.poll(() => metricText(overview, 'Клиентов покупали в окне'), EVENTUALLY).toBe(integer(figures.customers.length));
    expect(await metricText(overview, 'Период анализа')).toBe(`${ruDate(figures.startDay)} — ${ruDate(figures.analysisDay)}`);
    expect(await metricText(overview, 'Покупали только раньше окна')).toBe(integer(figures.lapsed.length));
    await expectMoney(overview, 'Выручка', figures.revenue);
    await expectMoney(overview, 'Возвраты', figures.returns);
    await expectMoney(overview, 'Валовая маржа', figures.margin);
    expect(await metricText(overview, 'Заказов (документов)')).toBe(integer(figures.orders));
    await overview.getByText(`${integer(figures.linesUsed)} из ${integer(figures.imported)} строк вошли в расчёт.`, { exact: true }).waitFor(EVENTUALLY);
    const leftOut = (await overview.getByRole('listitem').allTextContents()).map(plain);
    expect(leftOut).toContainEqual(expect.stringMatching(new RegExp(`^${integer(figures.linesBefore)} строк\\S* раньше окна — не вошл`)));
    expect(leftOut).toContainEqual(expect.stringMatching(new RegExp(`^из вошедших ${figures.returnLines} строк\\S* — возврат`)));
    expect(await overview.getByText('Справочник не загружен', { exact: false }).count()).toBe(1);

    // The customer list: joined by the customer's code; К-999 is listed but never bought.
    const listBlock = importBlock(page, 'Справочник клиентов');
    await importFile(listBlock, 'клиенты.csv', LIST_BYTES);
    expect(await metricText(listBlock, 'Импортировано')).toBe(integer(figures.listRows));
    expect(await metricText(listBlock, 'Пропущено')).toBe('0');
    await accept(listBlock);
    await expect.poll(() => metricText(overview, 'Клиентов в справочнике'), EVENTUALLY).toBe(integer(figures.listRows));
    expect(figures.listWithoutSales).toEqual(['К-999']);
    expect(await metricText(overview, 'Из них покупали в окне')).toBe(integer(figures.listMatched));
    expect(await metricText(overview, 'Нет ни одной продажи')).toBe(integer(figures.listWithoutSales.length));
    expect(await metricText(overview, 'Коды, указанные дважды')).toBe('0');
    await shot(page, 'cb-data-overview');

    // Pareto and ABC/XYZ at the default thresholds, then with X and Y lines that split this irregular base.
    await openStep(app, STEP('abc-xyz'), 'Парето и ABC/XYZ');
    await expect.poll(async () => (await shownAbc(page))['Всего']?.[0], EVENTUALLY).toBe(figures.customers.length);
    expectAbcAgrees(await shownAbc(page), figures);
    await expect.poll(() => shownMatrix(page), EVENTUALLY).toEqual(expectedMatrix(figures));
    const lines = { ...DEFAULT_THRESHOLDS, x: 50, y: 100 };
    await page.getByLabel('Граница Y', { exact: true }).fill(String(lines.y));
    await page.getByLabel('Граница X', { exact: true }).fill(String(lines.x));
    const split = expectedFigures(lines);
    // The lines must split the customers, or the comparison would say little.
    expect(new Set([...split.perCustomer.values()].map((customer) => customer.xyz)).size).toBe(3);
    await expect.poll(() => shownMatrix(page), EVENTUALLY).toEqual(expectedMatrix(split));
    await shot(page, 'cb-abc-matrix');

    // RFM: widening the champions' recency to 3–5 takes customers from "Лояльные", the rule that caught them before.
    await openStep(app, STEP('rfm'), 'RFM-сегменты');
    const total = page.getByRole('table', { name: 'Сегменты', exact: true }).locator('tfoot').getByRole('cell').first();
    await expect.poll(async () => numberIn(await total.textContent()), EVENTUALLY).toBe(figures.customers.length);
    const champions = await segmentCount(page, 'Чемпионы');
    const loyal = await segmentCount(page, 'Лояльные');
    const recencyFrom = page.getByRole('group', { name: 'R — правило «Чемпионы»' }).getByRole('combobox', { name: 'R от' });
    await recencyFrom.selectOption('3');
    await expect.poll(() => segmentCount(page, 'Чемпионы'), EVENTUALLY).toBeGreaterThan(champions);
    const widened = await segmentCount(page, 'Чемпионы');
    expect(await segmentCount(page, 'Лояльные')).toBe(loyal - (widened - champions));
    expect(numberIn(await total.textContent())).toBe(figures.customers.length);

    // A reload keeps the rule and its count.
    await page.reload();
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).first().textContent(), EVENTUALLY).toBe('RFM-сегменты');
    await expect.poll(() => recencyFrom.inputValue(), EVENTUALLY).toBe('3');
    await expect.poll(() => segmentCount(page, 'Чемпионы'), EVENTUALLY).toBe(widened);
    await shot(page, 'cb-rfm-widened');

    // Customer value: BG/NBD fitted on the imported history (a log-likelihood is a finite negative number).
    await openStep(app, STEP('value'), 'Ценность клиента');
    const main = page.getByRole('main');
    await metric(main, 'Логарифм правдоподобия').waitFor(FIT);
    const logLikelihood = numberIn(await metricText(main, 'Логарифм правдоподобия'));
    expect(Number.isFinite(logLikelihood) && logLikelihood < 0, `log-likelihood ${logLikelihood}`).toBe(true);
    expect(numberIn(await metricText(main, 'CLV среднего клиента'))).toBeGreaterThan(0);

    // Matrices: profit × potential with both lines at their medians, counted in Node the same way.
    await openStep(app, STEP('matrices'), 'Матрицы');
    const quadrants = page.getByRole('table', { name: 'Прибыль × потенциал: четыре группы' });
    const quadrant = async (name: string) => numberIn(plain(await quadrants.getByRole('cell').filter({ has: page.getByText(name, { exact: true }) }).getByText(/^\d[\d\s]* клиент/).first().textContent()));
    await expect.poll(() => quadrant('Развивать'), EVENTUALLY).toBe(figures.profitPotential.develop);
    expect(await quadrant('Удерживать')).toBe(figures.profitPotential.keep);
    expect(await quadrant('Пересмотреть')).toBe(figures.profitPotential.review);
    expect(await quadrant('Обслуживать дешевле')).toBe(figures.profitPotential.serveCheaper);

    // Life cycle and warnings: every window customer has a stage, the lapsed one is apart, some are at risk.
    await openStep(app, STEP('warnings'), 'Жизненный цикл и риски');
    const stages = page.getByRole('table', { name: 'Стадии жизненного цикла' });
    await stages.waitFor(EVENTUALLY);
    const stageRows = (await tableRows(stages)).slice(1);
    const stageCount = (name: string) => numberIn(stageRows.find(([head]) => head === name)?.[1] ?? '');
    expect(stageCount('Ушедшие')).toBe(figures.lapsed.length);
    expect(['Первая покупка', 'Повторные', 'Постоянные', 'Уходящие'].reduce((sum, name) => sum + stageCount(name), 0)).toBe(figures.customers.length);
    const atRisk = page.getByRole('region', { name: 'Клиенты под угрозой' });
    const flagged = numberIn(await atRisk.getByText(/клиент\S* с предупреждениями/).textContent());
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThanOrEqual(figures.customers.length);
    expect((await tableRows(atRisk.getByRole('table'))).length).toBeGreaterThan(1);
    await shot(page, 'cb-warnings');

    // Priorities: the step's CSV for the CRM and the header's Excel export list the same customers, every one who
    // bought in the window, with the classes computed above and the widened champions rule.
    await openStep(app, STEP('priorities'), 'Приоритеты');
    const directions = page.getByRole('table', { name: 'Клиенты и выручка за год по направлениям' });
    const shownDirections = async () => {
      const counts: Record<string, number> = {};
      for (const row of await directions.locator('tbody tr').all()) counts[plain(await row.locator('.cb-priorities-name').textContent())] = numberIn(await row.getByRole('cell').first().textContent());
      return counts;
    };
    const byDirection = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);
    await expect.poll(async () => byDirection(await shownDirections()), EVENTUALLY).toBe(figures.customers.length);
    const onScreen = await shownDirections();
    const [csvDownload] = await Promise.all([page.waitForEvent('download', EXPORT), page.getByRole('button', { name: 'Скачать в CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = csvRows((await downloadedBytes(csvDownload)).toString('utf8'));
    expect(csv[0]?.[0]).toBe('Клиент');
    const ids = [...figures.customers].sort();
    expect(csv.slice(1).map(([id]) => id).sort()).toEqual(ids);
    const csvAbc = csv[0]?.indexOf('ABC') ?? -1;
    expect(csv.slice(1).map((row) => `${row[0]} ${row[csvAbc]}`).sort()).toEqual(ids.map((id) => `${id} ${figures.perCustomer.get(id)?.abc}`));

    const [download] = await Promise.all([page.waitForEvent('download', EXPORT), page.getByRole('button', { name: 'Выгрузить в Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = readWorkbook(await downloadedBytes(download));
    const [header = [], ...customers] = sheetCells(workbook, 'Приоритеты по клиентам').map((row) => row.map((cell) => cell?.v ?? null));
    const column = (name: string) => {
      const index = header.indexOf(name);
      if (index < 0) throw new Error(`no column "${name}" in ${JSON.stringify(header)}`);
      return index;
    };
    const exported = customers.filter((row) => row.some((value) => value !== null));
    expect(exported.map((row) => row[column('Клиент')]).sort()).toEqual(ids);
    for (const row of exported) {
      const expected = split.perCustomer.get(String(row[column('Клиент')]));
      expect([row[column('ABC')], row[column('XYZ')] ?? 'new'], String(row[0])).toEqual([expected?.abc, expected?.xyz]);
      expect(Math.abs(Number(row[column('Выручка за период')]) - (expected?.revenue ?? Number.NaN)), String(row[0])).toBeLessThan(0.01);
    }
    expect(exported.filter((row) => row[column('RFM-сегмент')] === 'Чемпионы')).toHaveLength(widened);
    const exportedDirections: Record<string, number> = {};
    for (const row of exported) exportedDirections[String(row[column('Направление')])] = (exportedDirections[String(row[column('Направление')])] ?? 0) + 1;
    expect(exportedDirections).toEqual(Object.fromEntries(Object.entries(onScreen).filter(([, count]) => count > 0)));
    expect(workbook.SheetNames).toContain('Приоритеты');
    expect(exportRuleBreaches(workbook, DEFAULT_RFM_SEGMENTS.map((segment) => segment.id))).toEqual([]);

    expectNoTrouble(app);
  });
});
