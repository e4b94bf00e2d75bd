import type { TestProject } from 'vitest/node';
import { startPreview } from './preview-server.mjs';

/**
 * Serves the built app (dist/, built first if dist/index.html is missing; or E2E_DIST_DIR) with
 * `vite preview` on 127.0.0.1 for the whole browser-test run, and stops it afterwards.
 * Tests read the address with `inject('e2eBaseUrl')` (see browser.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPreview();
  project.provide('e2eBaseUrl', server.baseUrl);
  return async () => {
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string;
  }
}
