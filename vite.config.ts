/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { serviceWorkerPlugin } from './build/serviceWorker';

/**
 * The built app may only talk to its own origin: the user's data never leaves the browser, and the
 * policy makes that a rule the browser enforces. Dev mode is left out (its hot-reload preamble is inline).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy as a response header, which a meta tag cannot replace: only a header reaches the workers
 * (their scripts are fetched on their own) and only a header may forbid framing. The build writes it for
 * common static hosts (dist/_headers for Netlify and Cloudflare Pages, dist/nginx-security-headers.conf to
 * include in an nginx server block); `vite preview`, which the browser tests use, sends it too.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n` });
      this.emitFile({
        type: 'asset',
        fileName: 'nginx-security-headers.conf',
        source: `${lines.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n')}\n`,
      });
    },
  };
}

export default defineConfig({
  // The service worker (dist/sw.js) makes the hosted build work offline after the first visit.
  plugins: [react(), contentSecurityPolicy(), serviceWorkerPlugin(fileURLToPath(new URL('./public', import.meta.url)))],
  // Relative asset paths let the built folder be served from any sub-path of a static host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Charts and SheetJS are heavy and not needed by the home page: their own chunks, loaded with
        // the first step that draws a chart or the first export. A group must not pull in what the home
        // page shares with it (React), hence includeDependenciesRecursively: false.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'xlsx', test: /node_modules[\\/](xlsx|@e965[\\/]xlsx)/ },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-|victory-vendor|decimal\.js-light|es-toolkit|@reduxjs|redux|immer|reselect|react-redux|use-sync-external-store|eventemitter3|clsx|tiny-invariant|react-is)/ },
          ],
        },
      },
    },
  },
  // Module workers with their own chunks: the import worker loads SheetJS only when the file is a workbook.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { headers: SECURITY_HEADERS },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // A component test renders the whole app and waits for its lazy step; on a shared two-core machine the first
    // transform of a step takes seconds. This is a ceiling for a hung test, not a speed measurement.
    testTimeout: 30_000,
  },
});
