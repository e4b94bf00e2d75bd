import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, expectNoTrouble, openApp, stepHeading, type App } from './browser';

/**
 * Issue 12, "Phones (alumni)": what a phone needs beyond the walk's rules (walk/checks/), which see each page
 * as it opens. Here the user acts: opens the header menu and the exercise's actions, moves between steps with
 * the step select, scrolls a wide table by keyboard, reads a Kano category. A laptop keeps its own layout.
 */
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const STEPS = 'Шаги упражнения';

function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
}

const opened: App[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

/** A Russian-speaking alumnus's browser on this screen, at this page of the workbook. */
async function openAt(viewport: { width: number; height: number }, route: string): Promise<App> {
  const app = await openApp({ locale: 'ru-RU', viewport });
  opened.push(app);
  await app.goto(route);
  return app;
}

describe('the workbook on a phone', () => {
  it('folds the header tools and the exercise actions behind buttons, and moves between steps with a select', async () => {
    const app = await openAt(PHONE, '#/ex/servqual/plan');
    const { page } = app;
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('План улучшений');

    const menu = page.getByRole('button', { name: 'Меню' });
    const language = page.getByRole('combobox', { name: 'Язык' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await language.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await language.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Скачать копию' }).isVisible()).toBe(true);
    // Escape closes the menu and leaves focus where it was opened from.
    await page.keyboard.press('Escape');
    expect(await language.isVisible()).toBe(false);
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);

    const actions = page.getByRole('button', { name: 'Действия' });
    const exportButton = page.getByRole('button', { name: 'Выгрузить в Excel' });
    expect(await exportButton.isVisible()).toBe(false);
    await actions.click();
    expect(await exportButton.isVisible()).toBe(true);
    // A tap on the page closes it again.
    await stepHeading(page).click();
    expect(await exportButton.isVisible()).toBe(false);

    // The steps: one select in place of the list of links.
    const steps = page.getByRole('navigation', { name: STEPS });
    expect(await steps.getByRole('link').count()).toBe(0);
    const select = steps.getByRole('combobox', { name: 'Шаг 5 из 6' });
    expect(await select.inputValue()).toBe('plan');
    await select.selectOption('results');
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Результаты');
    expect(page.url()).toMatch(/#\/ex\/servqual\/results$/);
    expect(await steps.getByRole('combobox', { name: 'Шаг 4 из 6' }).inputValue()).toBe('results');
    expectNoTrouble(app);
  });

  it('scrolls a wide table inside its own box, which the keyboard reaches, and never the page', async () => {
    const app = await openAt(PHONE, '#/ex/servqual/results');
    const { page } = app;
    const box = page.getByRole('group', { name: 'Стороны сервиса: средние ожидания, восприятие, разрыв и вес' });
    await box.waitFor(EVENTUALLY);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft), EVENTUALLY).toBeGreaterThan(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expectNoTrouble(app);
  });

  it('shows each Kano feature as a card with its category on screen', async () => {
    const app = await openAt(PHONE, '#/ex/kano/results');
    const { page } = app;
    // Cards on screen, still a table to a screen reader: a row per feature, named by the feature.
    const table = page.getByRole('table', { name: /^Число ответов каждой категории/ });
    const card = table.getByRole('row', { name: /^Бонусы за каждую покупку/ });
    const category = card.getByText('Одномерное', { exact: true });
    await category.waitFor(EVENTUALLY);
    const cardBox = await card.boundingBox();
    const categoryBox = await category.boundingBox();
    // The category sits right under the feature's name, inside the screen's width.
    expect(categoryBox && cardBox && categoryBox.x >= 0 && categoryBox.x + categoryBox.width <= PHONE.width).toBe(true);
    expect(categoryBox && cardBox ? categoryBox.y - cardBox.y : Infinity).toBeLessThan(80);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expectNoTrouble(app);
  });
});

describe('the same pages on a laptop', () => {
  it('keep the header tools, the actions and the list of steps in view, with no menu buttons', async () => {
    const app = await openAt(LAPTOP, '#/ex/servqual/plan');
    const { page } = app;
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('План улучшений');
    expect(await page.getByRole('combobox', { name: 'Язык' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Выгрузить в Excel' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Меню' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Действия' }).count()).toBe(0);
    const steps = page.getByRole('navigation', { name: STEPS });
    expect(await steps.getByRole('link').count()).toBe(6);
    expect(await steps.getByRole('combobox').count()).toBe(0);
    expectNoTrouble(app);
  });
});
