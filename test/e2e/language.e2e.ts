import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, expectNoTrouble, metricValue, openApp, plain, stepHeading, type App } from './browser';

/** The header's language picker is labelled in the language shown, as every control is. */
const PICKER_LABEL = { ru: 'Язык', en: 'Language', zh: '语言' } as const;

function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

function stepTitle(page: Page) {
  return stepHeading(page).textContent();
}

async function fieldText(page: Page, label: string): Promise<string> {
  return plain(await page.getByLabel(label, { exact: true }).inputValue());
}

describe('language: Russian, English and Chinese at any time', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('switches ru → en → zh mid-exercise, formats numbers per language, and remembers the choice', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/economics');
    await expect.poll(() => stepTitle(page), EVENTUALLY).toBe('Экономика программы');
    expect(await htmlLang(page)).toBe('ru-RU');

    // Russian writes a decimal comma and spaces between thousands.
    const check = page.getByLabel('Средний чек', { exact: true });
    await check.fill('1 234,5');
    await expect.poll(() => fieldText(page, 'Средний чек')).toBe('1 234,5');
    const ruRoi = plain(await metricValue(page, 'ROI').textContent());
    expect(ruRoi).toMatch(/^[+−-]\d+(,\d)? %$/);

    await page.getByRole('combobox', { name: PICKER_LABEL.ru }).selectOption('en');
    await expect.poll(() => heading(page), EVENTUALLY).toBe('Loyalty program ROI');
    expect(await stepTitle(page)).toBe('Program economics');
    expect(await htmlLang(page)).toBe('en-GB');
    expect(await page.getByRole('button', { name: 'Next →' }).isVisible()).toBe(true);
    await expect.poll(() => fieldText(page, 'Average purchase')).toBe('1,234.5');
    const enRoi = plain(await metricValue(page, 'ROI').textContent());
    expect(enRoi).toMatch(/^[+−-]\d+(\.\d)?%$/);
    // The same figure in both languages: only the separators differ.
    expect(enRoi.replace('.', ',').replace('%', ' %')).toBe(ruRoi);
    expect(page.url()).toContain('#/ex/program-roi/economics');

    await page.getByRole('combobox', { name: PICKER_LABEL.en }).selectOption('zh');
    await expect.poll(() => heading(page), EVENTUALLY).toBe('忠诚度计划的投资回报率（ROI）');
    expect(await stepTitle(page)).toBe('计划的经济效益');
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await page.getByRole('button', { name: '下一步 →' }).isVisible()).toBe(true);
    await expect.poll(() => fieldText(page, '平均客单价')).toBe('1,234.5');

    // A reload, as the next morning: still Chinese, on the same step, with the same value.
    await page.reload();
    await expect.poll(() => heading(page), EVENTUALLY).toBe('忠诚度计划的投资回报率（ROI）');
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await page.getByRole('combobox', { name: PICKER_LABEL.zh }).inputValue()).toBe('zh');
    await expect.poll(() => fieldText(page, '平均客单价'), EVENTUALLY).toBe('1,234.5');

    // And back to Russian: the value typed in Russian reads as it was typed.
    await page.getByRole('combobox', { name: PICKER_LABEL.zh }).selectOption('ru');
    await expect.poll(() => fieldText(page, 'Средний чек'), EVENTUALLY).toBe('1 234,5');
    expectNoTrouble(app);
  });

  it.each([
    { browser: 'zh-CN', lang: 'zh-CN', title: '研讨会练习' },
    { browser: 'en-US', lang: 'en-GB', title: 'Seminar exercises' },
    { browser: 'ru-RU', lang: 'ru-RU', title: 'Упражнения семинара' },
    // A language the workbook does not speak falls back to the seminar's own, Russian.
    { browser: 'de-DE', lang: 'ru-RU', title: 'Упражнения семинара' },
  ])('a first visit from a $browser browser opens in $lang', async ({ browser, lang, title }) => {
    app = await openApp({ locale: browser });
    await app.goto('#/');
    await expect.poll(() => heading(app!.page), EVENTUALLY).toBe(title);
    expect(await htmlLang(app.page)).toBe(lang);
    expectNoTrouble(app);
  });
});
