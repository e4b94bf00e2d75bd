import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exercises } from '../../exercises';
import { EVENTUALLY, expectNoTrouble, openApp, pendingAtPrint, stubPrintDialog, type App } from './browser';

/** What the printed report shows of each kind of element: how many there are, how many paper shows. */
interface Printed {
  total: number;
  shown: number;
}

async function printed(page: Page, selector: string): Promise<Printed> {
  return page.locator(`main ${selector}`).evaluateAll((elements) => ({
    total: elements.length,
    shown: elements.filter((element) => element.checkVisibility()).length,
  }));
}

/** Opens an exercise's report, lets it ask for the print dialog (stubbed), and switches to print media, as the dialog does. */
async function openReport(app: App, exerciseId: string): Promise<void> {
  const { page } = app;
  const printCalls = await stubPrintDialog(page);
  await app.goto(`#/ex/${exerciseId}/report`, { lang: 'ru' });
  await expect.poll(printCalls, EVENTUALLY).toBe(1);
  // The dialog prints the page as it is: every figure computed and every chart drawn by then.
  expect(await pendingAtPrint(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
}

describe('the printed report: results and inputs, not the screen’s instructions', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  // Every exercise of the registry, so one added later prints by the same rule from its first commit.
  for (const { id: exerciseId } of exercises) {
    it(`${exerciseId}: hides intros, hints, import blocks and unchosen options; keeps tables and charts`, async () => {
      // An English-language browser with the app in Russian: what prints must follow the app.
      app = await openApp({ locale: 'en-US' });
      const { page } = app;
      await openReport(app, exerciseId);

      const explain = await printed(page, '.explain');
      expect(explain.total, 'the report has intros to hide').toBeGreaterThan(0);
      expect(explain.shown).toBe(0);
      expect((await printed(page, '.field__hint')).shown).toBe(0);
      // Nothing is imported in the demo: no file-import block reaches paper.
      expect((await printed(page, '.dataset-import')).shown).toBe(0);
      expect((await printed(page, '.step-section--files')).shown).toBe(0);
      // A choice prints as the option chosen: no circles, no options left unchosen.
      expect((await printed(page, 'input[type="radio"]')).shown).toBe(0);
      expect((await printed(page, 'label:has(> input[type="radio"]:not(:checked))')).shown).toBe(0);
      expect((await printed(page, 'button')).shown).toBe(0);
      // An empty date prints as an empty line, not as the format's example read as a date.
      const datePlaceholders = await page.locator('main .date-field__input').evaluateAll((inputs) =>
        inputs.filter((input) => input instanceof HTMLInputElement && input.value === '' && input.checkVisibility()).map((input) => getComputedStyle(input, '::placeholder').color),
      );
      for (const color of datePlaceholders) expect(color).toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);

      // The tables and charts a report has reach paper (a design exercise, such as program design, may have neither).
      for (const selector of ['table', 'figure']) {
        const { total, shown } = await printed(page, selector);
        if (total > 0) expect(shown, selector).toBeGreaterThan(0);
      }
      // Nothing runs off the paper's right edge: at the width of A4's text (186 mm ≈ 703 px) every table fits.
      await page.setViewportSize({ width: 703, height: 1000 });
      const tooWide = await page.locator('main table').evaluateAll((tables) => {
        const right = document.querySelector('main')?.getBoundingClientRect().right ?? 0;
        return tables.filter((table) => table.checkVisibility() && table.getBoundingClientRect().right > right + 1).map((table) => table.querySelector('caption')?.textContent ?? table.className);
      });
      expect(tooWide).toEqual([]);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(text).not.toMatch(/лист\s*[,)]/);
      expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expectNoTrouble(app);
    });
  }

  it('prints a chosen option and a date in the app’s language, not the browser’s own date format', async () => {
    app = await openApp({ locale: 'en-US' });
    const { page } = app;
    await openReport(app, 'program-roi');
    // The decision prints as the option chosen, under its legend.
    expect(await page.getByRole('main').getByText('Пока не решено', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('main').getByText('Запускать программу', { exact: true }).isVisible()).toBe(false);
    const launch = page.getByRole('main').locator('.date-field').first();
    // The demo's launch, 1 September 2023: Chromium in English would print a native date box as 09/01/2023.
    expect(await launch.locator('input').inputValue()).toBe('01.09.2023');
    expect(await launch.locator('input').isVisible()).toBe(true);
    expect(await launch.getByRole('button').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'screen' });
    expect(await launch.getByRole('button').isVisible()).toBe(true);
    expectNoTrouble(app);
  });
});
