import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EVENTUALLY, expectField, expectNoTrouble, metricValue, openApp, percentValue, plain, stepHeading, type App } from './browser';

const ROI_TITLE = 'Эффективность программы лояльности (ROI)';

/** The numbered list of steps beside the current one (the step's own ←/→ buttons share its name). */
function stepper(page: Page) {
  return page.getByRole('navigation', { name: 'Шаги упражнения' }).filter({ has: page.getByRole('list') });
}

async function expectStep(page: Page, title: string): Promise<void> {
  await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe(title);
}

describe('a participant walks the ROI exercise and finds it as left', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('walks every step, reloads, and sees each value and the step again', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/');

    // Home: the seminar's exercises in order, each with its progress.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Упражнения семинара');
    const practicums = await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) }).allTextContents();
    const numbers = practicums.map((card) => Number(/Практикум (\d+)/.exec(card)?.[1]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const progress = page.getByRole('progressbar', { name: `Прогресс упражнения «${ROI_TITLE}»` });
    expect(await progress.getAttribute('value')).toBe('0');
    const roiCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: ROI_TITLE, exact: true }) });
    expect(await roiCard.textContent()).toContain('Не начато');

    await page.getByRole('link', { name: ROI_TITLE, exact: true }).click();
    await expectStep(page, 'Безубыточность скидки');
    const totalSteps = await stepper(page).getByRole('listitem').count();
    expect(totalSteps).toBeGreaterThanOrEqual(4);

    // Step 1: the seminar's example, margin 30 % and discount 10 %, needs 50 % more volume.
    const margin = page.getByLabel('Валовая маржа', { exact: true });
    await margin.fill('40');
    await expect.poll(async () => plain(await metricValue(page, 'Нужный прирост объёма').textContent()), EVENTUALLY).toBe('+33,3 %');
    await margin.clear();
    await margin.pressSequentially('30');
    const discount = page.getByLabel('Скидка', { exact: true });
    await discount.clear();
    await discount.pressSequentially('10');
    await expect.poll(async () => plain(await metricValue(page, 'Нужный прирост объёма').textContent())).toBe('+50 %');
    expect(await page.getByRole('figure', { name: 'Какой прирост продаж нужен при разной скидке' }).locator('svg').count()).toBeGreaterThan(0);

    // Step 2: a higher reward rate costs more, so ROI falls.
    await page.getByRole('button', { name: 'Далее →' }).click();
    await expectStep(page, 'Экономика программы');
    const roi = metricValue(page, 'ROI');
    const roiBefore = percentValue((await roi.textContent()) ?? '');
    await page.getByLabel('Начисление бонусов', { exact: true }).fill('5');
    await expect.poll(async () => percentValue((await roi.textContent()) ?? '')).toBeLessThan(roiBefore);
    const roiAfter = plain(await roi.textContent());

    // Step 3: the tornado chart draws its bars; the scenario table compares three outcomes.
    await page.getByRole('button', { name: 'Далее →' }).click();
    await expectStep(page, 'Чувствительность и сценарии');
    const tornado = page.getByRole('figure', { name: 'Что сильнее всего влияет на ROI' });
    // Recharts' bars have no accessible name of their own: the rectangles are found by the class recharts gives them.
    await expect.poll(() => tornado.getByRole('img').locator('svg .recharts-bar-rectangle').count(), EVENTUALLY).toBeGreaterThan(0);
    const scenarios = page.getByRole('table', { name: 'Результаты сценариев' });
    expect(await scenarios.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['Пессимистичный', 'Ожидаемый', 'Оптимистичный']));
    expect(await scenarios.getByRole('row', { name: /Чистый эффект/ }).getByRole('cell').count()).toBe(3);
    await page.getByRole('button', { name: 'Далее →' }).click();

    // Conclusions, reached through the stepper.
    await stepper(page).getByRole('link', { name: /Выводы и решение/ }).click();
    await expectStep(page, 'Выводы и решение');
    await page.getByRole('radio', { name: 'Сначала пилот на части клиентов' }).check();
    await page.getByLabel('Заметки и обоснование', { exact: true }).pressSequentially('Проверить частоту на пилоте');
    await page.getByLabel('Следующие шаги', { exact: true }).fill('Пилот в трёх магазинах');
    await page.getByRole('button', { name: 'Отметить как выполненное' }).click();
    await expect.poll(() => page.getByText('✓ Упражнение выполнено').isVisible()).toBe(true);
    const completedSteps = await stepper(page).getByRole('link', { name: /\(выполнен\)/ }).count();
    expect(completedSteps).toBeGreaterThanOrEqual(4);

    // The tab is closed and opened again: same step, same values.
    await page.reload();
    await expectStep(page, 'Выводы и решение');
    await expect.poll(() => page.getByRole('radio', { name: 'Сначала пилот на части клиентов' }).isChecked(), EVENTUALLY).toBe(true);
    await expectField(page, 'Заметки и обоснование', 'Проверить частоту на пилоте');
    await expectField(page, 'Следующие шаги', 'Пилот в трёх магазинах');
    await stepper(page).getByRole('link', { name: /Экономика программы/ }).click();
    await expectField(page, 'Начисление бонусов', '5');
    expect(plain(await metricValue(page, 'ROI').textContent())).toBe(roiAfter);
    await stepper(page).getByRole('link', { name: /Безубыточность скидки/ }).click();
    await expectField(page, 'Валовая маржа', '30');
    await expectField(page, 'Скидка', '10');
    expect(plain(await metricValue(page, 'Нужный прирост объёма').textContent())).toBe('+50 %');

    // Home shows how far the exercise has come and offers to continue it.
    await page.getByRole('link', { name: 'Все упражнения' }).click();
    await expect.poll(() => progress.getAttribute('value'), EVENTUALLY).toBe(String(completedSteps));
    expect(await progress.getAttribute('max')).toBe(String(totalSteps));
    expect(await page.getByRole('link', { name: `Продолжить: ${ROI_TITLE}` }).isVisible()).toBe(true);

    expectNoTrouble(app);
  });

  it('explains an invalid value inline, in the current language, and keeps the text through a reload', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount');
    const margin = page.getByLabel('Валовая маржа', { exact: true });
    await margin.fill('тридцать');
    const problem = page.getByRole('alert').filter({ hasText: 'Введите число, например 1 234,5' });
    await expect.poll(() => problem.count(), EVENTUALLY).toBe(1);
    expect(await margin.getAttribute('aria-invalid')).toBe('true');
    // The last valid margin still drives the result: no NaN, no blank.
    expect(plain(await metricValue(page, 'Нужный прирост объёма').textContent())).toBe('+50 %');

    await page.getByLabel('Скидка', { exact: true }).fill('150');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Не больше 100' }).count(), EVENTUALLY).toBe(1);

    await page.reload();
    await expectField(page, 'Валовая маржа', 'тридцать');
    await expect.poll(() => problem.count(), EVENTUALLY).toBe(1);
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Enter a number' }).count(), EVENTUALLY).toBe(1);
    expect(await page.getByLabel('Gross margin', { exact: true }).inputValue()).toBe('тридцать');
    expect(await page.getByRole('main').textContent()).not.toMatch(/NaN|Infinity|undefined/);
    expectNoTrouble(app);
  });

  it('starts from scratch only after confirmation, with every demo value cleared', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount', { lang: 'ru' });
    await expectField(page, 'Валовая маржа', '30');

    const startFromScratch = page.getByRole('button', { name: 'Начать с чистого листа' });
    await startFromScratch.click();
    const dialog = page.getByRole('dialog', { name: 'Начать с чистого листа' });
    expect(await dialog.textContent()).toContain('Очистить демонстрационные значения');
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expectField(page, 'Валовая маржа', '30');

    await startFromScratch.click();
    await dialog.getByRole('button', { name: 'Начать с чистого листа' }).click();
    await expectField(page, 'Валовая маржа', '');
    await expectField(page, 'Скидка', '');
    expect(await page.getByText('Введите валовую маржу и скидку, чтобы увидеть, какой прирост продаж нужен.').isVisible()).toBe(true);
    expect(await startFromScratch.count()).toBe(0);

    await stepper(page).getByRole('link', { name: /Экономика программы/ }).click();
    await expectField(page, 'Участники программы', '');
    expect(await page.getByText('Чтобы посчитать эффект программы, заполните поля:').isVisible()).toBe(true);

    // Blank is the user's own state now: a reload does not bring the demo back.
    await page.reload();
    await expectField(page, 'Участники программы', '');
    expectNoTrouble(app);
  });

  it('resets the exercise to the demo after confirmation', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    await app.goto('#/ex/program-roi/discount', { lang: 'ru' });
    await page.getByLabel('Валовая маржа', { exact: true }).fill('45');
    await page.getByRole('button', { name: 'Далее →' }).click();
    await expectStep(page, 'Экономика программы');
    await page.getByLabel('Участники программы', { exact: true }).fill('5000');

    await page.getByRole('button', { name: 'Сбросить упражнение' }).click();
    const dialog = page.getByRole('dialog', { name: `Сбросить упражнение «${ROI_TITLE}»?` });
    expect(await dialog.textContent()).toContain('Другие упражнения не изменятся');
    await dialog.getByRole('button', { name: 'Сбросить упражнение' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expectField(page, 'Участники программы', '20 000');
    expect(await page.getByRole('button', { name: 'Начать с чистого листа' }).isVisible()).toBe(true);
    await stepper(page).getByRole('link', { name: /Безубыточность скидки/ }).click();
    await expectField(page, 'Валовая маржа', '30');
    expect(await stepper(page).getByRole('link', { name: /\(выполнен\)/ }).count()).toBe(0);

    await page.reload();
    await expectField(page, 'Валовая маржа', '30');
    await page.getByRole('link', { name: 'Все упражнения' }).click();
    const progress = page.getByRole('progressbar', { name: `Прогресс упражнения «${ROI_TITLE}»` });
    await expect.poll(() => progress.getAttribute('value'), EVENTUALLY).toBe('0');
    expectNoTrouble(app);
  });
});
