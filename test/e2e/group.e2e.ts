import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { EVENTUALLY, downloadedBytes, expectNoTrouble, openApp, plain, startFromScratch, stepHeading, type App } from './browser';

/**
 * Issue 17, "Done when": three teams hand Kano in from their own browsers, the trainer drops their files (and a
 * broken one) at once and reads each team's category of a feature side by side with all teams' answers taken as
 * one survey; projects it, exports it, finds it after a reload; and keeps the day's competition board.
 */

const KANO_TITLE = 'Модель Кано: какие свойства продукта развивать';
const OFFERS = 'Персональные предложения';
const DELIVERY = 'Доставка за 2 часа';
const PAYMENT = 'Оплата картой и телефоном на всех кассах';

/**
 * The answers behind "Персональные предложения", as the test knows them:
 *
 * Team 1 keeps the demo survey, 64 customers (exercises/kano/demo/survey.ts, DEMO_QUOTAS['personal-offers'], in the
 * order A, O, M, I, R, Q): regulars 13, 4, 2, 12, 3, 0 and newcomers 9, 5, 2, 9, 4, 1, so
 *   A 22, O 9, M 4, I 21, R 7, Q 1 → attractive (22 against 21).
 * Team 2 keeps the demo and types two paper forms, both "neutral / neutral" (indifferent) for this feature:
 *   A 22, O 9, M 4, I 21 + 2 = 23, R 7, Q 1 → indifferent (23 against 22).
 * Team 3 starts from scratch and imports 12 answers: 8 "like / dislike" (one-dimensional), 4 "neutral / neutral":
 *   O 8, I 4 → one-dimensional.
 * All teams together, one survey of 64 + 66 + 12 = 142 answers:
 *   A 22 + 22 + 0 = 44, O 9 + 9 + 8 = 26, M 4 + 4 + 0 = 8, I 21 + 23 + 4 = 48, R 7 + 7 = 14, Q 1 + 1 = 2
 *   → indifferent (48 against 44), a category none but team 2 has on its own.
 *   Better = (A + O) / (A + O + M + I) = (44 + 26) / (44 + 26 + 8 + 48) = 70 / 126 = 0,5556 → 0,56;
 *   Worse = −(O + M) / (A + O + M + I) = −(26 + 8) / 126 = −0,2698 → −0,27.
 */
const EXPECTED_OFFERS = { team1: 'Привлекательное', team2: 'Безразличное', team3: 'Одномерное', pooled: 'Безразличное' };
const POOLED_OFFERS_BETTER = '0,56';
const POOLED_OFFERS_WORSE = '−0,27';

/** Team 3's answers file: 12 respondents; delivery liked and not missed (attractive), payment expected (must-be). */
const TEAM3_RESPONDENTS = 12;
function team3Answer(feature: string, respondent: number): [string, string] | null {
  if (feature === OFFERS) return respondent < 8 ? ['Нравится', 'Не нравится'] : ['Мне всё равно', 'Мне всё равно'];
  if (feature === DELIVERY) return ['Нравится', 'Мне всё равно'];
  if (feature === PAYMENT) return ['Так и должно быть', 'Не нравится'];
  return null;
}

const workDir = mkdtempSync(join(tmpdir(), 'group-e2e-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The downloaded response template with its example row replaced by team 3's answers. */
function fillTemplate(template: Buffer): Buffer {
  const book = XLSX.read(template, { type: 'buffer' });
  const sheetName = book.SheetNames[0]!;
  const header = XLSX.utils.sheet_to_json<string[]>(book.Sheets[sheetName]!, { header: 1 })[0] ?? [];
  const rows = Array.from({ length: TEAM3_RESPONDENTS }, (_, respondent) =>
    header.map((column): string | null => {
      if (column === 'Респондент') return `T${respondent + 1}`;
      const match = /^(.+) \((функциональный|дисфункциональный)\)$/.exec(column);
      const pair = match ? team3Answer(match[1]!, respondent) : null;
      if (!match || !pair) return null;
      return match[2] === 'функциональный' ? pair[0] : pair[1];
    }),
  );
  book.Sheets[sheetName] = XLSX.utils.aoa_to_sheet([header, ...rows]);
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function expectStep(page: Page, title: string): Promise<void> {
  await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe(title);
}

/** The header's team field, typed as a participant does. */
async function nameTeam(page: Page, team: string): Promise<void> {
  const field = page.getByRole('banner').getByRole('textbox', { name: 'Команда' });
  await field.fill(team);
  expect(await field.inputValue()).toBe(team);
}

/** "Hand in to the trainer" from the toolbar: the preview, the tick when asked, the file saved to the work folder. */
async function handIn(page: Page, team: string, options: { tickRows?: RegExp } = {}): Promise<string> {
  await page.getByRole('button', { name: 'Сдать тренеру' }).click();
  const dialog = page.getByRole('dialog', { name: `Сдать тренеру: ${KANO_TITLE}` });
  await dialog.waitFor();
  expect(plain(await dialog.textContent())).toContain(`Команда: ${team}`);
  // The button writes nothing while the figures are being computed: wait for the preview's tables.
  await expect.poll(() => dialog.getByRole('heading', { name: 'Категории свойств' }).count(), EVENTUALLY).toBe(1);
  await expect.poll(() => dialog.locator('[data-pending]').count(), EVENTUALLY).toBe(0);
  if (options.tickRows) await dialog.getByRole('checkbox', { name: options.tickRows }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Сохранить файл для тренера' }).click()]);
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(new RegExp(`^${team} — Модель Кано.* — \\d{4}-\\d{2}-\\d{2}\\.handin\\.json$`));
  const path = join(workDir, fileName);
  await download.saveAs(path);
  await expect.poll(() => page.getByText(`Файл «${fileName}» сохранён. Передайте его тренеру.`).count(), EVENTUALLY).toBe(1);
  return path;
}

/** Team 1: the demo as it opens. */
async function teamOne(app: App): Promise<string> {
  await app.goto('#/ex/kano/results', { lang: 'ru' });
  await expectStep(app.page, 'Результаты');
  await nameTeam(app.page, 'Команда 1');
  return handIn(app.page, 'Команда 1');
}

/** Team 2: the demo and two paper forms typed in, both indifferent to personal offers. */
async function teamTwo(app: App): Promise<string> {
  const { page } = app;
  await app.goto('#/ex/kano/questionnaire', { lang: 'ru' });
  await expectStep(page, 'Анкета');
  await nameTeam(page, 'Команда 2');
  for (const respondent of ['Б-1', 'Б-2']) {
    await page.getByLabel('Номер анкеты', { exact: true }).fill(respondent);
    await page.getByLabel(`«${OFFERS}»: ответ, если свойство есть`, { exact: true }).selectOption('neutral');
    await page.getByLabel(`«${OFFERS}»: ответ, если свойства нет`, { exact: true }).selectOption('neutral');
    await page.getByRole('button', { name: 'Сохранить анкету' }).click();
    await expect.poll(async () => plain(await page.getByRole('status').filter({ hasText: 'сохранена' }).textContent()), EVENTUALLY).toContain(`Анкета «${respondent}» сохранена.`);
  }
  expect(plain(await page.getByRole('status').filter({ hasText: 'сохранена' }).textContent())).toContain('Всего введено: 66.');
  return handIn(page, 'Команда 2');
}

/** Team 3: three features of its own (named as the demo's), its answers imported from a file, the rows handed in. */
async function teamThree(app: App): Promise<string> {
  const { page } = app;
  await app.goto('#/ex/kano/features', { lang: 'ru' });
  await expectStep(page, 'Свойства');
  await nameTeam(page, 'Команда 3');
  await startFromScratch(page);
  for (const [index, name] of [OFFERS, DELIVERY, PAYMENT].entries()) {
    await page.getByRole('button', { name: '+ Добавить свойство' }).click();
    await page.getByLabel(`Свойство ${index + 1}: название`, { exact: true }).fill(name);
  }
  await page.getByRole('button', { name: 'Далее →' }).click();
  await expectStep(page, 'Анкета');
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать шаблон ответов (.xlsx)' }).click()]);
  const filled = fillTemplate(await downloadedBytes(template));

  await page.getByRole('button', { name: 'Далее →' }).click();
  await expectStep(page, 'Ответы');
  const block = page.getByRole('region', { name: 'Ответы: строка на респондента, по два столбца на свойство' });
  await block.getByTestId('dataset-file-input').setInputFiles({ name: 'Ответы команды 3.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
  await block.getByRole('button', { name: 'Импортировать' }).click();
  await block.getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
  await block.getByRole('button', { name: 'Принять и сохранить' }).click();
  await expect.poll(async () => plain(await page.getByRole('main').textContent()), EVENTUALLY).toContain(`Из файла: респондентов — ${TEAM3_RESPONDENTS}, ответов по свойствам — ${TEAM3_RESPONDENTS * 3}.`);
  return handIn(page, 'Команда 3', { tickRows: /^Приложить мои загруженные строки \(строк: 12, файл «Ответы команды 3\.xlsx»\)$/ });
}

/** The side-by-side table of one section of Kano, by its title. */
function kanoTable(page: Page, title: string): Locator {
  return page.getByRole('region', { name: KANO_TITLE }).getByRole('table', { name: title, exact: true });
}

async function headers(table: Locator): Promise<string[]> {
  return (await table.getByRole('columnheader').allTextContents()).map(plain);
}

async function rowCells(table: Locator, feature: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: feature, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map(plain);
}

const TEAM_COLUMNS = ['Команда 1', 'Команда 2', 'Команда 3'];

/** What the trainer reads: the three teams and all of them together, for personal offers and the other two features. */
async function expectSideBySide(page: Page): Promise<void> {
  const categories = kanoTable(page, 'Категории свойств');
  await expect.poll(() => headers(categories), EVENTUALLY).toEqual(['Показатель', ...TEAM_COLUMNS, 'Все команды вместе']);
  expect(await rowCells(categories, OFFERS)).toEqual([EXPECTED_OFFERS.team1, EXPECTED_OFFERS.team2, EXPECTED_OFFERS.team3, EXPECTED_OFFERS.pooled]);
  // Team 3's delivery: 12 of 12 attractive; payment: 12 of 12 must-be. The demo: delivery A 31 of 64, payment M 47.
  // Pooled delivery: A 31 + 31 + 12 = 74 of 140 countable → attractive; payment: M 47 + 47 + 12 = 106 → must-be.
  expect((await rowCells(categories, DELIVERY)).at(-1)).toBe('Привлекательное');
  expect((await rowCells(categories, PAYMENT)).at(-1)).toBe('Обязательное');
  expect((await rowCells(kanoTable(page, 'Better'), OFFERS)).at(-1)).toBe(POOLED_OFFERS_BETTER);
  expect((await rowCells(kanoTable(page, 'Worse'), OFFERS)).at(-1)).toBe(POOLED_OFFERS_WORSE);
  // The demo lists ten features; team 3 only three: its cells for the others are blank.
  expect(await rowCells(categories, 'Подарок на день рождения')).toEqual(['Привлекательное', 'Привлекательное', '—', 'Привлекательное']);
  expect(plain(await page.getByRole('region', { name: KANO_TITLE }).textContent())).toContain('«Все команды вместе» — ответы 3 команд, сложенные в один опрос.');
}

describe('the group: three teams hand Kano in, the trainer merges their files', () => {
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  it('reads each team’s category beside all teams’ answers as one survey, lists the broken file, projects, exports and keeps it', { timeout: 240_000 }, async () => {
    const teams = await Promise.all([0, 1, 2].map(() => openApp({ locale: 'ru-RU' })));
    apps.push(...teams);
    const handedIn = [await teamOne(teams[0]!), await teamTwo(teams[1]!), await teamThree(teams[2]!)];
    for (const team of teams) expectNoTrouble(team);

    // A file cut short on the way (a chat that stopped mid-download).
    const broken = join(workDir, 'Команда 4 — Модель Кано.handin.json');
    writeFileSync(broken, '{"format": "loyalty-workbook-hand-in", "formatVersion": 1, "team": "Команда 4", "exerc');

    const trainer = await openApp({ locale: 'ru-RU' });
    apps.push(trainer);
    const { page } = trainer;
    await trainer.goto('#/trainer/group', { lang: 'ru' });
    await page.getByTestId('hand-in-file-input').setInputFiles([...handedIn, broken]);
    await expect.poll(async () => plain(await page.locator('.group-view__status').textContent()), EVENTUALLY).toBe('Прочитано 4 файла: в сравнении 3, пропущено 1.');
    await expectSideBySide(page);

    const files = page.getByRole('table', { name: 'Полученные файлы и что с ними стало' });
    const brokenRow = files.getByRole('row').filter({ hasText: 'Команда 4 — Модель Кано.handin.json' });
    expect(plain(await brokenRow.textContent())).toContain('Пропущен: это не файл JSON, а значит, не файл сдачи');
    for (const path of handedIn) {
      const name = path.slice(workDir.length + 1);
      expect(plain(await files.getByRole('row').filter({ hasText: name }).textContent())).toContain('В сравнении');
    }

    // On the projector: large type, the comparison on screen, the file list folded away.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await trainer.goto('#/trainer/group', { lang: 'ru', presenter: true });
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    await expectSideBySide(page);
    expect(await kanoTable(page, 'Категории свойств').isVisible()).toBe(true);
    const cellSize = await kanoTable(page, 'Категории свойств').getByRole('cell').first().evaluate((cell) => Number.parseFloat(getComputedStyle(cell).fontSize));
    expect(cellSize).toBeGreaterThanOrEqual(18);
    expect(await page.getByText('Файлы (4)', { exact: true }).isVisible()).toBe(true);

    // The export: a sheet for Kano with the teams side by side, and the files with what became of them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать в Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^работы-команд-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = XLSX.read(await downloadedBytes(download), { type: 'buffer' });
    const kanoSheet = book.SheetNames.find((name) => name.startsWith('Модель Кано'));
    expect(kanoSheet).toBeDefined();
    const kanoRows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[kanoSheet!]!, { header: 1, blankrows: false });
    expect(kanoRows).toContainEqual(['Показатель', ...TEAM_COLUMNS, 'Все команды вместе']);
    expect(kanoRows).toContainEqual([OFFERS, EXPECTED_OFFERS.team1, EXPECTED_OFFERS.team2, EXPECTED_OFFERS.team3, EXPECTED_OFFERS.pooled]);
    const fileRows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Файлы']!, { header: 1, blankrows: false });
    expect(fileRows.map((row) => row[1])).toEqual(['Команда', ...TEAM_COLUMNS, undefined]);

    // The tab closed and opened again: the files are still here, read from the browser's storage.
    await trainer.goto('#/trainer/group', { lang: 'ru', presenter: false });
    await page.reload();
    await expectSideBySide(page);
    expect(plain(await page.getByRole('table', { name: 'Полученные файлы и что с ними стало' }).textContent())).toContain('Пропущен: это не файл JSON');

    // The trainer reads Chinese: the headings of the side-by-side view in it, the teams' names as they typed them.
    await trainer.goto('#/trainer/group', { lang: 'zh' });
    const zhCategories = page.getByRole('region', { name: '卡诺模型：应该开发哪些产品特性' }).getByRole('table', { name: '特性类别', exact: true });
    await expect.poll(() => headers(zhCategories), EVENTUALLY).toEqual(['指标', ...TEAM_COLUMNS, '所有小组合计']);
    expect(await rowCells(zhCategories, '个性化优惠')).toEqual(['魅力型', '无差异型', '期望型', '无差异型']);
    expectNoTrouble(trainer);
  });

  it('keeps the competition: three teams, three assessments, totals, the best and the fastest growth, after a reload', async () => {
    const trainer = await openApp({ locale: 'ru-RU' });
    apps.push(trainer);
    const { page } = trainer;
    await trainer.goto('#/trainer/board', { lang: 'ru' });
    await page.getByRole('heading', { name: 'Соревнование команд', level: 1 }).waitFor();
    const names = ['Альфа', 'Бета', 'Гамма'];
    for (const [index, name] of names.entries()) {
      const field = page.getByLabel(`Название команды ${index + 1}`, { exact: true });
      if ((await field.count()) === 0) await page.getByRole('button', { name: '+ Добавить команду' }).click();
      await field.fill(name);
    }
    expect(await page.getByLabel('Название команды 4', { exact: true }).count()).toBe(0);
    // Scores per assessment 1, 2, 3.
    const scores: Record<string, [string, string, string]> = { Альфа: ['10', '12', '15'], Бета: ['14', '13', '12'], Гамма: ['8', '13', '17,5'] };
    for (const [team, values] of Object.entries(scores)) {
      for (const [index, value] of values.entries()) await page.getByLabel(`${team}, Оценка ${index + 1}`, { exact: true }).fill(value);
    }
    await page.getByRole('heading', { name: 'Табло', level: 2 }).click();

    /** Place, team, three scores, total and the day's growth per row, as a screen reader reads them. */
    const standingsRows = async () => {
      const rows = (await page.getByRole('table', { name: 'Табло: места и итоги команд' }).getByRole('row').all()).slice(1);
      return Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).map(plain).join(' | ')));
    };
    // Totals: Бета 14 + 13 + 12 = 39, Гамма 8 + 13 + 17,5 = 38,5, Альфа 10 + 12 + 15 = 37; the day's growth is the
    // last score less the first: −2, +9,5, +5. A star marks each assessment's best (13 is shared).
    const expected = [
      '♛ 1 | Бета, лидер | 14 ★, лучший результат оценки | 13 ★, лучший результат оценки | 12 | 39 | −2',
      '2 | Гамма | 8 | 13 ★, лучший результат оценки | 17,5 ★, лучший результат оценки | 38,5 | +9,5',
      '3 | Альфа | 10 | 12 | 15 | 37 | +5',
    ];
    const winnersRows = async () => {
      const winners = page.getByRole('table', { name: 'Победители каждой оценки' });
      const rows = (await winners.getByRole('row').all()).slice(1);
      return Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).map(plain)));
    };
    const check = async () => {
      await expect.poll(standingsRows, EVENTUALLY).toEqual(expected);
      expect(await winnersRows()).toEqual([
        // Assessment 1: Бета's 14 is the best; nothing to grow from.
        ['Оценка 1', 'Бета (14)', 'первая оценка — расти не с чего'],
        // Assessment 2: Бета and Гамма share 13; growth Альфа 12 − 10 = +2, Бета 13 − 14 = −1, Гамма 13 − 8 = +5.
        ['Оценка 2', 'Бета и Гамма (13)', 'Гамма (+5)'],
        // Assessment 3: Гамма's 17,5; growth Альфа 15 − 12 = +3, Бета 12 − 13 = −1, Гамма 17,5 − 13 = +4,5.
        ['Оценка 3', 'Гамма (17,5)', 'Гамма (+4,5)'],
      ]);
      // Over the day (last score − first): Гамма 17,5 − 8 = +9,5; Альфа 15 − 10 = +5; Бета 12 − 14 = −2.
      expect(plain(await page.locator('.board-overall').textContent())).toBe('▲▲ Самый большой рост за день: Гамма (+9,5)');
    };
    await check();

    await page.reload();
    await page.getByRole('heading', { name: 'Соревнование команд', level: 1 }).waitFor();
    await check();
    expect(await page.getByLabel('Гамма, Оценка 3', { exact: true }).inputValue()).toBe('17,5');
    expectNoTrouble(trainer);
  });
});
