import { afterAll, describe, expect, it } from 'vitest';
import { expectNoTrouble, openApp, stepHeading, type App } from './browser';
import { WALK_CHECKS, type WalkPlace } from './walk/checks';
import { LANGS, VIEWS, walkPages } from './walk/pages';
import { TRAINER_PAGES, walkBoardStorage, walkHandIns } from './walk/trainerPages';

/**
 * Every page (home, each step, each report) in every language and view, with each rule of
 * walk/checks.ts applied to it. One browser context per language × view: the app starts on demo data,
 * as a participant's fresh browser does.
 */
const PAGES = walkPages();

describe('the walk: every page in ru, en and zh on a laptop, a projector and a phone', () => {
  const opened: App[] = [];
  afterAll(async () => {
    for (const app of opened) await app.close();
  });

  for (const lang of LANGS) {
    for (const view of VIEWS) {
      it(`${lang}, ${view.name} ${view.viewport.width}×${view.viewport.height}`, { timeout: 300_000 }, async () => {
        const app = await openApp({ locale: { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' }[lang], viewport: view.viewport, timezoneId: 'Europe/Moscow' });
        opened.push(app);
        const problems: string[] = [];
        for (const walked of PAGES) {
          await app.goto(walked.route, { lang, presenter: view.presenter });
          // A step that failed to load shows the shell's heading only: wait for the step's own.
          if (walked.kind === 'step') await stepHeading(app.page).waitFor({ state: 'visible' });
          await settle(app);
          const place: WalkPlace = { page: walked, lang, view };
          for (const check of WALK_CHECKS) {
            if (check.appliesTo && !check.appliesTo(place)) continue;
            for (const problem of await check.run(app.page, place)) problems.push(`${walked.route} [${check.name}] ${problem}`);
          }
        }
        expect(problems).toEqual([]);
        expectNoTrouble(app);
      });
    }
  }
});

/**
 * The trainer's pages, filled as a seminar day fills them (walk/trainerPages.ts): the group view with a room's
 * hand-ins dropped at once, the board seeded with three teams' scores. In presenter mode the group view shows one
 * exercise at a time: each is put on screen and walked.
 */
describe('the walk: the trainer’s pages with the teams’ files and the board, in ru, en and zh', () => {
  const opened: App[] = [];
  afterAll(async () => {
    for (const app of opened) await app.close();
  });
  const handIns = walkHandIns();

  for (const lang of LANGS) {
    for (const view of VIEWS) {
      it(`${lang}, ${view.name} ${view.viewport.width}×${view.viewport.height}`, { timeout: 300_000 }, async () => {
        const app = await openApp({ locale: { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' }[lang], viewport: view.viewport, timezoneId: 'Europe/Moscow', storage: walkBoardStorage() });
        opened.push(app);
        const problems: string[] = [];
        const walk = async (label: string, place: WalkPlace) => {
          await settle(app);
          for (const check of WALK_CHECKS) {
            if (check.appliesTo && !check.appliesTo(place)) continue;
            for (const problem of await check.run(app.page, place)) problems.push(`${label} [${check.name}] ${problem}`);
          }
        };
        for (const walked of TRAINER_PAGES) {
          await app.goto(walked.route, { lang, presenter: view.presenter });
          const place: WalkPlace = { page: walked, lang, view };
          if (walked.route !== '#/trainer/group') {
            await walk(walked.route, place);
            continue;
          }
          await app.page.getByTestId('hand-in-file-input').setInputFiles(handIns);
          await app.page.locator('.group-table').first().waitFor({ state: 'visible' });
          await walk(walked.route, place);
          // The first exercise is on screen already; the others one by one.
          const picker = app.page.locator('.group-view__picker');
          for (const name of (await picker.getByRole('button').allTextContents()).slice(1)) {
            await picker.getByRole('button', { name, exact: true }).click();
            await walk(`${walked.route} (${name} on screen)`, place);
          }
        }
        expect(problems).toEqual([]);
        expectNoTrouble(app);
      });
    }
  }
});

/**
 * Lazy steps, fonts and charts (reduced motion: drawn at once) have rendered. Some steps read their data
 * from IndexedDB, which no network wait sees, and a chart lays out after it has measured its box: the page
 * counts as settled once nothing says it is still working (`data-pending`, `aria-busy`) and its DOM has not
 * changed for a while. A page still working after the wait is checked as it is, waiting state and all.
 */
async function settle(app: App): Promise<void> {
  await app.page.waitForLoadState('networkidle');
  await app.page
    .waitForFunction(() => document.querySelector('[data-pending], [aria-busy="true"]') === null, undefined, { timeout: 20_000 })
    .catch(() => undefined);
  await app.page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  await app.page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quietMs);
        const giveUp = setTimeout(done, maxMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        function done() {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(giveUp);
          resolve();
        }
      }),
    { quietMs: 200, maxMs: 5_000 },
  );
}
