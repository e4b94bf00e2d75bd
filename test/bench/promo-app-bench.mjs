/**
 * The promo-product exercise in the built app at issue 14's scale: 1,000,000 receipt lines (200,000 receipts,
 * 5,000 products, a Russian till export: `;`, dd.mm.yyyy, decimal commas) chosen on the "Receipts" step in
 * Debian's Chromium, then its figures on the "Product figures" step, then rules mined at support 0.2 % on "Bought
 * together". Printed (run by `npm run bench:basket` after the miner's figures, or alone):
 *   - import and indicators: file chosen → saved, → the receipts overview shown, → the product table shown
 *     (target ≤ 10 s in all);
 *   - mining: support typed → the rules table or its outcome note shown (target ≤ 5 s);
 *   - the page's long tasks from the file chosen to the rules shown (target: none over 100 ms), each over it with
 *     the phase it fell in.
 * A benchmark prints; a slow figure is "not met", never a failure. Environment: E2E_CHROMIUM as the e2e tests.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';
import { REPO_ROOT, ensureBuilt, startPreview } from '../e2e/preview-server.mjs';

const RECEIPTS = 200_000;
const PRODUCTS = 5_000;
const FILE = path.join(REPO_ROOT, 'node_modules/.cache/basket-bench/receipts-1m.csv');
const TARGETS = { importAndIndicatorsMs: 10_000, miningMs: 5_000, longTaskMs: 100 };
const ROUTE = (step) => `#/ex/promo-product/${step}`;

/** mulberry32, as src/data/seededRandom.ts: the same file on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-like popularity (product k drawn with weight 1 / (k + 10)), five lines a receipt on average, a few planted pairs. */
async function writeFile() {
  if (existsSync(FILE) && statSync(FILE).size > 10_000_000) return;
  await mkdir(path.dirname(FILE), { recursive: true });
  const next = random(2026);
  const weights = Array.from({ length: PRODUCTS }, (_, k) => 1 / (k + 10));
  const cumulative = [];
  weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0);
  const total = cumulative[PRODUCTS - 1];
  const draw = () => {
    const target = next() * total;
    let low = 0;
    let high = PRODUCTS - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const out = createWriteStream(FILE);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve)));
  await write('Номер чека;Дата;Товар;Карта;Количество;Сумма\n');
  let chunk = '';
  for (let receipt = 0; receipt < RECEIPTS; receipt++) {
    const day = 1 + Math.floor((receipt / RECEIPTS) * 28);
    const date = `${String(day).padStart(2, '0')}.02.2026`;
    const card = next() < 0.6 ? `K${String(Math.floor(next() * 40_000)).padStart(5, '0')}` : '';
    const items = new Set();
    const size = 1 + Math.floor(next() * 4) + (next() < 0.5 ? 1 : 0);
    while (items.size < size) items.add(draw());
    // Planted: product 40 brings 41 along, 100 brings 101.
    if (items.has(40) && next() < 0.7) items.add(41);
    if (items.has(100) && next() < 0.6) items.add(101);
    for (const item of items) {
      const quantity = next() < 0.8 ? 1 : 2;
      const price = 50 + (item % 97) * 7;
      chunk += `${receipt + 1};${date};Товар ${item + 1};${card};${quantity};${(price * quantity).toFixed(2).replace('.', ',')}\n`;
    }
    if (chunk.length > 1_000_000) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((resolve) => out.end(resolve));
}

/** Long tasks since navigation, in window.__promoLongTasks. */
function longTaskProbe() {
  const tasks = [];
  Object.assign(window, { __promoLongTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (value, target) => (value <= target ? 'target met' : 'target NOT met');

export async function runPromoAppBench({ build = true } = {}) {
  await writeFile();
  console.log(`\n[bench] promo-product in the app: ${path.relative(REPO_ROOT, FILE)} (${(statSync(FILE).size / 1e6).toFixed(0)} MB)`);
  if (build) ensureBuilt({ log: (message) => console.log(message.replace('[e2e]', '[bench]')) });
  const server = await startPreview({ build: false, log: (message) => console.log(message.replace('[e2e]', '[bench]')) });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    await context.addInitScript(longTaskProbe);
    const page = await context.newPage();
    // A phase that takes minutes has missed its target by far: stop there rather than hold the machine.
    page.setDefaultTimeout(180_000);
    const url = new URL(server.baseUrl);
    url.searchParams.set('lang', 'ru');
    url.hash = ROUTE('receipts');
    await page.goto(url.href, { waitUntil: 'load' });
    const receipts = page.getByRole('region', { name: 'Чеки (строки чеков)' });
    await receipts.getByTestId('dataset-file-input').waitFor();

    const marks = [];
    const mark = async (name) => marks.push({ name, at: await page.evaluate(() => performance.now()) });
    await mark('page loaded');
    const started = Date.now();
    await receipts.getByTestId('dataset-file-input').setInputFiles(FILE);
    await receipts.getByRole('button', { name: 'Импортировать' }).click();
    await receipts.getByRole('button', { name: 'Принять и сохранить' }).click();
    await receipts.getByText('Данные сохранены.').waitFor();
    const saved = Date.now() - started;
    console.log(`  saved after ${seconds(saved)}`);
    await mark('import saved');
    await page.getByText('200 000', { exact: true }).first().waitFor();
    const overview = Date.now() - started;
    console.log(`  receipts overview after ${seconds(overview)}`);
    await mark('receipts overview shown');
    await page.evaluate((hash) => (window.location.hash = hash), ROUTE('indicators'));
    await page.getByRole('table', { name: 'Показатели по каждой позиции' }).waitFor();
    const indicators = Date.now() - started;
    console.log(`  product figures after ${seconds(indicators)}`);
    await mark('product figures shown');

    await page.evaluate((hash) => (window.location.hash = hash), ROUTE('rules'));
    const support = page.getByLabel('Минимальная поддержка');
    await support.waitFor();
    // The default (0.5 %) runs first on arrival; its answer is left to come before the timed run. The run at
    // 0.2 % is over when the status line names a new rule count and no progress bar is left.
    const status = page.locator('main .pp-rules-status');
    await page.getByRole('table', { name: 'Правила' }).or(page.getByText('При этих порогах нет ни одного правила.')).first().waitFor();
    const before = await status.textContent();
    const miningStarted = Date.now();
    await support.fill('0,2');
    await page.waitForFunction(
      (previous) => {
        const line = document.querySelector('main .pp-rules-status');
        return line !== null && !line.querySelector('progress') && line.textContent !== previous;
      },
      before,
      { timeout: 180_000, polling: 20 },
    );
    const mining = Date.now() - miningStarted;
    await mark('rules at 0.2 % shown');

    // From the file chosen on, as bench:browser counts: the app's own start-up is not this flow's.
    const chosenAt = marks[0].at;
    const longTasks = (await page.evaluate(() => window.__promoLongTasks)).filter((task) => task.start >= chosenAt);
    const longest = longTasks.reduce((max, task) => Math.max(max, task.duration), 0);
    const over = longTasks.filter((task) => task.duration > TARGETS.longTaskMs);
    console.log(`  1,000,000 lines: saved ${seconds(saved)}, receipts overview ${seconds(overview)}, product figures ${seconds(indicators)} — ≤ ${seconds(TARGETS.importAndIndicatorsMs)}: ${verdict(indicators, TARGETS.importAndIndicatorsMs)}`);
    console.log(`  rules at support 0.2 %: ${seconds(mining)} — ≤ ${seconds(TARGETS.miningMs)}: ${verdict(mining, TARGETS.miningMs)}`);
    console.log(`  page long tasks: ${longTasks.length}, longest ${Math.round(longest)} ms, over ${TARGETS.longTaskMs} ms: ${over.length} — ${over.length === 0 ? 'target met' : 'target NOT met'}`);
    for (const task of over) {
      const phase = marks.find((entry) => entry.at >= task.start)?.name ?? 'after the last mark';
      console.log(`    ${Math.round(task.duration)} ms at ${Math.round(task.start)} ms, before "${phase}"`);
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await runPromoAppBench();
  } catch (error) {
    console.error(`\n[bench] the promo flow broke: ${error instanceof Error ? error.stack : error}`);
    process.exitCode = 1;
  }
}
