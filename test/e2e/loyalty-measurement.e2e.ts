import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as XLSX from 'xlsx';
import { exportRuleBreaches, idsIn, readWorkbook, rowCells } from '../exportedWorkbook';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, metricValue, openApp, openStep, plain, startFromScratch, type App } from './browser';
import { chooseFile, importAndAccept, salesImport, shot, tableRows } from './salesImport';

/**
 * Issue 13 end to end, in the built app: the loyalty-measurement exercise started from scratch (no demo standing
 * in), a Russian survey CSV in Windows-1251 imported on the survey step, a sales CSV on the behaviour step, the
 * NPS and the cohort table read on screen, the match of the two files on the matrix step, the first measurement
 * recorded on the conclusions step; all of it still there after a reload, and in the Excel export.
 */

const EXERCISE = '#/ex/loyalty-measurement';

// ---------------------------------------------------------------------------------------------------------------
// The survey: 40 answers.
//   NPS: 10 × 10, 8 × 9 (18 promoters); 7 × 8, 5 × 7 (12 passives); 4 × 6, 3 × 5, 2 × 3, 1 × 0 (10 detractors).
//   NPS = 100 × (18 − 10) / 40 = 20.
//   Adjusted Wald (METHODS.md): n = 43, P = 18.75, D = 10.75 → p = 0.436047, d = 0.250000;
//   Var = p + d − (p − d)² = 0.686047 − 0.186047² = 0.686047 − 0.034613 = 0.651433;
//   margin = 1.96 × sqrt(0.651433 / 43) = 1.96 × 0.123084 = 0.241245 → ± 24,1 points.
//   Interval: 18.60 ± 24.12 → −5.52 … 42.73, shown −6 … 43.
//   CSAT: 14 × "Очень доволен", 10 × "4", 6 × "Доволен", 5 × "Ни то ни другое", 3 × "2", 2 × "Очень недоволен":
//   4–5 = 14 + 10 + 6 = 30 of 40 = 75 %.
//   Customer ids: answers 1–7 carry K01–K07 (all in the sales), 8–36 carry K08–K36 (not in the sales: 29),
//   37–40 none (4).
// ---------------------------------------------------------------------------------------------------------------

const NPS_GROUPS: [count: number, score: number][] = [
  [10, 10],
  [8, 9],
  [7, 8],
  [5, 7],
  [4, 6],
  [3, 5],
  [2, 3],
  [1, 0],
];
const CSAT_GROUPS: [count: number, answer: string][] = [
  [14, 'Очень доволен'],
  [10, '4'],
  [6, 'Доволен'],
  [5, 'Ни то ни другое'],
  [3, '2'],
  [2, 'Очень недоволен'],
];
const ANSWERS = 40;

const spread = <T,>(groups: [number, T][]): T[] => groups.flatMap(([count, value]) => Array.from({ length: count }, () => value));

/** Answer i takes the (7·i mod 40)-th score: 7 and 40 share no divisor, so every score is used once, mixed. */
function surveyAnswers(): { respondent: string; customer: string; nps: number; csat: string }[] {
  const scores = spread(NPS_GROUPS);
  const csat = spread(CSAT_GROUPS);
  return Array.from({ length: ANSWERS }, (_, i) => ({
    respondent: `A${String(i + 1).padStart(2, '0')}`,
    customer: i < 36 ? `K${String(i + 1).padStart(2, '0')}` : '',
    nps: scores[(7 * i) % ANSWERS] as number,
    csat: csat[(11 * i) % ANSWERS] as string,
  }));
}

/** The NPS and its adjusted-Wald margin by METHODS.md, from the answers as generated (a check on the hand figures above). */
function expectedNps(scores: readonly number[]): { score: number; margin: number; promoters: number; detractors: number } {
  const n = scores.length;
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  const p = (promoters + 0.75) / (n + 3);
  const d = (detractors + 0.75) / (n + 3);
  const variance = p + d - (p - d) ** 2;
  return { score: (100 * (promoters - detractors)) / n, margin: 100 * 1.96 * Math.sqrt(variance / (n + 3)), promoters, detractors };
}

/** Windows-1251, as a Russian Excel saves "CSV (разделители — точка с запятой)": ASCII, А–я, Ё and ё. */
function cp1251(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      throw new Error(`not in this Windows-1251 table: ${char}`);
    }),
  );
}

function surveyCsv(): Buffer {
  const lines = ['Номер анкеты;Номер карты;Готовность рекомендовать;Удовлетворённость', ...surveyAnswers().map((a) => `${a.respondent};${a.customer};${a.nps};${a.csat}`)];
  return cp1251(`${lines.join('\r\n')}\r\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// The sales: 7 customers, January to April 2025, 14 rows (K01 has two rows on 15.01: one purchase), 13 purchases.
//   K01: 15.01 (1 234,56 + 765,44), 10.02 1 500, 12.03 2 500, 09.04 1 000 → 4 purchases
//   K02: 20.01 3 000, 18.03 1 000 → 2        K03: 25.01 500 → 1
//   K04: 05.02 1 250, 05.03 1 250 → 2        K05: 14.02 2 000 → 1
//   K06: 03.03 1 000, 28.04 1 000 → 2        K07: 20.04 1 500 → 1
//   Repeat rate: K01, K02, K04, K06 of 7 → 4/7 = 57,1 %. Revenue 19 500 / 13 purchases → average check 1 500.
//   Cohorts by month of first purchase (columns: months since):
//     Jan (K01, K02, K03): month 1 K01 → 1/3 = 33 %; month 2 K01, K02 → 2/3 = 67 %; month 3 K01 → 33 %.
//     Feb (K04, K05): month 1 K04 → 50 %; month 2 nobody → 0 %.
//     Mar (K06): month 1 → 100 %.   Apr (K07): month 0 only.
//     January is the data's first month, so the pooled row leaves it out: month 1 = (1 + 1) / (2 + 1) = 67 %,
//     month 2 = 0 / 2 = 0 %.
// ---------------------------------------------------------------------------------------------------------------

const SALES: [customer: string, date: string, amount: string][] = [
  ['K01', '15.01.2025', '1 234,56'],
  ['K01', '15.01.2025', '765,44'],
  ['K01', '10.02.2025', '1 500,00'],
  ['K01', '12.03.2025', '2 500,00'],
  ['K01', '09.04.2025', '1 000,00'],
  ['K02', '20.01.2025', '3 000,00'],
  ['K02', '18.03.2025', '1 000,00'],
  ['K03', '25.01.2025', '500,00'],
  ['K04', '05.02.2025', '1 250,00'],
  ['K04', '05.03.2025', '1 250,00'],
  ['K05', '14.02.2025', '2 000,00'],
  ['K06', '03.03.2025', '1 000,00'],
  ['K06', '28.04.2025', '1 000,00'],
  ['K07', '20.04.2025', '1 500,00'],
];
const SALES_CSV = ['Клиент;Дата;Сумма', ...SALES.map((row) => row.join(';'))].join('\n');

const COHORTS = [
  ['Месяц первой покупки', 'Клиентов', 'Месяц 0', 'Месяц 1', 'Месяц 2', 'Месяц 3'],
  ['янв. 2025 г.', '3', '100 %', '33 %', '67 %', '33 %'],
  ['февр. 2025 г.', '2', '100 %', '50 %', '0 %', ''],
  ['март 2025 г.', '1', '100 %', '100 %', '', ''],
  ['апр. 2025 г.', '1', '100 %', '', '', ''],
  ['Все когорты', '4', '100 %', '67 %', '0 %', ''],
];

const SCREEN_NPS = '20 ± 24,1';
const RECORDED = /^Первое измерение зафиксировано \d{2}\.\d{2}\.\d{4}\.$/;


const screenText = async (page: Page, label: string) => plain(await metricValue(page, label).textContent());

const cohortTable = (page: Page) => page.getByRole('table', { name: 'Доля когорты, купившая в месяце после первой покупки' });

/** The stepper ticks a step whose work is done; a screen reader hears "(выполнен)" after its title. */
async function expectDone(page: Page, step: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Шаги упражнения' }).getByRole('link', { name: new RegExp(`^${step}`) });
  await expect.poll(async () => plain(await link.textContent()), EVENTUALLY).toBe(`✓${step}(выполнен)`);
}

async function expectNpsOnScreen(page: Page): Promise<void> {
  await expect.poll(() => screenText(page, 'NPS'), EVENTUALLY).toBe(SCREEN_NPS);
}

async function expectCohorts(page: Page): Promise<void> {
  await expect.poll(() => tableRows(cohortTable(page)), EVENTUALLY).toEqual(COHORTS);
}

/** The value cells of a row of the export (after its label), as SheetJS reads them. */
const valuesOf = (workbook: XLSX.WorkBook, sheet: string, label: string) => rowCells(workbook, sheet, label).slice(1).map((cell) => cell?.v);

describe('loyalty measurement from scratch with the participant\'s own survey and sales', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports both files, shows NPS, cohorts and the match, records the first measurement, keeps it all over a reload and exports it', { timeout: 180_000 }, async () => {
    const expected = expectedNps(surveyAnswers().map((answer) => answer.nps));
    // The generated answers are those of the comment above.
    expect([expected.promoters, expected.detractors, expected.score]).toEqual([18, 10, 20]);
    expect(expected.margin).toBeCloseTo(24.1245, 3);
    expect(SCREEN_NPS).toBe(`${expected.score} ± ${expected.margin.toFixed(1).replace('.', ',')}`);

    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;

    // Start from scratch: the demo retailer must not stand in for a missing file anywhere below.
    await openStep(app, `${EXERCISE}/survey`, 'Опрос клиентов');
    await startFromScratch(page);
    expect(await page.getByText('Демонстрационные данные', { exact: true }).count()).toBe(0);

    // Step 4: the survey, a Windows-1251 CSV with Russian headers.
    const block = page.getByRole('region', { name: 'Добавить файл ответов' });
    await block.getByTestId('dataset-file-input').setInputFiles({ name: 'опрос март.csv', mimeType: 'text/csv', buffer: surveyCsv() });
    const mapping = block.getByRole('region', { name: 'Какой столбец файла что означает' });
    await mapping.waitFor(EVENTUALLY);
    for (const [label, header] of [
      ['Респондент', 'Номер анкеты'],
      ['Клиент', 'Номер карты'],
      ['Готовность рекомендовать (0–10)', 'Готовность рекомендовать'],
      ['Удовлетворённость (1–5)', 'Удовлетворённость'],
    ] as const) {
      expect(plain(await mapping.getByLabel(label, { exact: true }).locator('option:checked').textContent()), label).toContain(header);
    }
    await block.getByRole('button', { name: 'Импортировать' }).click();
    await block.getByRole('heading', { name: 'Отчёт об импорте' }).waitFor(EVENTUALLY);
    expect(await screenText(page, 'Импортировано')).toBe(String(ANSWERS));
    await block.getByRole('button', { name: 'Принять и сохранить' }).click();
    await expect.poll(async () => plain(await page.getByRole('region', { name: 'Файл ответов 1' }).textContent()), EVENTUALLY).toContain('Файл «опрос март.csv», загружен');
    await expectNpsOnScreen(page);
    // The participant's own answers, seen: the step is ticked (it is the step they started from scratch on).
    await expectDone(page, 'Опрос клиентов');
    const surveyText = plain(await page.getByRole('main').textContent());
    expect(surveyText).toContain('95 % интервал: от −6 до 43 · ответов: 40');
    expect(await screenText(page, 'CSAT: доля довольных (4–5 из 5)')).toBe('75 %');
    await shot(page, 'lm-survey');

    // Step 5: the sales, a CSV with dd.mm.yyyy dates and "1 234,56" amounts.
    await openStep(app, `${EXERCISE}/behaviour`, 'Поведение по продажам');
    await page.getByText('Загрузите продажи', { exact: true }).waitFor(EVENTUALLY);
    await chooseFile(page, 'продажи 2025.csv', Buffer.from(SALES_CSV, 'utf-8'), 'text/csv');
    await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor(EVENTUALLY);
    await importAndAccept(page, SALES.length);
    await page.getByText(`Ваши продажи: ${SALES.length} строк.`).waitFor(EVENTUALLY);
    expect(await screenText(page, 'Клиентов в окне')).toBe('7');
    expect(await screenText(page, 'Доля повторных покупателей')).toBe('57,1 %');
    expect(await screenText(page, 'Средний чек')).toBe('1 500 ₽');
    await expectCohorts(page);
    await shot(page, 'lm-behaviour');

    // Step 6: of the 40 answers, 7 ids are in the sales, 29 are not, 4 carry none.
    await openStep(app, `${EXERCISE}/matrix`, 'Отношение × поведение');
    await expect.poll(() => screenText(page, 'Ответов в опросе'), EVENTUALLY).toBe('40');
    expect(await screenText(page, 'Найдены в продажах и попали в матрицу')).toBe('7');
    expect(await screenText(page, 'Номер не найден в продажах')).toBe('29');
    expect(await screenText(page, 'Без номера клиента')).toBe('4');
    await shot(page, 'lm-matrix');

    // Step 7: the first measurement, recorded from the participant's own figures (no demo warning).
    await openStep(app, `${EXERCISE}/conclusions`, 'Ваша методика');
    const record = page.getByRole('button', { name: 'Зафиксировать первое измерение' });
    await record.waitFor(EVENTUALLY);
    expect(await page.getByText('Сейчас на шагах работают демонстрационные данные', { exact: false }).count()).toBe(0);
    await record.click();
    const recorded = page.getByText(RECORDED);
    await recorded.waitFor(EVENTUALLY);
    const compare = page.getByRole('table', { name: 'Что изменилось с первого измерения' });
    // Figure, first, now (the same on the day it is recorded): from both files, none of them missing.
    const firstMeasurement = async () => (await tableRows(compare)).filter((row) => ['NPS', 'CSAT (доля оценок 4–5)', 'Доля повторных покупателей', 'Средний чек', 'Клиентов в окне анализа'].includes(row[0] ?? '')).map((row) => row.slice(0, 3));
    const FIRST = [
      ['NPS', '20', '20'],
      ['CSAT (доля оценок 4–5)', '75 %', '75 %'],
      ['Доля повторных покупателей', '57,1 %', '57,1 %'],
      ['Средний чек', '1 500 ₽', '1 500 ₽'],
      ['Клиентов в окне анализа', '7', '7'],
    ];
    await expect.poll(firstMeasurement, EVENTUALLY).toEqual(FIRST);
    await shot(page, 'lm-conclusions');

    // A reload keeps the recorded measurement, the NPS and the cohort table.
    await page.reload();
    await recorded.waitFor(EVENTUALLY);
    await expect.poll(firstMeasurement, EVENTUALLY).toEqual(FIRST);
    for (const step of ['Опрос клиентов', 'Поведение по продажам', 'Отношение × поведение', 'Ваша методика']) await expectDone(page, step);
    await openStep(app, `${EXERCISE}/survey`, 'Опрос клиентов');
    await expectNpsOnScreen(page);
    await openStep(app, `${EXERCISE}/behaviour`, 'Поведение по продажам');
    await expectCohorts(page);

    // The Excel export: every part's sheets, the NPS as a number equal to the screen's.
    const [download] = await Promise.all([page.waitForEvent('download', EVENTUALLY), page.getByRole('button', { name: 'Выгрузить в Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = readWorkbook(await downloadedBytes(download));
    for (const sheet of ['План измерений', 'Опрос — результаты', 'Поведение — сводка', 'Поведение — когорты', 'Дик и Басу', 'Повторное измерение']) {
      expect(workbook.SheetNames, sheet).toContain(sheet);
    }
    const screenNps = Number.parseFloat(SCREEN_NPS.split(' ± ')[0] as string);
    expect(valuesOf(workbook, 'Опрос — результаты', 'NPS')[0]).toBe(screenNps);
    expect(valuesOf(workbook, 'Опрос — результаты', 'Ответов')[0]).toBe(ANSWERS);
    // The behaviour summary is the sales file's: 4 of 7 customers came back, 19 500 of revenue.
    expect(valuesOf(workbook, 'Поведение — сводка', 'Данные')[0]).toBe('продажи 2025.csv');
    expect(valuesOf(workbook, 'Поведение — сводка', 'Доля повторных покупателей')[0]).toBeCloseTo(4 / 7, 12);
    expect(valuesOf(workbook, 'Поведение — сводка', 'Выручка в окне')[0]).toBe(19_500);
    // The Dick & Basu sheet is measured from both files, with the matrix step's match counts.
    expect(valuesOf(workbook, 'Дик и Басу', 'Источник')[0]).toBe('Измерено: опрос сопоставлен с продажами');
    expect(['Ответов в опросе', 'Найдены в продажах и попали в матрицу', 'Номер не найден в продажах', 'Без номера клиента'].map((label) => valuesOf(workbook, 'Дик и Басу', label)[0])).toEqual([40, 7, 29, 4]);
    // The follow-up sheet: the first measurement and now, both the screen's NPS.
    expect(valuesOf(workbook, 'Повторное измерение', 'NPS').slice(0, 2)).toEqual([screenNps, screenNps]);
    // No cell holds an id the app made for the survey file.
    const state: unknown = await page.evaluate(() => JSON.parse(localStorage.getItem('loyalty-workbook') ?? '{}').state.exercises['loyalty-measurement'].state);
    expect(idsIn(state).length).toBeGreaterThan(0);
    expect(exportRuleBreaches(workbook, idsIn(state))).toEqual([]);

    expectNoTrouble(app);
  });
});
