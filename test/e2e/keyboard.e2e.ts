import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exercises } from '../../exercises';
import { EVENTUALLY, expectNoTrouble, openApp, stepHeading, type App } from './browser';

/** The workbook from the keyboard alone, in Chromium: where focus goes after a step changes and around a dialog. */
const exercise = exercises[0]!;
const [first, second, third] = exercise.steps;

/** What a screen reader would announce as the focused element: its tag and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName.toLowerCase(), text: element?.textContent?.trim(), inDialog: Boolean(element?.closest('dialog')) };
  });
}

describe('the workbook from the keyboard', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('moves focus to the new step’s heading after Next, so a second Enter does not skip a step unseen', async () => {
    app = await openApp({ locale: 'en-US', path: `#/ex/${exercise.id}/${first!.id}` });
    const { page } = app;
    await stepHeading(page).waitFor();
    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), EVENTUALLY).toEqual({ tag: 'h2', text: second!.title.en, inDialog: false });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(`#/ex/${exercise.id}/${second!.id}`);

    // Tab from the heading reaches the step's own content before anything else; the stepper works the same way.
    const stepper = page.getByRole('navigation', { name: 'Exercise steps' });
    await stepper.getByRole('link', { name: new RegExp(third!.title.en) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), EVENTUALLY).toEqual({ tag: 'h2', text: third!.title.en, inDialog: false });
    await page.getByRole('button', { name: '← Back' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), EVENTUALLY).toEqual({ tag: 'h2', text: second!.title.en, inDialog: false });
    expectNoTrouble(app);
  });

  it('takes focus into a dialog, closes it with Escape and returns focus to the button that opened it', async () => {
    app = await openApp({ locale: 'en-US', path: `#/ex/${exercise.id}/${first!.id}` });
    const { page } = app;
    await stepHeading(page).waitFor();
    const reset = page.getByRole('button', { name: 'Reset exercise' });
    await reset.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // showModal(): the page behind is inert, so Tab cannot wander out of the question.
    expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
    expect(await focused(page)).toEqual({ tag: 'button', text: 'Cancel', inDialog: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), EVENTUALLY).toBe(0);
    expect(await focused(page)).toEqual({ tag: 'button', text: 'Reset exercise', inDialog: false });

    // The banner that opened this one goes with the demo values: focus lands on the step's heading, not the page's start.
    await page.getByRole('button', { name: 'Start from scratch' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ tag: 'button', text: 'Start from scratch', inDialog: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count(), EVENTUALLY).toBe(0);
    expect(await focused(page)).toEqual({ tag: 'h2', text: first!.title.en, inDialog: false });
    expectNoTrouble(app);
  });
});
