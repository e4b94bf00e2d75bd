import { afterEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, expectNoTrouble, openApp, plain, type App } from './browser';

/**
 * A participant with two tabs open (one projected, one to type in) loses nothing: each tab's work reaches
 * storage and the other tab, exercise by exercise and field by field.
 */
describe('two tabs of the workbook', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('keeps ROI notes typed in one tab and a Kano feature added in the other', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const first = app.page;
    const second = await app.context.newPage();
    await app.goto('#/ex/program-roi/conclusions', { lang: 'ru' });
    await second.goto(app.url('#/ex/kano/features', { lang: 'ru' }));
    await second.getByRole('button', { name: '+ Добавить свойство' }).waitFor();

    await first.getByLabel('Заметки и обоснование', { exact: true }).fill('Из первой вкладки');
    const before = plain(await second.getByRole('heading', { name: /^Ваш список:/ }).textContent());
    const count = Number(/\d+/.exec(before)?.[0]);
    await second.getByRole('button', { name: '+ Добавить свойство' }).click();
    await second.getByLabel(`Свойство ${count + 1}: название`, { exact: true }).fill('Из второй вкладки');

    // Each tab reloaded: both changes are in storage.
    await first.reload();
    await expect.poll(() => first.getByLabel('Заметки и обоснование', { exact: true }).inputValue(), EVENTUALLY).toBe('Из первой вкладки');
    await first.goto(app.url('#/ex/kano/features', { lang: 'ru' }));
    await expect.poll(() => first.getByLabel(`Свойство ${count + 1}: название`, { exact: true }).inputValue(), EVENTUALLY).toBe('Из второй вкладки');
    expectNoTrouble(app);
  });

  it('shows a field typed in one tab in the other at once, and keeps both tabs’ fields of one exercise', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const first = app.page;
    const second = await app.context.newPage();
    await app.goto('#/ex/program-roi/conclusions', { lang: 'ru' });
    await second.goto(app.url('#/ex/program-roi/conclusions', { lang: 'ru' }));
    await second.getByLabel('Следующие шаги', { exact: true }).waitFor();

    await first.getByLabel('Заметки и обоснование', { exact: true }).fill('Заметка первой вкладки');
    await expect.poll(() => second.getByLabel('Заметки и обоснование', { exact: true }).inputValue(), EVENTUALLY).toBe('Заметка первой вкладки');
    await second.getByLabel('Следующие шаги', { exact: true }).fill('Шаги второй вкладки');
    await expect.poll(() => first.getByLabel('Следующие шаги', { exact: true }).inputValue(), EVENTUALLY).toBe('Шаги второй вкладки');

    await second.close();
    await first.reload();
    await expect.poll(() => first.getByLabel('Заметки и обоснование', { exact: true }).inputValue(), EVENTUALLY).toBe('Заметка первой вкладки');
    expect(await first.getByLabel('Следующие шаги', { exact: true }).inputValue()).toBe('Шаги второй вкладки');
    expectNoTrouble(app);
  });
});
