#!/usr/bin/env node
// Screenshots of the built app in Debian's Chromium: for review, for the seminar materials, and as a visual
// regression check against a committed baseline.
//
//   node test/e2e/screenshots.mjs [options]        (npm run screenshots -- [options])
//
// Shooting:
//   --base URL         a running server (e.g. `npm run preview` → http://127.0.0.1:4173/); without it the
//                      tool builds dist/ if missing and serves it with `vite preview` itself
//                      (E2E_DIST_DIR / E2E_PORT are honoured, see preview-server.mjs)
//   --route '#/…'      a hash route to shoot; repeatable (default: '#/', or every page with --walk)
//   --routes FILE      JSON file: ["#/", "#/ex/program-roi/economics"] or [{"route": "#/", "name": "home"}]
//   --discover         also shoot every page the walk finds (the home page and every exercise step)
//   --lang ru,en,zh    languages (default: ru,en,zh)
//   --size WxH,…       viewports (default: 1366x768,1920x1080)
//   --presenter        also shoot every page in presenter mode
//   --full             full-page screenshots instead of the viewport
//   --wait MS          extra settle time after the page has settled (default 0)
//   --out DIR          output folder (default: test/e2e/screenshots, git-ignored)
//
// The walk, and the visual comparison:
//   --walk             every page: the home page and every step of every exercise (found from the home
//                      page's links and each exercise's stepper; not the reports); in three views:
//                      desktop 1366x768, presenter 1920x1080 (?presenter=1), phone 390x844; full-page.
//                      --route limits it to the routes given, --lang to the languages given.
//   --view desktop,presenter,phone   the walk's views (default: all three)
//   --compare          shoot the walk and compare each shot with the baseline: prints the pages that changed
//                      beyond --threshold (with the share of changed pixels), pages new to the baseline and
//                      baseline images with no page; writes baseline | diff | now sheets to --diff.
//                      Exit code 1 when anything changed, is new or is missing. (npm run screenshots:compare)
//   --update-baseline  shoot the walk and rewrite the baseline with it (a limited walk rewrites only its own
//                      pages; nothing is written when a page had problems). Commit the baseline on purpose, in
//                      a commit of its own. (npm run screenshots:baseline)
//   --threshold R      share of a page's pixels that may change before it counts as changed (default 0.0001,
//                      i.e. 0.01 %); a pixel changes when it differs by more than pixelmatch's colour
//                      threshold 0.1 and is not an anti-aliased edge
//   --baseline DIR     baseline folder (default: test/e2e/visual-baseline, committed)
//   --diff DIR         diff folder (default: test/e2e/visual-diff, git-ignored; each --compare replaces its sheets)
//   --skip-build       with --compare/--update-baseline, serve dist/ as it is (by default they rebuild it,
//                      so that what is compared is the code in the work tree)
//
// Baseline images are the shots at half size with a 256-colour palette (test/e2e/visual/images.mjs), which
// keeps the baseline small in git history; the comparison is made at that size. Not run by .ci/run: fonts
// and rendering differ between machines, so the baseline holds for the machine it was made on.
//
// How language and presenter mode are chosen: through the URL, `?lang=ru|en|zh` and `?presenter=1`,
// which the app applies on load (src/app/launchOptions.ts). That does not depend on the app's
// persisted settings format, which may still change. As a second line, the browser language
// (navigator.language) is set to the same language, which the app follows on a first visit. Each shot uses a
// fresh browser context, so nothing carries over between shots, with reduced motion, a fixed clock and time
// zone, and a settle wait (see test/e2e/visual/shoot.mjs). Requests to any host but 127.0.0.1 are blocked and
// reported.
//
// Files: <out>/<route>--<lang>--<W>x<H>[--presenter].png, e.g. home--zh--1366x768.png; in the walk
// <route>--<lang>--<view>.png, e.g. ex-kano-results--zh--phone.png.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { REPO_ROOT, ensureBuilt, startPreview } from './preview-server.mjs';
import { DEFAULT_THRESHOLD, formatReport, judge, matchShots, parseShotFileName, shotFileName } from './visual/baseline.mjs';
import { compareImages, readPng, sideBySide, writePng } from './visual/images.mjs';
import { startImageWorker } from './visual/imageWorker.mjs';
import { BROWSER_LOCALE, VIEWS, discoverPages, shoot } from './visual/shoot.mjs';

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
    wait: { type: 'string', default: '0' },
    out: { type: 'string', default: join(REPO_ROOT, 'test', 'e2e', 'screenshots') },
    walk: { type: 'boolean', default: false },
    view: { type: 'string', default: Object.keys(VIEWS).join(',') },
    compare: { type: 'boolean', default: false },
    'update-baseline': { type: 'boolean', default: false },
    threshold: { type: 'string', default: String(DEFAULT_THRESHOLD) },
    baseline: { type: 'string', default: join(REPO_ROOT, 'test', 'e2e', 'visual-baseline') },
    diff: { type: 'string', default: join(REPO_ROOT, 'test', 'e2e', 'visual-diff') },
    'skip-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: false,
});

if (values.help) {
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  console.log(source.split('\n').filter((line) => line.startsWith('//')).map((line) => line.slice(3)).join('\n'));
  process.exit(0);
}

const mode = values.compare ? 'compare' : values['update-baseline'] ? 'update' : 'shoot';
if (values.compare && values['update-baseline']) fail('--compare and --update-baseline: choose one');
const walk = values.walk || mode !== 'shoot';
const langs = list(values.lang);
for (const lang of langs) if (!(lang in BROWSER_LOCALE)) fail(`--lang: unknown language "${lang}" (ru, en, zh)`);
const views = walk ? walkViews(list(values.view)) : sizeViews(list(values.size), values.presenter);
const threshold = Number(values.threshold);
if (!(threshold >= 0 && threshold < 1)) fail(`--threshold: "${values.threshold}" is not a share between 0 and 1`);
const extraWaitMs = Number(values.wait) || 0;
const baselineDir = resolve(values.baseline);
const diffDir = resolve(values.diff);
const outDir = resolve(values.out);

/** @type {{ route: string, name: string }[]} */
let routes = [];
if (values.routes) {
  const parsed = JSON.parse(readFileSync(resolve(values.routes), 'utf8'));
  if (!Array.isArray(parsed)) fail(`--routes: ${values.routes} must hold a JSON array`);
  routes.push(...parsed.map((entry) => (typeof entry === 'string' ? { route: entry } : entry)));
}
for (const route of values.route ?? []) routes.push({ route });
const routesGiven = routes.length > 0;
if (!routesGiven && !walk) routes.push({ route: '#/' });
routes = routes.map(({ route, name }) => ({ route: normaliseRoute(route), name: name ?? slug(route) }));

let server;
let browser;
let images;
let failed = false;
const started = Date.now();
try {
  // A comparison of a stale dist/ would miss the change being checked: build what is in the work tree.
  const mayBuild = !values.base && !values['skip-build'] && !process.env.E2E_DIST_DIR && !process.env.E2E_BASE_URL;
  if (mode !== 'shoot' && mayBuild) ensureBuilt({ force: true, log: (line) => console.error(line) });
  server = values.base ? { baseUrl: new URL(values.base).href, stop: async () => {} } : await startPreview({ log: (line) => console.error(line) });
  const base = server.baseUrl;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  if (values.discover || (walk && !routesGiven)) {
    for (const route of await discoverPages(browser, base)) if (!routes.some((known) => known.route === route)) routes.push({ route, name: slug(route) });
  }

  images = mode === 'shoot' ? null : startImageWorker();
  const shots = [];
  for (const { route, name } of routes) {
    for (const lang of langs) {
      for (const [viewName, view] of Object.entries(views)) {
        const file = walk ? shotFileName({ page: name, lang, view: viewName }) : `${name}--${lang}--${viewName}.png`;
        const { png, problems } = await shoot(browser, { base, route, lang, view, fullPage: walk || values.full, extraWaitMs });
        const pending = images ? images.toBaseline(png) : png;
        // Awaited after the walk; until then a failure must not count as unhandled.
        if (pending instanceof Promise) pending.catch(() => {});
        shots.push({ file, png: pending });
        console.error(`${String(shots.length).padStart(4)} ${file}`);
        for (const problem of problems) {
          failed = true;
          console.error(`  ! ${problem}`);
        }
      }
    }
  }

  for (const shot of shots) shot.png = await shot.png;

  const inScope = ({ page, lang, view }) =>
    langs.includes(lang) && view in views && (!routesGiven || routes.some((route) => route.name === page));
  if (mode === 'shoot') {
    writeShots(outDir, shots);
  } else if (mode === 'update') {
    // A page that threw or reached out is not a page to keep as the reference.
    if (failed) console.error('Baseline not written: fix the problems above first.');
    else updateBaseline(shots, inScope);
  } else if (!compareWithBaseline(shots, inScope)) {
    failed = true;
  }
  console.error(`${shots.length} shot(s) in ${formatDuration(Date.now() - started)}${failed ? ' (with problems or changes, see above)' : ''}`);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.stack ?? error.message : error);
} finally {
  await browser?.close().catch(() => {});
  await images?.close();
  await server?.stop();
}
process.exit(failed ? 1 : 0);

function writeShots(dir, shots) {
  mkdirSync(dir, { recursive: true });
  for (const { file, png } of shots) writeFileSync(join(dir, file), png);
  console.error(`${shots.length} screenshot(s) written to ${relative(process.cwd(), dir) || dir}`);
}

function baselineFiles() {
  return existsSync(baselineDir) ? readdirSync(baselineDir).filter((file) => parseShotFileName(file) !== null) : [];
}

function updateBaseline(shots, inScope) {
  mkdirSync(baselineDir, { recursive: true });
  const { missing } = matchShots(
    shots.map((shot) => shot.file),
    baselineFiles(),
    inScope,
  );
  let rewritten = 0;
  for (const { file, png } of shots) {
    const path = join(baselineDir, file);
    if (existsSync(path) && Buffer.from(png).equals(readFileSync(path))) continue;
    writeFileSync(path, png);
    rewritten++;
  }
  for (const file of missing) unlinkSync(join(baselineDir, file));
  const bytes = baselineFiles().reduce((sum, file) => sum + readFileSync(join(baselineDir, file)).length, 0);
  console.log(
    `Baseline ${relative(process.cwd(), baselineDir) || baselineDir}: ${rewritten} image(s) written, ${shots.length - rewritten} unchanged, ` +
      `${missing.length} removed; ${baselineFiles().length} images, ${(bytes / 1024 / 1024).toFixed(1)} MB. Commit it on its own.`,
  );
}

/** Compares the shots with the baseline, prints the report, writes diff sheets; true when nothing changed. */
function compareWithBaseline(shots, inScope) {
  const { compared, added, missing } = matchShots(
    shots.map((shot) => shot.file),
    baselineFiles(),
    inScope,
  );
  clearDiffs();
  const byFile = new Map(shots.map((shot) => [shot.file, shot.png]));
  const results = compared.map((file) => {
    const now = byFile.get(file);
    const stored = readFileSync(join(baselineDir, file));
    const name = file.replace(/\.png$/, '');
    if (Buffer.from(now).equals(stored)) return { name, changedPixels: 0, ratio: 0 };
    const expected = readPng(stored);
    const actual = readPng(now);
    const { changedPixels, ratio, diff } = compareImages(expected, actual);
    const size = expected.width === actual.width && expected.height === actual.height ? `${actual.width}×${actual.height}` : `${expected.width}×${expected.height} → ${actual.width}×${actual.height}`;
    if (ratio > threshold) writeFileSync(join(diffDir, file), writePng(sideBySide([expected, diff, actual])));
    return { name, changedPixels, ratio, size };
  });
  for (const file of added) {
    mkdirSync(join(diffDir, 'new'), { recursive: true });
    writeFileSync(join(diffDir, 'new', file), byFile.get(file));
  }
  const verdict = judge(results, threshold);
  console.log(formatReport(verdict, { added, missing, threshold, diffDir: relative(process.cwd(), diffDir) || diffDir }));
  return verdict.changed.length === 0 && added.length === 0 && missing.length === 0;
}

/** Removes the sheets an earlier --compare wrote (only those: --diff may name a folder that holds other files). */
function clearDiffs() {
  for (const dir of [diffDir, join(diffDir, 'new')]) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) if (parseShotFileName(file) !== null) rmSync(join(dir, file));
  }
  mkdirSync(diffDir, { recursive: true });
}

function walkViews(names) {
  const chosen = {};
  for (const name of names) {
    if (!(name in VIEWS)) fail(`--view: unknown view "${name}" (${Object.keys(VIEWS).join(', ')})`);
    chosen[name] = VIEWS[name];
  }
  return chosen;
}

function sizeViews(sizes, presenter) {
  const chosen = {};
  for (const size of sizes) {
    const match = /^(\d+)x(\d+)$/.exec(size);
    if (!match) fail(`--size: "${size}" is not WxH`);
    const viewport = { width: Number(match[1]), height: Number(match[2]) };
    chosen[size] = { viewport, presenter: false };
    if (presenter) chosen[`${size}--presenter`] = { viewport, presenter: true };
  }
  return chosen;
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

function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
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
