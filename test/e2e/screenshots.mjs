#!/usr/bin/env node
// Screenshots of the built app in Debian's Chromium, for review and for the seminar materials.
//
//   node test/e2e/screenshots.mjs [options]
//
//   --base URL         a running server (e.g. `npm run preview` → http://127.0.0.1:4173/); without it the
//                      tool builds dist/ if missing and serves it with `vite preview` itself
//                      (E2E_DIST_DIR / E2E_PORT are honoured, see preview-server.mjs)
//   --route '#/…'      a hash route to shoot; repeatable (default: '#/')
//   --routes FILE      JSON file: ["#/", "#/ex/program-roi/economics"] or [{"route": "#/", "name": "home"}]
//   --discover         also shoot every '#/…' link found on the home page (exercises, their steps)
//   --lang ru,en,zh    languages (default: ru,en,zh)
//   --size WxH,…       viewports (default: 1366x768,1920x1080)
//   --presenter        also shoot every page in presenter mode
//   --full             full-page screenshots instead of the viewport
//   --wait MS          extra settle time after the page renders (default 300)
//   --out DIR          output folder (default: test/e2e/screenshots, git-ignored)
//
// How language and presenter mode are chosen: through the URL, `?lang=ru|en|zh` and `?presenter=1`,
// which the app applies on load (src/app/launchOptions.ts). That does not depend on the app's
// persisted settings format (today zustand persist JSON under localStorage 'loyalty-workbook':
// {"state":{"settings":{"locale":"zh","currency":"RUB","presenter":false},"exercises":{}},"version":1}),
// which may still change. As a second line, the browser language (navigator.language) is set to
// the same language, which the app follows on a first visit. Each shot uses a fresh browser
// context, so nothing carries over between shots. Requests to any host but 127.0.0.1 are blocked
// and reported.
//
// Files: <out>/<route>--<lang>--<W>x<H>[--presenter].png, e.g. home--zh--1366x768.png.

import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { REPO_ROOT, startPreview } from './preview-server.mjs';

const BROWSER_LOCALE = { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' };

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    route: { type: 'string', multiple: true },
    routes: { type: 'string' },
    discover: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'ru,en,zh' },
    size: { type: 'string', default: '1366x768,1920x1080' },
    presenter: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    wait: { type: 'string', default: '300' },
    out: { type: 'string', default: join(REPO_ROOT, 'test', 'e2e', 'screenshots') },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  console.log(source.split('\n').filter((line) => line.startsWith('//')).map((line) => line.slice(3)).join('\n'));
  process.exit(0);
}

const langs = list(values.lang);
for (const lang of langs) if (!(lang in BROWSER_LOCALE)) fail(`--lang: unknown language "${lang}" (ru, en, zh)`);
const sizes = list(values.size).map((size) => {
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (!match) fail(`--size: "${size}" is not WxH`);
  return { width: Number(match[1]), height: Number(match[2]) };
});
const modes = values.presenter ? [false, true] : [false];
const settleMs = Number(values.wait) || 0;
const outDir = resolve(values.out);

/** @type {{ route: string, name: string }[]} */
let routes = [];
if (values.routes) {
  const parsed = JSON.parse(readFileSync(resolve(values.routes), 'utf8'));
  if (!Array.isArray(parsed)) fail(`--routes: ${values.routes} must hold a JSON array`);
  routes.push(...parsed.map((entry) => (typeof entry === 'string' ? { route: entry } : entry)));
}
for (const route of values.route ?? []) routes.push({ route });
if (routes.length === 0) routes.push({ route: '#/' });
routes = routes.map(({ route, name }) => ({ route: normaliseRoute(route), name: name ?? slug(route) }));

let server;
let browser;
let failed = false;
try {
  server = values.base ? { baseUrl: new URL(values.base).href, stop: async () => {} } : await startPreview({ log: (line) => console.error(line) });
  const base = server.baseUrl;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  if (values.discover) {
    const found = await discoverRoutes(browser, base);
    for (const route of found) if (!routes.some((known) => known.route === route)) routes.push({ route, name: slug(route) });
  }

  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const { route, name } of routes) {
    for (const lang of langs) {
      for (const size of sizes) {
        for (const presenter of modes) {
          const file = join(outDir, `${name}--${lang}--${size.width}x${size.height}${presenter ? '--presenter' : ''}.png`);
          const problems = await shoot(browser, { base, route, lang, size, presenter, file });
          written.push(file);
          console.log(relative(process.cwd(), file) || file);
          for (const problem of problems) {
            failed = true;
            console.error(`  ! ${problem}`);
          }
        }
      }
    }
  }
  console.error(`${written.length} screenshot(s) written to ${outDir}${failed ? ' (with problems, see above)' : ''}`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.stack ?? error.message : error);
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
}
process.exit(failed ? 1 : 0);

async function shoot(browser, { base, route, lang, size, presenter, file }) {
  const context = await browser.newContext({
    viewport: size,
    locale: BROWSER_LOCALE[lang],
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const problems = [];
  await guard(context, problems);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    const url = new URL(base);
    url.searchParams.set('lang', lang);
    if (presenter) url.searchParams.set('presenter', '1');
    url.hash = route;
    await page.goto(url.href, { waitUntil: 'load' });
    await page
      .locator('main h1, h1')
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch(() => problems.push(`no visible h1 on ${url.href}`));
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (!htmlLang.toLowerCase().startsWith(lang)) problems.push(`asked for ?lang=${lang}, html[lang] is "${htmlLang}"`);
    if (settleMs) await page.waitForTimeout(settleMs);
    await page.screenshot({ path: file, fullPage: values.full, animations: 'disabled' });
  } finally {
    await context.close();
  }
  return problems;
}

async function discoverRoutes(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  await guard(context, []);
  const page = await context.newPage();
  try {
    const url = new URL(base);
    url.hash = '#/';
    await page.goto(url.href, { waitUntil: 'load' });
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
    const hrefs = await page.$$eval('a[href^="#/"]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    return [...new Set(hrefs.filter((href) => href.length > 2).map(normaliseRoute))];
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

function normaliseRoute(route) {
  const trimmed = String(route).trim();
  if (trimmed.startsWith('#')) return trimmed;
  return `#${trimmed.startsWith('/') ? '' : '/'}${trimmed}`;
}

function slug(route) {
  const path = normaliseRoute(route).replace(/^#\/?/, '');
  return path ? path.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '') : 'home';
}

function list(value) {
  return String(value)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function fail(message) {
  console.error(message);
  process.exit(2);
}
