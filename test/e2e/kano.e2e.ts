import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, openApp, plain, stepHeading, type App } from './browser';

/**
 * Issue 4, "Done when": a participant lists features, downloads the response template, fills it in with
 * Russian answer labels (some in odd case), imports it on the answers step, reads the categories and the
 * Better–Worse chart, shows the chart on a projector and finds everything after a reload.
 *
 * Screenshots of the imported results go to E2E_SHOTS_DIR (default /tmp/ks-shots) for review.
 */

const SHOTS_DIR = process.env.E2E_SHOTS_DIR ?? '/tmp/ks-shots';
const STEP_NAV = 'Шаги упражнения';

// The five answers exactly as exercises/kano/questions.ts prints them in Russian.
const LIKE = 'Нравится';
const MUST_BE = 'Так и должно быть';
const NEUTRAL = 'Мне всё равно';
const LIVE_WITH = 'Могу смириться';
const DISLIKE = 'Не нравится';

type Pair = readonly [functional: string, dysfunctional: string];
/** [how many respondents, their functional and dysfunctional answer]; groups fill R01…R20 in order. */
type AnswerGroups = readonly (readonly [number, string, string])[];

/**
 * 20 respondents; each pair is classified by Kano's table (functional row × dysfunctional column):
 * Like/Dislike = O, Like/(Must-be|Neutral|Live-with) = A, (Must-be|Neutral|Live-with)/Dislike = M,
 * (Must-be|Neutral|Live-with)/(Must-be|Neutral|Live-with) = I, Dislike/Like = R, Like/Like = Q.
 * Better = (A + O) / (A + O + M + I), Worse = −(O + M) / (A + O + M + I).
 */
const FEATURES: readonly { name: string; description: string; groups: AnswerGroups }[] = [
  {
    // M 8 + 4 = 12, O 4, I 3, A 1 → must-be (60 % against O 20 %: strength 40 points).
    // Better = (1 + 4) / 20 = 0,25; Worse = −(4 + 12) / 20 = −0,80.
    name: 'Оплата картой',
    description: 'Можно расплатиться банковской картой на кассе',
    groups: [
      [8, NEUTRAL, DISLIKE],
      [4, MUST_BE, DISLIKE],
      [4, LIKE, DISLIKE],
      [3, NEUTRAL, NEUTRAL],
      [1, LIKE, NEUTRAL],
    ],
  },
  {
    // A 6 + 3 + 2 = 11, O 3, M 2, I 4 → attractive. Better = (11 + 3) / 20 = 0,70; Worse = −(3 + 2) / 20 = −0,25.
    name: 'Доставка за 2 часа',
    description: 'Курьер привозит заказ в течение двух часов',
    groups: [
      [6, LIKE, NEUTRAL],
      [3, LIKE, LIVE_WITH],
      [2, LIKE, MUST_BE],
      [3, LIKE, DISLIKE],
      [2, LIVE_WITH, DISLIKE],
      [4, NEUTRAL, LIVE_WITH],
    ],
  },
  {
    // O 10, A 4, M 3, I 3 → one-dimensional. Better = (4 + 10) / 20 = 0,70; Worse = −(10 + 3) / 20 = −0,65.
    name: 'Бонусы за покупки',
    description: 'Баллы с каждой покупки, которыми можно оплатить следующую',
    groups: [
      [10, LIKE, DISLIKE],
      [4, LIKE, NEUTRAL],
      [3, MUST_BE, DISLIKE],
      [3, NEUTRAL, NEUTRAL],
    ],
  },
  {
    // I 6 + 4 + 2 = 12, A 3, M 2, R 2, Q 1 → indifferent; R and Q stay out of the denominator:
    // A + O + M + I = 3 + 0 + 2 + 12 = 17, Better = 3 / 17 = 0,176 → 0,18; Worse = −2 / 17 = −0,118 → −0,12.
    name: 'Чек на электронную почту',
    description: 'Кассовый чек приходит письмом',
    groups: [
      [6, NEUTRAL, NEUTRAL],
      [4, MUST_BE, NEUTRAL],
      [2, LIVE_WITH, LIVE_WITH],
      [3, LIKE, NEUTRAL],
      [2, NEUTRAL, DISLIKE],
      [2, DISLIKE, LIKE],
      [1, LIKE, LIKE],
    ],
  },
];

const RESPONDENTS = 20;

function answersOf(groups: AnswerGroups): Pair[] {
  const pairs = groups.flatMap(([count, functional, dysfunctional]) => Array.from({ length: count }, (): Pair => [functional, dysfunctional]));
  if (pairs.length !== RESPONDENTS) throw new Error(`a feature has ${pairs.length} answers, not ${RESPONDENTS}`);
  return pairs;
}

/** How people actually type: a few answers in lower or upper case, one "всё" written with "е". */
function asTyped(label: string, respondent: number, feature: number): string {
  const spot = (respondent * 4 + feature) % 9;
  if (spot === 0) return label.toLowerCase();
  if (spot === 4) return label.toUpperCase();
  if (spot === 7 && label === NEUTRAL) return 'мне все равно';
  return label;
}

/**
 * The downloaded template filled in: its header row kept, its example row replaced by 20 respondents.
 * Importance of the first feature: R01–R10 give 9, R11–R20 give 7 (mean 8,0); the others are left blank.
 */
function fillTemplate(template: Buffer): Buffer {
  const book = XLSX.read(template, { type: 'buffer' });
  const sheetName = book.SheetNames[0];
  if (!sheetName) throw new Error('the template has no sheet');
  const header = XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheetName]!, { header: 1 })[0] ?? [];
  const answers = FEATURES.map((feature) => answersOf(feature.groups));
  const rows = Array.from({ length: RESPONDENTS }, (_, respondent) =>
    header.map((column): string | number | null => {
      if (column === 'Респондент') return `R${String(respondent + 1).padStart(2, '0')}`;
      const match = /^(.+) \((функциональный|дисфункциональный|важность)\)$/.exec(column);
      const featureIndex = FEATURES.findIndex((feature) => feature.name === match?.[1]);
      if (!match || featureIndex < 0) return null;
      const pair = answers[featureIndex]![respondent]!;
      if (match[2] === 'функциональный') return asTyped(pair[0], respondent, featureIndex);
      if (match[2] === 'дисфункциональный') return asTyped(pair[1], respondent, featureIndex);
      return featureIndex === 0 ? (respondent < 10 ? 9 : 7) : null;
    }),
  );
  book.Sheets[sheetName] = XLSX.utils.aoa_to_sheet([header, ...rows]);
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function shot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await target.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

function stepper(page: Page): Locator {
  return page.getByRole('navigation', { name: STEP_NAV }).filter({ has: page.getByRole('list') });
}

async function expectStep(page: Page, title: string): Promise<void> {
  await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe(title);
}

/** A number as the app writes it in Russian ("−0,80", "0,7"), read back. */
function russianNumber(text: string): number {
  return Number(plain(text).replace(/\s/g, '').replace('−', '-').replace(',', '.'));
}

/** Per feature row of the results table: the cells after the name, no-break spaces as spaces. */
async function resultRow(page: Page, name: string): Promise<string[]> {
  const table = page.getByRole('table', { name: /^Число ответов каждой категории/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map(plain);
}

/**
 * Cells: n, A, O, M, I, R, Q (each the count followed by its share), category, strength, Fong, Better, Worse,
 * importance. The shares: 1 of 20 = 5 %, 3 of 20 = 15 %, and so on.
 */
async function expectResults(page: Page): Promise<void> {
  await expect.poll(async () => (await resultRow(page, 'Оплата картой'))[7], EVENTUALLY).toBe('M Обязательное');
  const payment = await resultRow(page, 'Оплата картой');
  expect(payment.slice(0, 7)).toEqual(['20', '15 %', '420 %', '1260 %', '315 %', '00 %', '00 %']);
  expect(payment[8]).toBe('40 п. п.');
  expect(payment.slice(10).map(russianNumber)).toEqual([0.25, -0.8, 8]);

  const delivery = await resultRow(page, 'Доставка за 2 часа');
  expect(delivery[7]).toBe('A Привлекательное');
  expect(delivery.slice(1, 5)).toEqual(['1155 %', '315 %', '210 %', '420 %']);
  expect(delivery.slice(10, 12).map(russianNumber)).toEqual([0.7, -0.25]);
  expect(delivery[12]).toBe('—');

  const bonuses = await resultRow(page, 'Бонусы за покупки');
  expect(bonuses[7]).toBe('O Одномерное');
  expect(bonuses.slice(10, 12).map(russianNumber)).toEqual([0.7, -0.65]);

  // Reverse and questionable answers are shown, not hidden, and left out of Better and Worse.
  const receipt = await resultRow(page, 'Чек на электронную почту');
  expect(receipt[7]).toBe('I Безразличное');
  expect(receipt.slice(0, 7)).toEqual(['20', '315 %', '00 %', '210 %', '1260 %', '210 %', '15 %']);
  expect(receipt.slice(10, 12).map(russianNumber)).toEqual([0.18, -0.12]);
}

function betterWorseChart(page: Page): Locator {
  return page.getByRole('figure', { name: 'Better–Worse: что радует и что огорчает' });
}

describe('Kano: from the feature list to categories, through the response template', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports a filled template with Russian labels, shows the categories and a legible Better–Worse chart, and keeps them', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/kano/features', { lang: 'ru' });
    await expectStep(page, 'Свойства');

    // From scratch: the demo's features go.
    await page.getByRole('button', { name: 'Начать с чистого листа' }).click();
    await page.getByRole('dialog', { name: 'Начать с чистого листа' }).getByRole('button', { name: 'Начать с чистого листа' }).click();
    await expect.poll(() => page.getByText('Список пока пуст: добавьте свойство или начните с примера.').isVisible(), EVENTUALLY).toBe(true);

    for (const [index, feature] of FEATURES.entries()) {
      await page.getByRole('button', { name: '+ Добавить свойство' }).click();
      await page.getByLabel(`Свойство ${index + 1}: название`, { exact: true }).fill(feature.name);
      await page.getByLabel(`Свойство ${index + 1}: краткое описание`, { exact: true }).fill(feature.description);
    }
    await expect.poll(() => page.getByRole('heading', { name: 'Ваш список: 4 свойства' }).count(), EVENTUALLY).toBe(1);

    // The questionnaire: the template has one row per respondent and two answer columns (plus importance) per feature.
    await page.getByRole('button', { name: 'Далее →' }).click();
    await expectStep(page, 'Анкета');
    await expect
      .poll(async () => plain(await page.getByRole('main').textContent()), EVENTUALLY)
      .toContain('Как вы отнесётесь, если такой возможности у нас не будет: «Оплата картой»?');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать шаблон ответов (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('Кано — шаблон ответов.xlsx');
    const template = await downloadedBytes(download);
    const templateBook = XLSX.read(template, { type: 'buffer' });
    const templateRows = XLSX.utils.sheet_to_json<unknown[]>(templateBook.Sheets[templateBook.SheetNames[0]!]!, { header: 1 });
    expect(templateRows[0]).toEqual([
      'Респондент',
      'Сегмент',
      ...FEATURES.flatMap((feature) => ['функциональный', 'дисфункциональный', 'важность'].map((role) => `${feature.name} (${role})`)),
    ]);
    const filled = fillTemplate(template);

    // The answers step: the filled file through the import screen.
    await page.getByRole('button', { name: 'Далее →' }).click();
    await expectStep(page, 'Ответы');
    const block = page.getByRole('region', { name: 'Ответы: строка на респондента, по два столбца на свойство' });
    await block.getByTestId('dataset-file-input').setInputFiles({
      name: 'Ответы клиентов.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    const mapping = block.getByRole('region', { name: 'Какой столбец файла что означает' });
    await mapping.waitFor();
    // Every column of the template is recognised by its header, with nothing to fix by hand.
    for (const label of ['Респондент', 'Оплата картой (функциональный)', 'Доставка за 2 часа (дисфункциональный)', 'Чек на электронную почту (важность)']) {
      expect(plain(await mapping.getByLabel(label, { exact: true }).locator('option:checked').textContent())).toContain(label);
    }
    await shot(block, 'kano-01-mapping');
    await mapping.scrollIntoViewIfNeeded();
    await shot(page, 'kano-01-mapping-screen');
    await block.getByRole('button', { name: 'Импортировать' }).click();
    await block.getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
    const imported = block.getByRole('term').filter({ hasText: /^Импортировано$/ }).locator('xpath=following-sibling::dd[1]');
    expect(plain(await imported.textContent())).toBe('20');
    await block.getByRole('button', { name: 'Принять и сохранить' }).click();
    // The block stays on screen as a stored file: the summary and the confirmation both show it was kept.
    await expect.poll(async () => plain(await block.textContent()), EVENTUALLY).toContain('Файл «Ответы клиентов.xlsx», загружен');
    expect(plain(await block.textContent())).toContain('Данные сохранены.');
    // The labels in any case were all understood: 20 respondents × 4 features, no remark about unrecognised answers.
    await expect.poll(async () => plain(await page.getByRole('main').textContent()), EVENTUALLY).toContain('Из файла: респондентов — 20, ответов по свойствам — 80.');
    expect(plain(await page.getByRole('main').textContent())).not.toMatch(/замечани[еяй] к файлу/);
    await shot(page, 'kano-02-answers');

    // Results: the categories designed into the answers.
    await page.getByRole('button', { name: 'Далее →' }).click();
    await expectStep(page, 'Результаты');
    await expectResults(page);
    expect(plain(await page.getByRole('main').textContent())).toContain('Всего респондентов: 20.');

    const chart = betterWorseChart(page);
    // Each point's name beside it, whole, on one line or wrapped onto two.
    const pointLabels = chart.locator('svg .chart__point-labels text');
    const labelTexts = () => pointLabels.evaluateAll((labels) => labels.map((label) => [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')));
    await expect.poll(labelTexts, EVENTUALLY).toEqual(FEATURES.map((feature) => feature.name));
    expect(await chart.locator('svg .recharts-scatter-symbol').count()).toBe(FEATURES.length);
    await chart.getByText('Данные графика', { exact: true }).click();
    const data = chart.getByRole('table');
    const receiptRow = data.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Чек на электронную почту', exact: true }) });
    expect((await receiptRow.getByRole('cell').allTextContents()).map(russianNumber)).toEqual([0.18, -0.12]);
    await shot(page.getByRole('table', { name: /^Число ответов каждой категории/ }), 'kano-03-results-table');
    await shot(chart, 'kano-04-better-worse');

    // On a projector: presenter mode at 1920×1080, the chart wide and its labels large.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.goto('#/ex/kano/results', { presenter: true });
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    await expect.poll(() => pointLabels.count(), EVENTUALLY).toBe(FEATURES.length);
    await chart.scrollIntoViewIfNeeded();
    const svgBox = await chart.locator('.chart__canvas svg').first().boundingBox();
    expect(svgBox?.width ?? 0).toBeGreaterThanOrEqual(900);
    const fontSizes = await pointLabels.evaluateAll((labels) => labels.map((label) => Number.parseFloat(getComputedStyle(label).fontSize)));
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(14);
    const tickSizes = await chart.locator('svg .recharts-cartesian-axis-tick text').evaluateAll((ticks) => ticks.map((tick) => Number.parseFloat(getComputedStyle(tick).fontSize)));
    expect(Math.min(...tickSizes)).toBeGreaterThanOrEqual(14);
    // Labels stay inside the picture and do not cover one another.
    const boxes = (await Promise.all((await pointLabels.all()).map((label) => label.boundingBox()))).flatMap((box) => (box ? [box] : []));
    expect(boxes).toHaveLength(FEATURES.length);
    for (const [index, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(svgBox!.x);
      expect(box.x + box.width).toBeLessThanOrEqual(svgBox!.x + svgBox!.width);
      for (const other of boxes.slice(index + 1)) {
        const apart = box.x + box.width <= other.x || other.x + other.width <= box.x || box.y + box.height <= other.y || other.y + other.height <= box.y;
        expect(apart).toBe(true);
      }
    }
    await shot(page, 'kano-05-presenter');
    await shot(chart, 'kano-06-presenter-chart');

    // The tab closed and opened again: the same categories, read from the stored file.
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.goto('#/ex/kano/results', { presenter: false });
    await page.reload();
    await expectStep(page, 'Результаты');
    await expectResults(page);
    await expect.poll(() => pointLabels.count(), EVENTUALLY).toBe(FEATURES.length);
    await stepper(page).getByRole('link', { name: /Свойства/ }).click();
    await expect.poll(() => page.getByLabel('Свойство 2: название', { exact: true }).inputValue(), EVENTUALLY).toBe('Доставка за 2 часа');

    expectNoTrouble(app);
  });
});
