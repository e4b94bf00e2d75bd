import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, expectNoTrouble, openApp, stepHeading, type App } from './browser';

const PROJECTOR = { width: 1920, height: 1080 };

function stepTitle(page: Page) {
  return stepHeading(page).textContent();
}

function fontSizePx(page: Page, element: 'body' | 'h1' | '#step-title'): Promise<number> {
  return page.evaluate((selector) => Number.parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize), element);
}

function presenterButton(page: Page) {
  return page.getByRole('button', { name: /^(Режим презентации|Выйти из режима презентации)$/ });
}

async function expectPresenter(page: Page, on: boolean): Promise<void> {
  await expect.poll(() => presenterButton(page).getAttribute('aria-pressed'), EVENTUALLY).toBe(String(on));
  expect(await presenterButton(page).textContent()).toBe(on ? 'Выйти из режима презентации' : 'Режим презентации');
}

/** The cumulative chart's drawing area: charts grow with the type in presenter mode. */
async function chartHeight(page: Page): Promise<number> {
  const canvas = page.getByRole('img', { name: 'Накопленный эффект по месяцам', exact: true });
  await canvas.waitFor();
  return (await canvas.boundingBox())?.height ?? 0;
}

describe('presenter mode on a 1920×1080 projector', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('enlarges type and charts, hides everything but the step, moves with ←/→ and leaves with Esc', async () => {
    app = await openApp({ locale: 'ru-RU', viewport: PROJECTOR });
    const { page } = app;
    await app.goto('#/ex/program-roi/economics');
    await expect.poll(() => stepTitle(page), EVENTUALLY).toBe('Экономика программы');
    await expectPresenter(page, false);

    const normalBody = await fontSizePx(page, 'body');
    const normalHeading = await fontSizePx(page, '#step-title');
    const normalChart = await chartHeight(page);
    const hint = page.getByText('Сколько раз в месяц типичный клиент покупает у вас сейчас', { exact: false });
    const otherStepTitle = page.getByRole('navigation', { name: 'Шаги упражнения' }).getByText('Безубыточность скидки', { exact: true });
    const currentStepTitle = page.getByRole('navigation', { name: 'Шаги упражнения' }).getByText('Экономика программы', { exact: true });
    for (const clutter of [
      page.getByRole('contentinfo'),
      page.getByRole('button', { name: 'Скачать копию' }),
      page.getByRole('button', { name: 'Выгрузить в Excel' }),
      page.getByRole('button', { name: 'Начать с чистого листа' }),
      hint,
      otherStepTitle,
    ]) {
      expect(await clutter.isVisible()).toBe(true);
    }

    await presenterButton(page).click();
    await expectPresenter(page, true);
    expect(await fontSizePx(page, 'body')).toBeGreaterThan(normalBody);
    // The step's title grows; the exercise's title shrinks into one thin line with the breadcrumb (the result comes first).
    expect(await fontSizePx(page, '#step-title')).toBeGreaterThan(normalHeading);
    expect(await fontSizePx(page, 'h1')).toBeLessThan(await fontSizePx(page, '#step-title'));
    await expect.poll(() => chartHeight(page), EVENTUALLY).toBeGreaterThan(normalChart);
    // Nothing but the step: no footer, backup, export or demo banner, no field hints,
    // and the stepper keeps only the current step's name.
    expect(await page.getByRole('contentinfo').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Скачать копию' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Выгрузить в Excel' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Начать с чистого листа' }).count()).toBe(0);
    expect(await hint.isVisible()).toBe(false);
    // Other steps show their number only; the title stays in the accessibility tree (visually hidden).
    expect((await otherStepTitle.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await expect.poll(() => page.getByRole('link', { name: /Безубыточность скидки/ }).count()).toBe(1);
    expect(await currentStepTitle.isVisible()).toBe(true);
    // The language and the currency can still be changed in front of the room: a Chinese group sees yuan.
    expect(await page.getByRole('combobox', { name: 'Язык' }).isVisible()).toBe(true);
    await page.getByRole('combobox', { name: 'Валюта' }).selectOption('CNY');
    await expect.poll(async () => (await page.locator('.metric-grid').first().textContent()) ?? '', EVENTUALLY).toContain('¥');
    await page.getByRole('combobox', { name: 'Валюта' }).selectOption('');
    await expect.poll(async () => (await page.locator('.metric-grid').first().textContent()) ?? '', EVENTUALLY).toContain('₽');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepTitle(page), EVENTUALLY).toBe('Чувствительность и сценарии');
    expect(page.url()).toMatch(/#\/ex\/program-roi\/sensitivity$/);
    // One press, one step: each press waits for the step it leads to, as a trainer's clicker would.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepTitle(page), EVENTUALLY).toBe('Экономика программы');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepTitle(page), EVENTUALLY).toBe('Безубыточность скидки');
    // No step before the first: ← stays there.
    await page.keyboard.press('ArrowLeft');
    expect(await stepTitle(page)).toBe('Безубыточность скидки');

    await page.keyboard.press('Escape');
    await expectPresenter(page, false);
    expect(await fontSizePx(page, 'body')).toBe(normalBody);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
    // ←/→ belong to presenter mode only: in normal mode they scroll and edit as usual.
    await page.keyboard.press('ArrowRight');
    expect(await stepTitle(page)).toBe('Безубыточность скидки');
    expectNoTrouble(app);
  });

  it('toggles with the P key, but not while the user types', async () => {
    app = await openApp({ locale: 'ru-RU', viewport: PROJECTOR });
    const { page } = app;
    await app.goto('#/ex/program-roi/conclusions');
    await expect.poll(() => stepTitle(page), EVENTUALLY).toBe('Выводы и решение');

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('p');
    await expectPresenter(page, true);
    await page.keyboard.press('P');
    await expectPresenter(page, false);
    // On a Russian layout the same key gives «з»; playwright's keyboard knows only the US layout, so the
    // event a Russian keyboard sends is dispatched by hand.
    await page.evaluate(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'з', code: 'KeyP', bubbles: true })));
    await expectPresenter(page, true);
    await page.keyboard.press('Escape');
    await expectPresenter(page, false);

    const notes = page.getByLabel('Заметки и обоснование', { exact: true });
    await notes.pressSequentially('pilot plan');
    expect(await notes.inputValue()).toBe('pilot plan');
    await expectPresenter(page, false);
    expectNoTrouble(app);
  });

  it('opens straight in presenter mode with ?presenter=1', async () => {
    app = await openApp({ locale: 'ru-RU', viewport: PROJECTOR });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount', { presenter: true });
    await expectPresenter(page, true);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    expect(await fontSizePx(page, 'body')).toBeGreaterThan(16);
    expect(await page.getByRole('contentinfo').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepTitle(page), EVENTUALLY).toBe('Экономика программы');
    expectNoTrouble(app);
  });
});
