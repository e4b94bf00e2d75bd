import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { buildPrecache, type BuiltFile } from './precache';

export const SERVICE_WORKER_FILE = 'sw.js';
const TEMPLATE = new URL('./service-worker.js', import.meta.url);
const PLACEHOLDER = "const PRECACHE = { version: 'unbuilt', files: [] };";

function publicFiles(dir: string): BuiltFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { fileName: relative(dir, path).split(sep).join('/'), source: readFileSync(path) };
    });
}

/**
 * Writes dist/sw.js for the hosted build: build/service-worker.js with the list of every file this build
 * emitted (and public/'s), versioned by their contents. Registered by src/main.tsx over http(s) only.
 */
export function serviceWorkerPlugin(publicDir: string): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const emitted = Object.values(bundle).map((output): BuiltFile => ({ fileName: output.fileName, source: output.type === 'chunk' ? output.code : output.source }));
        const precache = buildPrecache([...emitted, ...publicFiles(publicDir)]);
        const template = readFileSync(TEMPLATE, 'utf8');
        if (!template.includes(PLACEHOLDER)) throw new Error(`service worker: ${TEMPLATE.pathname} lost its line ${PLACEHOLDER}`);
        const source = template.replace(PLACEHOLDER, () => `const PRECACHE = ${JSON.stringify(precache)};`);
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source });
      },
    },
  };
}
