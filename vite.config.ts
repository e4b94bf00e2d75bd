/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
  },
});
