import { afterEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, expectField, expectNoTrouble, openApp, plain, type App } from './browser';

/** The demo's launch date (exercises/program-roi/demo/evaluationLaunch.ts), as each language writes it. */
const LAUNCH_WRITTEN = { ru: '01.09.2023', zh: '2023-09-01', en: '1 Sep 2023' };

describe('dates follow the app’s language, not the browser’s', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('shows and reads dd.mm.yyyy on a Russian page in an American browser, with a Russian calendar', async () => {
    app = await openApp({ locale: 'en-US', timezoneId: 'America/New_York' });
    const { page } = app;
    await app.goto('#/ex/program-roi/evaluation', { lang: 'ru' });
    await expectField(page, 'Дата запуска программы', LAUNCH_WRITTEN.ru);

    const field = page.getByLabel('Дата запуска программы', { exact: true });
    await field.fill('14.03.2025');
    await field.blur();
    await expectField(page, 'Дата запуска программы', '14.03.2025');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('loyalty-workbook') ?? '{}').state.exercises['program-roi'].state.evaluation.launchDate);
    expect(stored).toBe('2025-03-14');

    await page.getByRole('button', { name: 'Выбрать дату в календаре' }).click();
    const calendar = page.getByRole('dialog', { name: 'Календарь' });
    await expect.poll(async () => plain(await calendar.textContent()), EVENTUALLY).toMatch(/март/i);
    await calendar.getByRole('button', { name: /20 марта 2025/i }).click();
    await expectField(page, 'Дата запуска программы', '20.03.2025');

    await field.fill('03/14/2025');
    await field.blur();
    await expect.poll(async () => plain(await page.getByRole('alert').first().textContent()), EVENTUALLY).toContain('не читается как дата');
    expectNoTrouble(app);
  });

  it('writes yyyy-mm-dd on a Chinese page and an unambiguous date on an English one', async () => {
    app = await openApp({ locale: 'en-US' });
    await app.goto('#/ex/program-roi/evaluation', { lang: 'zh' });
    await expectField(app.page, '计划上线日期', LAUNCH_WRITTEN.zh);
    await app.goto('#/ex/program-roi/evaluation', { lang: 'en' });
    await expectField(app.page, 'Program launch date', LAUNCH_WRITTEN.en);
    expectNoTrouble(app);
  });
});
