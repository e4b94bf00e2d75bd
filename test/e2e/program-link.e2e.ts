import { afterEach, describe, expect, it } from 'vitest';
import { EVENTUALLY, expectField, expectNoTrouble, metricValue, openApp, plain, stepHeading, type App } from './browser';
import { WALK_CHECKS } from './walk/checks';
import { LANGS, VIEWS } from './walk/pages';
import { STORAGE_KEY, STORE_VERSION } from '../../src/store/schema';
import { PROGRAM_DESIGN_STATE_VERSION, type ProgramDesignState } from '../../exercises/program-design/state';
import { ROI_STATE_VERSION, type RoiState } from '../../exercises/program-roi/state';
import { exerciseEntry, persistedWorkbook, roiState } from '../builders';
import { designFigures, designMechanic, designState } from '../unit/program-design/economicsBuilders';

/**
 * A design whose figures are ROI's worked example (payback in month 13) but for the number of members, which the
 * participant types in the browser before sending.
 */
const seeded = stored(designState({ economics: designFigures({ members: null }) }));

/** What localStorage holds for a workbook with these states, each started from scratch. */
function stored(design: ProgramDesignState, roi?: RoiState) {
  const exercises = {
    'program-design': exerciseEntry({ stateVersion: PROGRAM_DESIGN_STATE_VERSION, state: design, startedFrom: 'blank' }),
    ...(roi ? { 'program-roi': exerciseEntry({ stateVersion: ROI_STATE_VERSION, state: roi, startedFrom: 'blank' }) } : {}),
  };
  return { state: persistedWorkbook({ exercises }), version: STORE_VERSION };
}

/**
 * The states the walk does not reach (it opens every step on the demo): a design half filled, with figures its
 * mechanics settle to take and hints; and a design sent to ROI, changed since and edited there, both notes showing.
 */
const WALKED = [
  {
    storage: stored(designState({ mechanics: [designMechanic({ rewardRate: 0.05, expiryMonths: 6 }), designMechanic({ id: 'm2', type: 'cashback', rewardRate: 0.02, threshold: 1_000 })], economics: { ...designFigures(), members: null, rewardRate: 0.04, breakage: null } })),
    routes: ['#/ex/program-design/economics'],
  },
  {
    storage: stored(
      designState({ economics: designFigures({ rewardRate: 0.05 }) }),
      roiState({ program: designFigures({ members: 25_000 }), programSource: { exerciseId: 'program-design', at: '2026-12-01T10:00:00.000Z', programName: 'Кофе с собой', figures: designFigures() } }),
    ),
    routes: ['#/ex/program-design/economics', '#/ex/program-roi/economics'],
  },
];

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

    // The printed design carries ROI's answer on its one page, with the program's name.
    await app.goto('#/ex/program-design/report');
    await page.emulateMedia({ media: 'print' });
    const onePage = page.locator('.pd-onepage');
    await expect.poll(async () => plain((await onePage.textContent()) ?? ''), EVENTUALLY).toContain('13-й месяц');
    expect(plain((await onePage.textContent()) ?? '')).toContain('Кофе с собой');
    expect(await onePage.isVisible()).toBe(true);
    expect(await page.pdf({ format: 'A4' })).toBeTruthy();
    await page.emulateMedia({ media: 'screen' });
    expectNoTrouble(app);
  });

  for (const lang of LANGS) {
    it(`keeps the walk's rules on both linked steps in ${lang}, on a laptop, a projector and phones`, { timeout: 300_000 }, async () => {
      const problems: string[] = [];
      for (const view of VIEWS) {
        for (const { storage, routes } of WALKED) {
          const opened = await openApp({ locale: { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' }[lang], viewport: view.viewport, timezoneId: 'Europe/Moscow', storage: { [STORAGE_KEY]: storage } });
          app = opened;
          for (const route of routes) {
            await opened.goto(route, { lang, presenter: view.presenter });
            await stepHeading(opened.page).waitFor({ state: 'visible' });
            await opened.page.waitForLoadState('networkidle');
            // The send button says why it waits, or what it will do, in every view: presenter mode hides small print.
            // The heading is the shell's; the step itself loads lazily, so its parts are waited for.
            const reason = opened.page.locator(route.includes('program-design') ? '.pd-econ__reason' : '.callout').first();
            const shown = await reason.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
            if (!shown) problems.push(`${route} ${view.name}: ${route.includes('program-design') ? 'the send button’s reason' : 'the note on the figures’ source'} is not visible`);
            const place = { page: { route, kind: 'step' as const }, lang, view };
            for (const check of WALK_CHECKS) {
              if (check.appliesTo && !check.appliesTo(place)) continue;
              for (const problem of await check.run(opened.page, place)) problems.push(`${route} ${view.name} ${view.viewport.width} [${check.name}] ${problem}`);
            }
          }
          expectNoTrouble(opened);
          await opened.close();
          app = undefined;
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
