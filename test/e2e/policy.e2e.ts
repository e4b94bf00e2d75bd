import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from './browser';
import { STEP, chooseFile, fixture, salesImport } from './salesImport';

/**
 * The code that parses a participant's file runs in a worker: it must not reach the network or evaluate
 * strings as code, whatever the file makes it do. The page's own policy must forbid framing.
 */
describe('one policy for the page and its workers', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('sends the policy as headers, to the import worker too, and the worker cannot fetch', async () => {
    app = await openApp({ locale: 'ru-RU' });
    const { page } = app;
    const workerPolicies: string[] = [];
    app.context.on('response', (response) => {
      if (/\/assets\/worker-/.test(response.url())) workerPolicies.push(response.headers()['content-security-policy'] ?? '');
    });
    const response = await page.goto(app.url(STEP));
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");

    await chooseFile(page, 'выгрузка 1С.csv', fixture('sales-cp1251.csv'), 'text/csv');
    await salesImport(page).getByRole('region', { name: 'Какой столбец файла что означает' }).waitFor();
    const worker = page.workers().find((candidate) => /\/assets\/worker-/.test(candidate.url()));
    expect(worker).toBeDefined();
    if (!worker) return;
    const tries = await worker.evaluate(async () => {
      const attempt = async (run: () => unknown) => {
        try {
          await run();
          return 'reached';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      };
      return {
        sameOrigin: await attempt(() => fetch('./index.html')),
        otherOrigin: await attempt(() => fetch('http://127.0.0.1:9/')),
        request: await attempt(() => new XMLHttpRequest()),
      };
    });
    expect(tries.sameOrigin).toBe('network access is disabled in this worker');
    expect(tries.otherOrigin).toBe('network access is disabled in this worker');
    expect(tries.request).toBe('network access is disabled in this worker');
    // The worker's own policy comes with its script: no eval, no other origin. (Playwright's evaluate is
    // exempt from a policy's eval rule, so the header itself is what is checked.)
    expect(workerPolicies).toHaveLength(1);
    expect(workerPolicies[0]).toBe(policy);
    expect(policy).not.toContain('unsafe-eval');
    expect(app.externalRequests).toEqual([]);
  });
});
