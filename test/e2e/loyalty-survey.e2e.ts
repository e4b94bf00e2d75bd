import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { EVENTUALLY, expectNoTrouble, openApp, plain, stepHeading, type App } from './browser';

/**
 * A participant's survey through the real import screen of the loyalty step "Опрос клиентов": an .xlsx whose
 * headers mix Russian, English and Chinese and whose CSAT column holds scale words, imported and accepted;
 * the step then counts it instead of the demo and shows NPS with its margin, also after a reload.
 */

const STEP = '#/ex/loyalty-measurement/survey';

/**
 * 20 answers: 10 × "10", 4 × "8", 6 × "3" → P = 10, D = 6: NPS = 100 × (10 − 6) / 20 = 20.
 * Adjusted Wald: n = 23, p = 10.75/23 = 0.46739, d = 6.75/23 = 0.29348; Var = 0.76087 − 0.17391² = 0.73062;
 * margin = 1.96 × sqrt(0.73062 / 23) = 1.96 × 0.17823 = 0.34933 → ± 34,9; interval 17.39 ± 34.93 → −17.54 … 52.32, shown −18 … 52.
 */
function surveyFile(): Buffer {
  const header = ['Respondent', 'Готовность рекомендовать', '满意度', 'Сегмент'];
  const rows: (string | number)[][] = [];
  const add = (count: number, nps: number, csat: string) => {
    for (let i = 0; i < count; i++) rows.push([`R${String(rows.length + 1).padStart(2, '0')}`, nps, csat, rows.length % 2 === 0 ? 'Розница' : 'Опт']);
  };
  add(10, 10, 'Очень доволен');
  add(4, 8, 'Satisfied');
  add(6, 3, '不满意');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ...rows]), 'Ответы');
  // Cast: SheetJS writes a Node Buffer for type 'buffer'.
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const metric = (page: Page, label: string) => page.locator('dt.metric__label', { hasText: label }).locator('xpath=following-sibling::dd[1]');

describe('a participant imports their own survey on the loyalty step', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports an .xlsx with mixed-language headers and scale words, and reads NPS with its margin', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto(STEP);
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Опрос клиентов');
    await page.getByText('Демонстрационные данные', { exact: true }).waitFor();

    const block = page.getByRole('region', { name: 'Добавить файл ответов' });
    await block.getByTestId('dataset-file-input').setInputFiles({ name: 'опрос.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: surveyFile() });
    const mapping = block.getByRole('region', { name: 'Какой столбец файла что означает' });
    await mapping.waitFor();
    // Each header is recognised in its own language.
    for (const [label, header] of [
      ['Респондент', 'Respondent'],
      ['Готовность рекомендовать (0–10)', 'Готовность рекомендовать'],
      ['Удовлетворённость (1–5)', '满意度'],
    ] as const) {
      expect(plain(await mapping.getByLabel(label, { exact: true }).locator('option:checked').textContent())).toContain(header);
    }
    await block.getByRole('button', { name: 'Импортировать' }).click();
    await block.getByRole('heading', { name: 'Отчёт об импорте' }).waitFor();
    await block.getByRole('button', { name: 'Принять и сохранить' }).click();

    // The stored file is listed as file 1; the demo gives way to the participant's answers.
    const stored = page.getByRole('region', { name: 'Файл ответов 1' });
    await expect.poll(async () => plain(await stored.textContent()), EVENTUALLY).toContain('Файл «опрос.xlsx», загружен');
    await expect.poll(async () => plain(await metric(page, 'NPS').textContent()), EVENTUALLY).toBe('20 ± 34,9');
    expect(await page.getByText('Демонстрационные данные', { exact: true }).count()).toBe(0);
    const text = plain(await page.getByRole('main').textContent());
    expect(text).toContain('Учтено 20 ответов из ваших файлов и введённых вручную.');
    expect(text).toContain('95 % интервал: от −18 до 52 · ответов: 20');
    // CSAT from the words: 10 "Очень доволен" + 4 "Satisfied" of 20 → 70 %.
    expect(plain(await metric(page, 'CSAT: доля довольных (4–5 из 5)').textContent())).toBe('70 %');
    // 20 answers is a small sample: the reading says so.
    expect(text).toContain('Ответов мало (20)');

    await page.reload();
    await expect.poll(async () => plain(await metric(page, 'NPS').textContent()), EVENTUALLY).toBe('20 ± 34,9');
    expectNoTrouble(app);
  });
});
