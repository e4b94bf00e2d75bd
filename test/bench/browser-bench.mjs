/**
 * npm run bench:browser — the import of a participant's sales file as the participant lives it, in Chromium.
 *
 * bench:import times the import pipeline in Node. What the participant waits for in the browser is more: the
 * file read into a Web Worker, the inspection, the import, the report rendered, the rows written to IndexedDB,
 * and the main thread kept free (or not) meanwhile. This script drives the built app (dist/, rebuilt when older
 * than src/ or exercises/) in Debian's Chromium through the ROI step "Evaluation from sales data", with three
 * deterministic sales files (Russian headers that the auto-mapping recognises, a member column):
 *   - 100,000 rows as .xlsx, and the same rows as a Russian Excel CSV (Windows-1251, ';', decimal comma,
 *     dd.mm.yyyy); 1,000,000 rows as the same kind of CSV. Generated once into node_modules/.cache/browser-bench/.
 * For each file, in a fresh browser context: choose the file (setInputFiles with a path, as the file dialog
 * would), wait for the mapping, click "Import", wait for the report, click "Accept and save", wait for the saved
 * notice. Timestamps are taken inside the page (a 'change' listener and a MutationObserver, read at the next
 * animation frame, i.e. when the change can be painted), so the harness's round trips do not count. Long tasks
 * (PerformanceObserver 'longtask') between file chosen and saved; the page's JS heap after a forced GC once the
 * step shows the imported rows (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage; MB = 2^20 bytes).
 * After the 1M-row CSV is saved: "reopen", a reload timed from navigation start to the first chart of the step.
 *
 * The floor, in the same browser and origin: a blank page with SheetJS's and papaparse's browser builds, the same
 * file on an <input type=file>, timed from file.arrayBuffer() to XLSX.read(data, {dense: true}), or to
 * TextDecoder('windows-1251') + Papa.parse(text, {delimiter: ';'}); each run in a freshly loaded page, as the
 * app's import runs in a fresh worker. Figures are medians.
 *
 * Targets: 100k xlsx report/floor ≤ 1.3; 100k csv ≤ 4; 1M csv no long task > 100 ms and heap < 200 MB; reopen
 * ≤ 1 s. A benchmark prints: a slow figure is "not met", never a failure. The exit code is non-zero only when
 * the flow broke (a control not found, an error shown by the app, an uncaught exception in the page).
 *
 * Environment (as for the e2e tests, see test/e2e/preview-server.mjs): E2E_BASE_URL, E2E_DIST_DIR, E2E_PORT,
 * E2E_CHROMIUM.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import * as XLSX from 'xlsx';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';
import { REPO_ROOT, distDir, ensureBuilt, startPreview } from '../e2e/preview-server.mjs';

const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/browser-bench');
const ROUTE = '#/ex/program-roi/evaluation';
/** Bump when the generated content changes, so cached files are regenerated. */
const DATA_VERSION = 1;

/** What the participant sees, in English (src/ui/import/messages.ts, exercises/program-roi/...). */
const UI = {
  salesRegion: 'Sales by customer',
  mappingRegion: 'What each column of the file means',
  importButton: 'Import',
  reportHeading: 'Import report',
  importedMetric: 'Imported',
  skippedMetric: 'Skipped',
  acceptButton: 'Accept and save',
  savedNotice: 'The data has been saved.',
  /** evaluation.data.imported: the step computes on the imported rows. */
  stepUsesImport: 'Your sales:',
};

/** The sales spec's columns (exercises/program-roi/inputs.ts) and the Russian headers its synonyms recognise. */
const COLUMNS = [
  { label: 'Customer', header: 'Клиент' },
  { label: 'Date', header: 'Дата' },
  { label: 'Amount', header: 'Сумма' },
  { label: 'Program member (yes/no)', header: 'Участник программы' },
];

const FILES = [
  { id: 'xlsx-100k', title: '100k xlsx', format: 'xlsx', rows: 100_000, appRuns: 3, floorRuns: 5, timeoutMs: 180_000 },
  { id: 'csv-100k', title: '100k csv', format: 'csv', rows: 100_000, appRuns: 3, floorRuns: 5, timeoutMs: 180_000 },
  { id: 'csv-1m', title: '1M csv', format: 'csv', rows: 1_000_000, appRuns: 2, floorRuns: 3, timeoutMs: 600_000, reopen: true },
];

const TARGETS = { xlsxRatio: 1.3, csvRatio: 4, longTaskMs: 100, heapMb: 200, reopenMs: 1000 };

/** A broken flow (not a slow one): the only reason to exit non-zero. */
class FlowError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// 1. The build

/** Newest modification time (ms) of a file, or of the files under a folder, recursively; 0 when it does not exist. */
function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Which code is measured: the commit, and whether src/ or exercises/ differ from it (figures of work in progress). */
function describeCode() {
  if (process.env.E2E_BASE_URL) return `the app at ${process.env.E2E_BASE_URL}`;
  if (process.env.E2E_DIST_DIR) return `the build in ${distDir()}`;
  const git = (...args) => spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown commit';
  const changed = git('status', '--porcelain', '--', 'src', 'exercises').split('\n').filter(Boolean).length;
  return changed === 0 ? commit : `${commit} + ${changed} uncommitted change(s) in src/ and exercises/`;
}

/** Builds when dist/index.html is missing or older than any source (src/, exercises/ and the build's own inputs). */
function ensureFreshBuild() {
  if (process.env.E2E_BASE_URL || process.env.E2E_DIST_DIR) return; // someone else's build, used as it is
  const index = path.join(distDir(), 'index.html');
  const sources = ['src', 'exercises', 'public', 'index.html', 'vite.config.ts'].map((name) => newestMtime(path.join(REPO_ROOT, name)));
  const stale = existsSync(index) && statSync(index).mtimeMs < Math.max(...sources);
  if (stale) console.log('[bench] dist/ is older than the sources');
  ensureBuilt({ force: stale });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. The files

const PRODUCT_DAYS = 731; // 2022-09-01 … 2024-08-31: a year either side of the demo's launch, 2023-09-01
const FIRST_DAY = Date.UTC(2022, 8, 1);
const LAUNCH_DAY = Date.UTC(2023, 8, 1);
const CUSTOMERS = 5_000;

/** Deterministic sales: every customer buys all through both years; members spend 10 % more after the launch. */
function salesRow(i) {
  const customer = (i * 7919) % CUSTOMERS;
  const day = new Date(FIRST_DAY + (i % PRODUCT_DAYS) * 86_400_000);
  const member = customer % 3 === 0;
  const base = 300 + ((i * 37) % 4_700) + ((i * 13) % 100) / 100;
  const amount = member && day.getTime() >= LAUNCH_DAY ? Math.round(base * 110) / 100 : base;
  return { customer: `К-${String(customer).padStart(5, '0')}`, day, amount, member: member ? 'да' : 'нет' };
}

function writeXlsx(file, rows) {
  /** @type {unknown[][]} */
  const aoa = [COLUMNS.map((column) => column.header)];
  for (let i = 0; i < rows; i++) {
    const r = salesRow(i);
    aoa.push([r.customer, r.day, r.amount, r.member]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, UTC: true }), 'Продажи');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

// Windows-1251 for the letters used here: А–я are 0xC0–0xFF in order, Ё 0xA8, ё 0xB8; the no-break space stays 0xA0.
function cp1251(text) {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[i] = code;
    else if (code >= 0x410 && code <= 0x44f) out[i] = code - 0x410 + 0xc0;
    else if (code === 0x401) out[i] = 0xa8;
    else if (code === 0x451) out[i] = 0xb8;
    else if (code === 0xa0) out[i] = 0xa0;
    else throw new Error(`no cp1251 byte for U+${code.toString(16)}`);
  }
  return out;
}

const pad = (n) => String(n).padStart(2, '0');

/** One line as Russian Excel saves it: dd.mm.yyyy, thousands grouped by a no-break space, decimal comma. */
function csvLine(i) {
  const r = salesRow(i);
  const date = `${pad(r.day.getUTCDate())}.${pad(r.day.getUTCMonth() + 1)}.${r.day.getUTCFullYear()}`;
  const [whole, cents] = r.amount.toFixed(2).split('.');
  const amount = `${whole.replace(/\B(?=(\d{3})+$)/g, '\u00a0')},${cents}`;
  return `${r.customer};${date};${amount};${r.member}\r\n`;
}

function writeCsv(file, rows) {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, cp1251(COLUMNS.map((column) => column.header).join(';') + '\r\n'));
    const block = 10_000;
    for (let from = 0; from < rows; from += block) {
      let text = '';
      for (let i = from; i < Math.min(rows, from + block); i++) text += csvLine(i);
      writeSync(fd, cp1251(text));
    }
  } finally {
    closeSync(fd);
  }
}

/** The file's path, generated (through a temporary name, so an interrupted run leaves nothing half-written) when missing. */
function prepareFile(spec) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `sales-${spec.id}.v${DATA_VERSION}.${spec.format}`);
  if (existsSync(file)) return file;
  const started = performance.now();
  const partial = `${file}.partial`;
  if (spec.format === 'xlsx') writeXlsx(partial, spec.rows);
  else writeCsv(partial, spec.rows);
  renameSync(partial, file);
  console.log(`[bench] generated ${path.relative(REPO_ROOT, file)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

// ---------------------------------------------------------------------------------------------------------------
// 3. The app's flow

function appUrl(baseUrl) {
  const url = new URL(baseUrl);
  url.searchParams.set('lang', 'en');
  url.hash = ROUTE;
  return url.href;
}

/** A fresh context, as in test/e2e/browser.ts: English, 1366×768, no animations, no service workers. */
async function newContext(browser) {
  return browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
}

/** Uncaught exceptions and console errors of a page, collected as they come. */
function watchPage(page) {
  const trouble = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => trouble.pageErrors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message.text());
  });
  return trouble;
}

/**
 * Runs in every document of an app context before its scripts: records when the step's first chart shows
 * and every long task since navigation, in window.__benchChart (ms from navigation start).
 */
function chartProbe() {
  const state = { chartAt: null, longTasks: [] };
  Object.assign(window, { __benchChart: state });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (state.chartAt !== null || !document.querySelector('main .recharts-surface')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      state.chartAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Installed just before the file is chosen: records, in the page's own clock, when the file was chosen, when the
 * mapping, the report and the saved notice were first shown (at the next animation frame), when the harness
 * clicked, when the step showed the imported rows, and the long tasks (buffered, filtered by time later).
 */
function flowProbe(ui) {
  const probe = { chosen: null, inspected: null, importClicked: null, report: null, acceptClicked: null, saved: null, settled: null, longTasks: [] };
  Object.assign(window, { __benchFlow: probe });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const text = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element) =>
    (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => text(document.getElementById(id))).join(' ');
  const labelled = (root, name) => [...root.querySelectorAll('[aria-labelledby]')].find((element) => nameOf(element) === name) ?? null;
  const marking = new Set();
  const markAtNextFrame = (key) => {
    if (probe[key] !== null || marking.has(key)) return;
    marking.add(key);
    requestAnimationFrame(() => {
      probe[key] = performance.now();
    });
  };

  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') probe.chosen ??= performance.now();
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (text(button) === ui.importButton) probe.importClicked ??= performance.now();
      if (text(button) === ui.acceptButton) probe.acceptClicked ??= performance.now();
    },
    true,
  );

  const check = () => {
    if (probe.chosen === null) return;
    const region = labelled(document, ui.salesRegion);
    if (region) {
      if (labelled(region, ui.mappingRegion)) markAtNextFrame('inspected');
      if ([...region.querySelectorAll('h1, h2, h3, h4, h5, h6')].some((heading) => text(heading) === ui.reportHeading)) markAtNextFrame('report');
      if ([...region.querySelectorAll('[role=status]')].some((status) => text(status) === ui.savedNotice)) markAtNextFrame('saved');
    }
    // Same frame as the notice at the earliest, even when both come in one render.
    if (marking.has('saved') && text(document.querySelector('main')).includes(ui.stepUsesImport)) markAtNextFrame('settled');
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The first line of an error's message (Playwright's call log follows it). */
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** A control the flow needs, visible, or a FlowError naming it. */
async function control(locator, what, timeout = 15_000) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new FlowError(`${what} not found (${firstLine(error)})`);
  }
  return locator;
}

/** Waits for `wanted`, or fails as soon as the import block shows an error instead. */
async function waitOrFail(region, wanted, what, timeout) {
  const alert = region.getByRole('alert');
  try {
    await wanted.or(alert).first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new FlowError(`${what}: not shown within ${timeout / 1000} s (${firstLine(error)})`);
  }
  if (await alert.first().isVisible()) throw new FlowError(`${what}: the app shows an error instead: ${JSON.stringify(await alert.first().innerText())}`);
}

/** The value under a metric's label (a <dt> and the <dd> after it), as a number. */
async function metricNumber(region, label) {
  const value = region.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }).first().locator('xpath=following-sibling::dd[1]');
  const digits = (await value.textContent({ timeout: 5_000 }))?.replace(/[^\d]/g, '') ?? '';
  return digits === '' ? Number.NaN : Number(digits);
}

/** The auto-mapping must have found every column by its Russian header: no manual mapping in this benchmark. */
async function expectAutoMapping(mapping) {
  for (const column of COLUMNS) {
    const select = mapping.getByLabel(column.label, { exact: true });
    const chosen = (await select.locator('option:checked').textContent({ timeout: 5_000 }))?.trim();
    if (chosen !== column.header) throw new FlowError(`mapping: "${column.label}" is mapped to ${JSON.stringify(chosen)}, expected "${column.header}"`);
  }
}

async function readProbe(page, name) {
  return page.evaluate((key) => Reflect.get(window, key), name);
}

/** Waits until the in-page probe has recorded `key` (it is set at the frame after the element showed). */
async function probeTime(page, key, timeout = 30_000) {
  const handle = await page.waitForFunction((k) => Reflect.get(window, '__benchFlow')?.[k] ?? null, key, { timeout, polling: 100 });
  return /** @type {number} */ (await handle.jsonValue());
}

/** The flow's phases in the page's clock, to say where each long task fell. */
function phasesOf(probe) {
  return [
    { name: 'inspecting', from: probe.chosen, to: probe.inspected },
    { name: 'mapping shown', from: probe.inspected, to: probe.importClicked },
    { name: 'importing', from: probe.importClicked, to: probe.report },
    { name: 'report shown', from: probe.report, to: probe.acceptClicked },
    { name: 'saving', from: probe.acceptClicked, to: probe.saved },
    { name: 'after saved', from: probe.saved, to: probe.settled },
  ];
}

/** "251 ms (saving)" for every long task between the file chosen and the step showing the imported rows. */
function longTaskList(tasks, phases) {
  return tasks
    .map((task) => ({ task, phase: phases.find((phase) => task.start >= phase.from && task.start < phase.to) }))
    .filter(({ phase }) => phase !== undefined)
    .map(({ task, phase }) => `${Math.round(task.duration)} ms (${phase?.name})`);
}

function longTaskFigures(tasks, from, to) {
  const inside = tasks.filter((task) => task.start >= from && task.start < to);
  return {
    count: inside.length,
    longest: inside.reduce((max, task) => Math.max(max, task.duration), 0),
    total: inside.reduce((sum, task) => sum + task.duration, 0),
  };
}

/** The page's JS heap after a full garbage collection, in MB. */
async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

function failOnTrouble(trouble, what) {
  if (trouble.pageErrors.length > 0) throw new FlowError(`${what}: uncaught exception in the page:\n${trouble.pageErrors.join('\n')}`);
}

/** One import of `file` in a fresh context: chosen → mapping → Import → report → Accept → saved (→ reopen). */
async function runAppFlow(browser, baseUrl, spec, file, { reopen }) {
  const context = await newContext(browser);
  try {
    await context.addInitScript(chartProbe);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const trouble = watchPage(page);
    await page.goto(appUrl(baseUrl), { waitUntil: 'load' });
    const region = page.getByRole('region', { name: UI.salesRegion });
    const input = region.locator('input[type=file]');
    try {
      await input.waitFor({ state: 'attached', timeout: 30_000 });
    } catch (error) {
      throw new FlowError(`the sales import's file input not found on ${ROUTE}: ${firstLine(error)}`);
    }

    await page.evaluate(flowProbe, UI);
    await input.setInputFiles(file);

    const mapping = region.getByRole('region', { name: UI.mappingRegion });
    await waitOrFail(region, mapping, 'mapping panel', spec.timeoutMs);
    await expectAutoMapping(mapping);
    const importButton = await control(region.getByRole('button', { name: UI.importButton, exact: true }), `the "${UI.importButton}" button`);
    if (!(await importButton.isEnabled())) throw new FlowError('the Import button is disabled after the auto-mapping');
    await importButton.click();

    await waitOrFail(region, region.getByRole('heading', { name: UI.reportHeading }), 'import report', spec.timeoutMs);
    const imported = await metricNumber(region, UI.importedMetric);
    const skipped = await metricNumber(region, UI.skippedMetric);
    if (imported !== spec.rows) throw new FlowError(`report: ${imported} rows imported, ${skipped} skipped; expected ${spec.rows}`);
    await (await control(region.getByRole('button', { name: UI.acceptButton }), `the "${UI.acceptButton}" button`)).click();

    await waitOrFail(region, region.getByRole('status').filter({ hasText: UI.savedNotice }), 'saved notice', spec.timeoutMs);
    await control(page.getByText(UI.stepUsesImport).first(), `the step on the imported rows ("${UI.stepUsesImport} …")`, spec.timeoutMs);
    const settled = await probeTime(page, 'settled');
    const probe = await readProbe(page, '__benchFlow');
    const heapMb = await heapAfterGc(context, page);
    failOnTrouble(trouble, spec.title);

    // The harness checks the mapping and the report before it clicks; that time is the participant's, not the app's.
    const inspect = probe.inspected - probe.chosen;
    const importToReport = probe.report - probe.importClicked;
    const acceptToSaved = probe.saved - probe.acceptClicked;
    const result = {
      inspect,
      importToReport,
      acceptToSaved,
      report: inspect + importToReport,
      saved: inspect + importToReport + acceptToSaved,
      clickDelays: probe.importClicked - probe.inspected + (probe.acceptClicked - probe.report),
      settledAfterSaved: settled - probe.saved,
      longTasks: longTaskFigures(probe.longTasks, probe.chosen, probe.saved),
      longTasksAfterSaved: longTaskFigures(probe.longTasks, probe.saved, settled),
      longTaskList: longTaskList(probe.longTasks, phasesOf({ ...probe, settled })),
      heapMb,
      consoleErrors: trouble.consoleErrors,
    };
    if (reopen) result.reopen = await measureReopen(page, trouble, spec);
    return result;
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Reloads the step with the saved rows: navigation start → the step's first chart shown. */
async function measureReopen(page, trouble, spec) {
  await page.reload({ waitUntil: 'commit' });
  try {
    await page.locator('main .recharts-surface').first().waitFor({ state: 'visible', timeout: spec.timeoutMs });
  } catch (error) {
    throw new FlowError(`reopen: no chart on ${ROUTE} after the reload (${firstLine(error)})`);
  }
  const state = await (await page.waitForFunction(() => {
    const probe = Reflect.get(window, '__benchChart');
    return probe?.chartAt === null ? null : probe;
  })).jsonValue();
  if (!(await page.getByText(UI.stepUsesImport).first().isVisible())) throw new FlowError('reopen: the chart shows, but not on the imported rows');
  failOnTrouble(trouble, 'reopen');
  return { ms: state.chartAt, longTasks: longTaskFigures(state.longTasks, 0, state.chartAt) };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. The floor

const FLOOR_PATH = '/__browser-bench/';
const FLOOR_HTML = `<!doctype html><meta charset="utf-8"><title>floor</title><input type="file" id="file">
<script src="xlsx.full.min.js"></script><script src="papaparse.min.js"></script>`;
const FLOOR_SCRIPTS = {
  'xlsx.full.min.js': path.join(REPO_ROOT, 'node_modules/xlsx/dist/xlsx.full.min.js'),
  'papaparse.min.js': path.join(REPO_ROOT, 'node_modules/papaparse/papaparse.min.js'),
};

/** Serves the floor page and the libraries' browser builds on the app's origin, without touching the server. */
async function routeFloor(context, baseUrl) {
  const origin = new URL(baseUrl).origin;
  await context.route((url) => url.origin === origin && url.pathname.startsWith(FLOOR_PATH), async (route) => {
    const name = new URL(route.request().url()).pathname.slice(FLOOR_PATH.length);
    if (name === 'index.html') await route.fulfill({ contentType: 'text/html; charset=utf-8', body: FLOOR_HTML });
    else if (name in FLOOR_SCRIPTS) await route.fulfill({ contentType: 'text/javascript', path: FLOOR_SCRIPTS[name] });
    else await route.fulfill({ status: 404, body: '' });
  });
  return `${origin}${FLOOR_PATH}index.html`;
}

/** In the page: the file read and parsed by the library alone. Returns the time and the rows found. */
async function floorRun(format) {
  const input = /** @type {HTMLInputElement} */ (document.getElementById('file'));
  const file = input.files?.[0];
  if (!file) throw new Error('no file on the input');
  const xlsx = Reflect.get(window, 'XLSX');
  const papa = Reflect.get(window, 'Papa');
  const start = performance.now();
  const data = await file.arrayBuffer();
  if (format === 'xlsx') {
    const book = xlsx.read(data, { dense: true });
    const ms = performance.now() - start;
    const sheet = book.Sheets[book.SheetNames[0]];
    return { ms, rows: xlsx.utils.decode_range(sheet['!ref']).e.r };
  }
  const text = new TextDecoder('windows-1251').decode(data);
  const parsed = papa.parse(text, { delimiter: ';' });
  const ms = performance.now() - start;
  return { ms, rows: parsed.data.filter((row) => row.length > 1).length - 1 };
}

async function runFloor(browser, baseUrl, spec, file) {
  const context = await newContext(browser);
  try {
    const floorUrl = await routeFloor(context, baseUrl);
    const page = await context.newPage();
    const trouble = watchPage(page);
    const times = [];
    for (let run = 0; run < spec.floorRuns; run++) {
      await page.goto(floorUrl, { waitUntil: 'load' });
      await page.locator('#file').setInputFiles(file);
      const { ms, rows } = await page.evaluate(floorRun, spec.format);
      if (rows !== spec.rows) throw new FlowError(`floor ${spec.title}: ${rows} rows parsed, expected ${spec.rows}`);
      failOnTrouble(trouble, `floor ${spec.title}`);
      times.push(ms);
    }
    return times;
  } finally {
    await context.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Figures

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => `${Math.round(value)} ms`;
const verdict = (met) => (met ? 'met' : 'NOT met');

function printRun(spec, run, index) {
  const lt = run.longTasks;
  console.log(
    `  app run ${index + 1}: inspect ${ms(run.inspect)}, Import click → report ${ms(run.importToReport)}, Accept click → saved ` +
      `${ms(run.acceptToSaved)}; chosen → report ${ms(run.report)}, chosen → saved ${ms(run.saved)} (the harness's ` +
      `${ms(run.clickDelays)} before its clicks left out); the step shows the imported rows ${ms(run.settledAfterSaved)} after saved`,
  );
  console.log(
    `      until saved: long tasks ${lt.count}, longest ${ms(lt.longest)}, total ${ms(lt.total)}; heap ${run.heapMb.toFixed(0)} MB; ` +
      `each long task: ${run.longTaskList.join(', ') || 'none'}`,
  );
}

/** The target of a file and whether its median figures meet it. */
function targetOf(spec, row) {
  if (spec.id === 'xlsx-100k') return { text: `ratio ≤ ${TARGETS.xlsxRatio}`, met: row.ratio <= TARGETS.xlsxRatio };
  if (spec.id === 'csv-100k') return { text: `ratio ≤ ${TARGETS.csvRatio}`, met: row.ratio <= TARGETS.csvRatio };
  return {
    text: `long task ≤ ${TARGETS.longTaskMs} ms, heap < ${TARGETS.heapMb} MB`,
    met: row.longestTask <= TARGETS.longTaskMs && row.heapMb < TARGETS.heapMb,
  };
}

function summarise(spec, runs, floorTimes) {
  const row = {
    title: spec.title,
    report: median(runs.map((run) => run.report)),
    saved: median(runs.map((run) => run.saved)),
    floor: median(floorTimes),
    longTaskCount: median(runs.map((run) => run.longTasks.count)),
    longestTask: Math.max(...runs.map((run) => run.longTasks.longest)),
    longestAfterSaved: Math.max(...runs.map((run) => run.longTasksAfterSaved.longest)),
    heapMb: median(runs.map((run) => run.heapMb)),
  };
  row.ratio = row.report / row.floor;
  row.target = targetOf(spec, row);
  return row;
}

function printTable(rows, reopen) {
  const header = ['file', 'chosen → report', 'chosen → saved', 'floor', 'ratio', 'target', 'long tasks (n, longest)', 'heap MB'];
  const cells = rows.map((row) => [
    row.title,
    ms(row.report),
    ms(row.saved),
    ms(row.floor),
    row.ratio.toFixed(2),
    `${row.target.text}: ${verdict(row.target.met)}`,
    `${row.longTaskCount}, ${ms(row.longestTask)}`,
    row.heapMb.toFixed(0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column].length)));
  const line = (values) => values.map((value, column) => (column === 0 || column === 5 ? value.padEnd(widths[column]) : value.padStart(widths[column]))).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('-|-')}`);
  for (const values of cells) console.log(line(values));
  console.log(
    '(medians of the app runs and of the floor runs; "chosen →" leaves out the time the harness takes before its two clicks;\n' +
      ' long tasks: median count between file chosen and saved, longest of all runs; heap: after a forced GC, step showing the rows)',
  );
  console.log(
    `after saved, until the step shows the imported rows (outside the targets' window), longest long task: ` +
      rows.map((row) => `${row.title} ${ms(row.longestAfterSaved)}`).join(', '),
  );
  if (reopen) {
    console.log(
      `\nreopen with 1M rows saved: navigation start → first chart ${ms(reopen.ms)} ` +
        `(long tasks ${reopen.longTasks.count}, longest ${ms(reopen.longTasks.longest)}); target ≤ ${TARGETS.reopenMs} ms: ${verdict(reopen.ms <= TARGETS.reopenMs)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function benchFile(browser, baseUrl, spec) {
  const file = prepareFile(spec);
  console.log(`\n${spec.title}: ${path.relative(REPO_ROOT, file)}, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  const runs = [];
  for (let index = 0; index < spec.appRuns; index++) {
    const run = await runAppFlow(browser, baseUrl, spec, file, { reopen: spec.reopen === true && index === spec.appRuns - 1 });
    printRun(spec, run, index);
    for (const message of run.consoleErrors) console.log(`  console error: ${message}`);
    runs.push(run);
  }
  const floorTimes = await runFloor(browser, baseUrl, spec, file);
  console.log(`  floor runs: ${floorTimes.map(ms).join(', ')}`);
  return { row: summarise(spec, runs, floorTimes), reopen: runs.find((run) => run.reopen)?.reopen ?? null };
}

async function main() {
  const started = performance.now();
  console.log(`[bench] measuring ${describeCode()}`);
  ensureFreshBuild();
  for (const spec of FILES) prepareFile(spec);
  const server = await startPreview({ build: false, log: (message) => console.log(message.replace('[e2e]', '[bench]')) });
  let browser = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    console.log(`[bench] Chromium ${browser.version()}`);
    const rows = [];
    let reopen = null;
    for (const spec of FILES) {
      const result = await benchFile(browser, server.baseUrl, spec);
      rows.push(result.row);
      reopen ??= result.reopen;
    }
    printTable(rows, reopen);
    console.log(`\n[bench] done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`\n[bench] the flow broke: ${error instanceof FlowError ? error.message : error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
}
