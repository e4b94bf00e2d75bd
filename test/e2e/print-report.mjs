#!/usr/bin/env node
// PDFs of what alumni print for the trainer, to look at before a seminar: each exercise's report
// (#/ex/<id>/report), the Kano and SERVQUAL paper questionnaires and the SERVQUAL improvement plan.
//
//   npx vite build --outDir /tmp/print-dist
//   E2E_DIST_DIR=/tmp/print-dist node test/e2e/print-report.mjs [--lang ru,zh] [--out /tmp/print-out] [--png]
//
//   --base URL     a running server instead of serving the build (E2E_DIST_DIR / E2E_PORT are honoured,
//                  see preview-server.mjs; without E2E_DIST_DIR it builds dist/ if missing)
//   --lang         languages (default: ru,zh — the seminar's language and the one with the widest glyphs)
//   --out DIR      where the PDFs go (default: /tmp/print-out)
//   --png          also run `pdftoppm -r 60 -png` on each PDF (apt-get install poppler-utils), to view the pages
//
// Each document opens in a fresh browser context on the demo data, with window.print stubbed (the dialog
// would freeze a headless page); the page is then rendered as Chromium prints it: print media, A4,
// backgrounds on. Files: <out>/<name>--<lang>.pdf, e.g. kano-report--zh.pdf, servqual-plan--ru.pdf.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const BROWSER_LOCALE = { ru: 'ru-RU', en: 'en-US', zh: 'zh-CN' };

/** The print questionnaire / print plan buttons, by language, as the steps' messages label them. */
const PRINT_QUESTIONNAIRE = { ru: 'Напечатать анкету', en: 'Print questionnaire', zh: '打印问卷' };
const PRINT_PLAN = { ru: 'Напечатать план', en: 'Print plan', zh: '打印计划' };

/** What to print. `button`: the step's own print button, for the documents that are part of a step. */
const DOCUMENTS = [
  { name: 'loyalty-measurement-report', route: '#/ex/loyalty-measurement/report' },
  { name: 'program-roi-report', route: '#/ex/program-roi/report' },
  { name: 'kano-report', route: '#/ex/kano/report' },
  { name: 'servqual-report', route: '#/ex/servqual/report' },
  { name: 'customer-base-report', route: '#/ex/customer-base/report' },
  { name: 'segmentation-report', route: '#/ex/segmentation/report' },
  { name: 'promo-product-report', route: '#/ex/promo-product/report' },
  { name: 'emotional-loyalty-report', route: '#/ex/emotional-loyalty/report' },
  { name: 'incentives-report', route: '#/ex/incentives/report' },
  { name: 'program-design-report', route: '#/ex/program-design/report' },
  { name: 'kano-questionnaire', route: '#/ex/kano/questionnaire', button: PRINT_QUESTIONNAIRE },
  { name: 'servqual-questionnaire', route: '#/ex/servqual/collect', button: PRINT_QUESTIONNAIRE },
  { name: 'servqual-plan', route: '#/ex/servqual/plan', button: PRINT_PLAN },
];

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    lang: { type: 'string', default: 'ru,zh' },
    out: { type: 'string', default: '/tmp/print-out' },
    png: { type: 'boolean', default: false },
  },
});
const langs = values.lang.split(',').map((lang) => lang.trim()).filter(Boolean);
for (const lang of langs) if (!(lang in BROWSER_LOCALE)) throw new Error(`--lang: unknown language "${lang}"`);
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

let server;
let browser;
let failed = false;
try {
  server = values.base ? { baseUrl: new URL(values.base).href, stop: async () => {} } : await startPreview({ log: (line) => console.error(line) });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (const document of DOCUMENTS) {
    for (const lang of langs) {
      const file = join(outDir, `${document.name}--${lang}.pdf`);
      const problems = await printDocument(browser, server.baseUrl, document, lang, file);
      console.log(file);
      for (const problem of problems) {
        failed = true;
        console.error(`  ! ${problem}`);
      }
      if (values.png) {
        const result = spawnSync('pdftoppm', ['-r', '60', '-png', file, file.replace(/\.pdf$/, '')], { stdio: 'inherit' });
        if (result.status !== 0) {
          failed = true;
          console.error(`  ! pdftoppm failed (${result.error?.message ?? `exit ${result.status}`}); is poppler-utils installed?`);
        }
      }
    }
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
}
process.exit(failed ? 1 : 0);

async function printDocument(browser, baseUrl, { route, button }, lang, file) {
  const problems = [];
  const context = await browser.newContext({ locale: BROWSER_LOCALE[lang], viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await context.route((url) => url.hostname !== '127.0.0.1', (request) => {
      problems.push(`blocked request: ${request.request().url()}`);
      return request.abort();
    });
    await page.addInitScript(() => {
      const counter = window;
      counter.__printCalls = 0;
      window.print = () => {
        counter.__printCalls += 1;
      };
    });
    await page.goto(new URL(`?lang=${lang}${route}`, baseUrl).href);
    await page.locator('main').waitFor();
    if (button) {
      const target = page.getByRole('main').getByRole('button', { name: button[lang], exact: true });
      await target.waitFor({ timeout: 15_000 });
      await target.click();
    }
    // The report and the print areas ask for the dialog once they have laid out: print then, as the user would.
    await page.waitForFunction(() => window.__printCalls > 0, undefined, { timeout: 15_000 });
    await page.evaluate(() => document.fonts.ready);
    // No wait between switching to print and printing: the real dialog gives scripts (and charts) no turn either.
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const text = await page.evaluate(() => document.body.innerText);
    if (/NaN|Infinity|undefined/.test(text)) problems.push('the page shows NaN, Infinity or undefined');
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await context.close();
  }
  return problems;
}
