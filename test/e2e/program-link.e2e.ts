import { afterEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, expectField, expectNoTrouble, metricValue, openApp, plain, stepHeading, type App } from './browser';
import { STORAGE_KEY, STORE_VERSION } from '../../src/store/schema';
import { PROGRAM_DESIGN_STATE_VERSION } from '../../exercises/program-design/state';
import { exerciseEntry, persistedWorkbook } from '../builders';
import { designFigures, designState } from '../unit/program-design/economicsBuilders';

/**
 * A design whose figures are ROI's worked example (payback in month 13) but for the number of members, which the
 * participant types in the browser before sending.
 */
const seeded = {
  state: persistedWorkbook({
    exercises: {
      'program-design': exerciseEntry({ stateVersion: PROGRAM_DESIGN_STATE_VERSION, state: designState({ economics: designFigures({ members: null }) }), startedFrom: 'blank' }),
    },
  }),
  version: STORE_VERSION,
};

describe('a program design goes to the ROI exercise and its payback comes back', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('sends the figures, reads payback in ROI, sees the same payback and ROI in the design, and a changed figure over a reload', async () => {
    app = await openApp({ locale: 'ru-RU', storage: { [STORAGE_KEY]: seeded } });
    const { page } = app;
    await app.goto('#/ex/program-design/economics');
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Экономика и ROI');

    const send = page.getByRole('button', { name: 'Оценить в упражнении ROI' });
    expect(await send.isDisabled()).toBe(true);
    expect(await page.getByText('Кнопка заработает, когда будут введены все цифры: не хватает 1.').isVisible()).toBe(true);
    await page.getByLabel('Сколько клиентов вступит', { exact: true }).pressSequentially('20000');
    await expect.poll(() => send.isEnabled(), EVENTUALLY).toBe(true);
    await send.click();

    // ROI's economics step, with the design's figures and where they came from.
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Экономика программы');
    await expectField(page, 'Участники программы', '20 000');
    expect(await page.getByText(/^Эти цифры пришли из проекта программы «Кофе с собой»/).isVisible()).toBe(true);
    await expect.poll(async () => plain(await metricValue(page, 'Окупаемость').textContent()), EVENTUALLY).toBe('13 месяцев');
    const roiInRoi = plain(await metricValue(page, 'ROI').textContent());
    expect(roiInRoi).toMatch(/^\+\d/);

    // Back in the design: the same payback and ROI.
    await page.getByRole('link', { name: 'Вернуться к экономике проекта' }).click();
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Экономика и ROI');
    await expect.poll(async () => plain(await metricValue(page, 'Окупаемость').textContent()), EVENTUALLY).toBe('13-й месяц');
    expect(plain(await metricValue(page, 'ROI').textContent())).toBe(roiInRoi);
    expect(plain(await page.locator('.reading').textContent())).toContain(`окупается на 13-й месяц и даёт ROI ${roiInRoi} за 24 месяца`);

    // A figure changed in the design: ROI's payback is for the figures as they were.
    const rate = page.getByLabel('Ставка вознаграждения', { exact: true });
    await rate.clear();
    await rate.pressSequentially('5');
    const differs = page.getByText('В упражнении ROI сейчас другие цифры, чем в проекте');
    await expect.poll(() => differs.isVisible(), EVENTUALLY).toBe(true);
    expect(plain(await page.getByText(/^Ставка вознаграждения: в проекте/).textContent())).toBe('Ставка вознаграждения: в проекте 5 %, в ROI 3 %');

    await page.reload();
    await expect.poll(() => differs.isVisible(), EVENTUALLY).toBe(true);
    await expectField(page, 'Ставка вознаграждения', '5');
    expect(plain(await metricValue(page, 'Окупаемость').textContent())).toBe('13-й месяц');

    // ROI says so too.
    await app.goto('#/ex/program-roi/economics');
    await expect.poll(() => page.getByText('С тех пор цифры в проекте изменились.').isVisible(), EVENTUALLY).toBe(true);
    expectNoTrouble(app);
  });
});
