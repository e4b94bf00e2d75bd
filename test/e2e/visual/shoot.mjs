// Taking one screenshot of the built app so that the same page gives the same pixels every time, and finding
// every page to shoot. Used by test/e2e/screenshots.mjs.
//
// What makes a shot repeatable: a fresh browser context per shot (nothing stored carries over, so every page
// shows the demo data a first visit shows), reduced motion (recharts then draws its charts without
// animating them), a fixed clock and time zone (the report prints today's date), a fixed colour scheme, and a
// settle wait: the step's code and data loaded, the fonts ready, and the DOM quiet for a while, which is
// when the charts have measured their containers and drawn.

/** The walk's views: what a participant's laptop, the trainer's projector and a phone show. */
export const VIEWS = {
  desktop: { viewport: { width: 1366, height: 768 }, presenter: false },
  presenter: { viewport: { width: 1920, height: 1080 }, presenter: true },
  phone: { viewport: { width: 390, height: 844 }, presenter: false, isMobile: true, hasTouch: true },
};

export const BROWSER_LOCALE = { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' };

/** Any fixed instant does; this one is after every date in the demo data. */
const FIXED_NOW = new Date('2026-03-02T10:00:00+03:00');
const TIME_ZONE = 'Europe/Moscow';

/** The DOM counts as settled after this long without a change. */
const QUIET_MS = 400;
const SETTLE_LIMIT_MS = 15_000;

/**
 * Opens `route` in a fresh context and returns the screenshot (PNG bytes) with the problems seen on the way
 * (page errors, console errors, blocked requests, a missing heading, the wrong language).
 * @param {import('playwright-core').Browser} browser
 */
export async function shoot(browser, { base, route, lang, view, fullPage, extraWaitMs = 0 }) {
  const context = await browser.newContext({
    viewport: view.viewport,
    isMobile: view.isMobile ?? false,
    hasTouch: view.hasTouch ?? false,
    deviceScaleFactor: 1,
    locale: BROWSER_LOCALE[lang],
    timezoneId: TIME_ZONE,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const problems = [];
  await guard(context, problems);
  await context.clock.setFixedTime(FIXED_NOW);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    const url = new URL(base);
    url.searchParams.set('lang', lang);
    if (view.presenter) url.searchParams.set('presenter', '1');
    url.hash = route;
    await page.goto(url.href, { waitUntil: 'load' });
    await page
      .locator('main h1, h1')
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch(() => problems.push(`no visible h1 on ${url.href}`));
    await settle(page).catch((error) => problems.push(`did not settle: ${error instanceof Error ? error.message : error}`));
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (!htmlLang.toLowerCase().startsWith(lang)) problems.push(`asked for ?lang=${lang}, html[lang] is "${htmlLang}"`);
    if (extraWaitMs) await page.waitForTimeout(extraWaitMs);
    const png = await page.screenshot({ fullPage, animations: 'disabled', caret: 'hide' });
    return { png, problems };
  } finally {
    await context.close();
  }
}

/** Waits until the page has loaded what it loads on demand, its fonts are ready and its DOM has been quiet. */
async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => {});
  // A step's code loading, or its figures being computed or read (`data-pending`, `aria-busy`): shot once done.
  await page.waitForFunction(() => document.querySelector('.step__loading, [data-pending], [aria-busy="true"]') === null, null, { timeout: SETTLE_LIMIT_MS });
  await page.evaluate(
    async ({ quietMs, limitMs }) => {
      await document.fonts.ready;
      await new Promise((resolve, reject) => {
        let quiet;
        const observer = new MutationObserver(() => {
          clearTimeout(quiet);
          quiet = setTimeout(done, quietMs);
        });
        const limit = setTimeout(() => {
          observer.disconnect();
          clearTimeout(quiet);
          reject(new Error(`the DOM kept changing for ${limitMs} ms`));
        }, limitMs);
        function done() {
          observer.disconnect();
          clearTimeout(limit);
          resolve(undefined);
        }
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
        quiet = setTimeout(done, quietMs);
      });
      // Two frames: layout and paint of the last change are done.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { quietMs: QUIET_MS, limitMs: SETTLE_LIMIT_MS },
  );
}

/**
 * Every page of the app, as hash routes: the home page, and every step in the stepper of each exercise the
 * home page links to. Each exercise's report is left out: it is those steps again, one below the other, and
 * its shots (up to 18,000 px tall) would be 40 % of the baseline; --route '#/ex/<id>/report' shoots one.
 * @param {import('playwright-core').Browser} browser
 */
export async function discoverPages(browser, base) {
  const context = await browser.newContext({ viewport: VIEWS.desktop.viewport, serviceWorkers: 'block' });
  await guard(context, []);
  const links = async (route, selector) => {
    const page = await context.newPage();
    try {
      const url = new URL(base);
      url.hash = route;
      await page.goto(url.href, { waitUntil: 'load' });
      await page.locator(selector).first().waitFor({ state: 'attached', timeout: 15_000 });
      return await page.$$eval(selector, (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    } finally {
      await page.close();
    }
  };
  try {
    const exercises = [...new Set((await links('#/', 'a[href^="#/ex/"]')).map((href) => href.split('/')[2]).filter(Boolean))];
    const routes = ['#/'];
    for (const exercise of exercises) {
      routes.push(...(await links(`#/ex/${exercise}`, 'nav.stepper a[href]')));
    }
    return [...new Set(routes)];
  } finally {
    await context.close();
  }
}

/** Aborts (and reports) every request that is not to 127.0.0.1. */
async function guard(context, problems) {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    let allowed = /^(data|blob|about):/.test(url);
    try {
      allowed ||= new URL(url).hostname === '127.0.0.1';
    } catch {
      // not a URL: block
    }
    if (allowed) return route.continue();
    problems.push(`external request blocked: ${url}`);
    return route.abort('blockedbyclient');
  });
}
