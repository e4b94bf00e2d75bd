#!/usr/bin/env node
// Prints the gzip size of the JavaScript the home page loads, against the 150 KB budget, and the
// sizes of the chunks loaded later (charts, SheetJS, steps). A figure to watch, not a test.
//
//   npm run build && npm run bench:bundle      (or: node test/bench/bundle-size.mjs [distDir])
//
// "Home page JS" = the entry script of index.html, its modulepreloads, and every chunk they import
// statically (followed through the built files), i.e. what the browser fetches before the home page
// can render. Chunks reached only through import() are listed apart.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = resolve(process.argv[2] ?? 'dist');
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`${indexHtml} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const html = readFileSync(indexHtml, 'utf8');
const entryFiles = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\.\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g),
].map((match) => match[1]);

const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']\.\/([^"']+\.js)["']/g;
const assetsDir = join(dist, 'assets');
const read = (assetPath) => readFileSync(join(dist, assetPath), 'utf8');
const gzipKb = (text) => gzipSync(text, { level: 9 }).length / 1024;

const homeChunks = new Set();
const queue = [...entryFiles];
while (queue.length > 0) {
  const file = queue.shift();
  if (homeChunks.has(file)) continue;
  homeChunks.add(file);
  for (const match of read(file).matchAll(STATIC_IMPORT)) queue.push(`assets/${match[1]}`);
}

const rows = (files) =>
  files
    .map((file) => ({ file, rawKb: Buffer.byteLength(read(file)) / 1024, gzipKb: gzipKb(read(file)) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
const print = (list) => {
  for (const row of list) console.log(`  ${row.gzipKb.toFixed(1).padStart(7)} KB gzip  ${row.rawKb.toFixed(1).padStart(8)} KB raw  ${row.file}`);
};

const home = rows([...homeChunks]);
const homeTotal = home.reduce((sum, row) => sum + row.gzipKb, 0);
console.log(`Home page JavaScript (${dist}):`);
print(home);
console.log(`  ${homeTotal.toFixed(1).padStart(7)} KB gzip in all; budget ${BUDGET_KB} KB; ratio ${(homeTotal / BUDGET_KB).toFixed(2)} ${homeTotal <= BUDGET_KB ? '(within budget)' : '(OVER BUDGET)'}`);

const later = rows(
  readdirSync(assetsDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .filter((file) => !homeChunks.has(file)),
);
console.log('\nLoaded on demand (steps, charts, SheetJS, workers):');
print(later.slice(0, 12));
if (later.length > 12) console.log(`  … and ${later.length - 12} smaller chunks`);
for (const name of ['charts', 'xlsx']) {
  if (home.some((row) => row.file.includes(`/${name}-`))) console.log(`WARNING: the ${name} chunk is loaded by the home page.`);
}
