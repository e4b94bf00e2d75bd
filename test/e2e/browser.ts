import { afterAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Browser helper for the e2e tests. Playwright's own browser download is not used: Debian's
 * Chromium is launched from /usr/bin/chromium (override with E2E_CHROMIUM).
 *
 *   const app = await openApp({ locale: 'zh-CN' });
 *   await app.goto('#/', { lang: 'en' });
 *   ...
 *   expect(app.externalRequests).toEqual([]);
 *   expect(app.pageErrors).toEqual([]);
 *   expect(app.consoleErrors).toEqual([]);
 *   await app.close();
 *
 * Every request to a host other than 127.0.0.1 is aborted and recorded in `externalRequests`.
 */

export { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export const ALLOWED_HOST = '127.0.0.1';

export interface OpenAppOptions {
  /** Browser language (`navigator.language`, Accept-Language), e.g. 'ru-RU', 'en-US', 'zh-CN'. Default 'en-US'. */
  locale?: string;
  /** Default 1366×768. */
  viewport?: { width: number; height: number };
  /** localStorage entries of the app's origin before the first load (objects are JSON-encoded). */
  storage?: Record<string, unknown>;
  /** Navigate here right away (a hash route like '#/', or a path relative to the base URL). */
  path?: string;
  /** Emulate prefers-reduced-motion: reduce (charts skip their animations). Default true. */
  reducedMotion?: boolean;
  /** The browser's time zone, e.g. 'Europe/Moscow' (date cells must keep their calendar day in any). Default: the machine's. */
  timezoneId?: string;
}

export interface GotoOptions {
  /** `?lang=` launch option of the app. */
  lang?: 'ru' | 'en' | 'zh';
  /** `?presenter=1` launch option of the app. */
  presenter?: boolean;
  /** Wait for the app to render a visible h1 (default true). */
  waitForApp?: boolean;
}

export interface App {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** e.g. http://127.0.0.1:41234/ (always ends with '/'). */
  baseUrl: string;
  /** URLs of blocked requests to other hosts (should stay empty). */
  externalRequests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error messages (including CSP violations and failed resource loads). */
  consoleErrors: string[];
  /** Same-origin responses with status >= 400, as "404 http://…". */
  failedResponses: string[];
  /** Absolute URL for a hash route / relative path with launch options. */
  url: (path?: string, options?: Pick<GotoOptions, 'lang' | 'presenter'>) => string;
  /** Navigates and (by default) waits until the app shows its heading. */
  goto: (path?: string, options?: GotoOptions) => Promise<void>;
  /** Closes the context (the browser is shared by the test file and closed after it). */
  close: () => Promise<void>;
}

let sharedBrowser: Promise<Browser> | undefined;

/** One Chromium per test file (each file gets a fresh module instance), closed after the file. */
export function launchBrowser(): Promise<Browser> {
  sharedBrowser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return sharedBrowser;
}

export async function closeBrowser(): Promise<void> {
  const pending = sharedBrowser;
  sharedBrowser = undefined;
  if (pending) await (await pending.catch(() => undefined))?.close().catch(() => undefined);
}

// Registered when a test file imports this module: runs after the file's own afterAll hooks.
afterAll(closeBrowser);

export function baseUrl(): string {
  const url = inject('e2eBaseUrl');
  if (!url) throw new Error('e2eBaseUrl is not provided: run through `npm run test:e2e` (test/e2e/vitest.e2e.config.ts)');
  return url;
}

export function appUrl(base: string, path = '#/', options: Pick<GotoOptions, 'lang' | 'presenter'> = {}): string {
  const url = path.startsWith('#') ? new URL(base) : new URL(path, base);
  if (path.startsWith('#')) url.hash = path;
  if (options.lang) url.searchParams.set('lang', options.lang);
  if (options.presenter !== undefined) url.searchParams.set('presenter', options.presenter ? '1' : '0');
  return url.href;
}

/** Waits until the app has rendered: a visible h1 inside main (or anywhere, for pages without main). */
export async function waitForApp(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('main h1, h1').first().waitFor({ state: 'visible', timeout });
}

export async function openApp(options: OpenAppOptions = {}): Promise<App> {
  const base = baseUrl();
  const origin = new URL(base).origin;
  const browser = await launchBrowser();
  const storage = Object.entries(options.storage ?? {}).map(([name, value]) => ({
    name,
    value: typeof value === 'string' ? value : JSON.stringify(value),
  }));
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1366, height: 768 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    serviceWorkers: 'block',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(storage.length ? { storageState: { cookies: [], origins: [{ origin, localStorage: storage }] } } : {}),
  });

  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const failedResponses: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isAllowed(url)) await route.continue();
    else {
      externalRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  await context.routeWebSocket(/.*/, (ws) => {
    if (isAllowed(ws.url())) ws.connectToServer();
    else {
      externalRequests.push(ws.url());
      void ws.close();
    }
  });

  const page = await context.newPage();
  // Under the 60 s test timeout, so a missing element fails with the locator's message, not a bare timeout.
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && isAllowed(response.url())) failedResponses.push(`${response.status()} ${response.url()}`);
  });

  const url = (path?: string, launch?: Pick<GotoOptions, 'lang' | 'presenter'>) => appUrl(base, path, launch);
  const goto = async (path?: string, gotoOptions: GotoOptions = {}) => {
    await page.goto(url(path, gotoOptions), { waitUntil: 'load' });
    if (gotoOptions.waitForApp === false) return;
    try {
      await waitForApp(page);
    } catch (error) {
      // Say why the app did not render, not just that it timed out.
      const found = { pageErrors, consoleErrors, externalRequests, failedResponses };
      const body = (await page.locator('body').innerText().catch(() => '')).slice(0, 500);
      throw new Error(
        `${error instanceof Error ? error.message.split('\n')[0] : error}\n${JSON.stringify(found, null, 2)}\nbody text: ${JSON.stringify(body)}`,
        { cause: error },
      );
    }
  };

  const app: App = {
    browser,
    context,
    page,
    baseUrl: base,
    externalRequests,
    pageErrors,
    consoleErrors,
    failedResponses,
    url,
    goto,
    close: async () => {
      await context.close().catch(() => undefined);
    },
  };
  if (options.path !== undefined) await goto(options.path);
  return app;
}

function isAllowed(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return new URL(url).hostname === ALLOWED_HOST;
  } catch {
    return false;
  }
}

/** Intl puts no-break spaces before "%" and between digit groups in Russian; tests compare with plain spaces. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

/** The figure a results card shows under its label (a `<dt>` and the `<dd>` after it), as a reader sees it. */
export function metricValue(page: Page, label: string | RegExp) {
  const exact = typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : label;
  return page.getByRole('term').filter({ hasText: exact }).first().locator('xpath=following-sibling::dd[1]');
}

/** "+45,2 %", "−12.5%" → 45.2, −12.5: reads a percentage the app formatted for any of its languages. */
export function percentValue(text: string): number {
  const normal = plain(text).replace(/[\s%]/g, '').replace('−', '-').replace(',', '.');
  const value = Number.parseFloat(normal);
  if (!Number.isFinite(value)) throw new Error(`not a percentage: ${JSON.stringify(text)}`);
  return value;
}

/** How long to wait for something the app renders after a lazy chunk or a reload (the CI machine is slow). */
export const EVENTUALLY = { timeout: 15_000 } as const;

/** Reads a downloaded file into memory (the download is deleted with its browser context). */
export async function downloadedBytes(download: import('playwright-core').Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** What every browser test ends with: the page talked to no other host and threw nothing. */
export function expectNoTrouble(app: App): void {
  expect(app.externalRequests).toEqual([]);
  expect(app.pageErrors).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
}

/** The current step's heading: the first h2 of the page's content (the exercise's title is the h1 above it). */
export function stepHeading(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 2 }).first();
}

/** Opens a step by its route and waits until the page shows its heading (the step's lazy chunk has loaded). */
export async function openStep(app: App, path: string, heading: string): Promise<void> {
  await app.goto(path);
  await expect.poll(() => stepHeading(app.page).textContent(), EVENTUALLY).toBe(heading);
}

/** The demo banner's "start from scratch" in Russian, confirmed, and gone: the exercise now holds nothing entered. */
export async function startFromScratch(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Начать с чистого листа' }).click();
  await page.getByRole('dialog', { name: 'Начать с чистого листа' }).getByRole('button', { name: 'Начать с чистого листа' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Начать с чистого листа' }).count(), EVENTUALLY).toBe(0);
}

/** Waits until the field labelled `label` shows `value` (no-break spaces read as spaces). */
export async function expectField(page: Page, label: string, value: string): Promise<void> {
  await expect.poll(async () => plain(await page.getByLabel(label, { exact: true }).inputValue()), EVENTUALLY).toBe(value);
}

/**
 * The print dialog would freeze a headless page: stubs window.print (before the page's scripts run) and returns
 * how to read the number of calls so far. Each call also notes what on the page still said it was working then
 * (`data-pending`: a step computing, a chart yet to draw), which `pendingAtPrint` reads. Call before navigating.
 */
export async function stubPrintDialog(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counter = window as unknown as { printCalls: number; pendingAtPrint: string[] };
    counter.printCalls = 0;
    counter.pendingAtPrint = [];
    window.print = () => {
      counter.printCalls += 1;
      for (const element of document.querySelectorAll('[data-pending]')) counter.pendingAtPrint.push(element.textContent || element.className);
    };
  });
  return () => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
}

/** What still said it was working when the page asked for the print dialog (see stubPrintDialog). */
export function pendingAtPrint(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { pendingAtPrint: string[] }).pendingAtPrint);
}
