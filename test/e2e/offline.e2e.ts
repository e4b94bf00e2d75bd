import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { ALLOWED_HOST, EVENTUALLY, appUrl, baseUrl, launchBrowser, metricValue, plain, stepHeading, waitForApp } from './browser';

/**
 * Issue 17: the hosted build is installable and works offline after the first visit. The other browser tests
 * block service workers (each starts from a clean slate); this one lets the app register dist/sw.js, goes
 * offline, and opens the home page and an exercise whose chunks and worker it had never loaded.
 */

describe('the hosted build offline, after one visit', () => {
  let context: BrowserContext | undefined;
  afterEach(async () => {
    await context?.close().catch(() => undefined);
    context = undefined;
  });

  it('registers its service worker, then opens the home page and an exercise with no network', async () => {
    const base = baseUrl();
    const browser = await launchBrowser();
    context = await browser.newContext({ locale: 'ru-RU', serviceWorkers: 'allow', reducedMotion: 'reduce' });
    const externalRequests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === ALLOWED_HOST) await route.continue();
      else {
        externalRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));

    await page.goto(appUrl(base, '#/'));
    await waitForApp(page);
    // The manifest an installable app needs, with the icons Chromium asks for.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { start_url: string; display: string; icons: { sizes: string }[] }) : null;
    });
    expect(manifest?.display).toBe('standalone');
    expect(manifest?.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

    // Installed and in control of this page (it claims the page that registered it).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), EVENTUALLY).toBe(new URL('sw.js', base).href);
    const cached = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('loyalty-workbook-')));
    expect(cached).toHaveLength(1);

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Упражнения семинара');

    // A step never opened online: its lazy chunks and its analysis worker come from the cache.
    await page.goto(appUrl(base, '#/ex/program-roi/evaluation', { lang: 'ru' }));
    await expect.poll(() => stepHeading(page).textContent(), EVENTUALLY).toBe('Оценка по данным продаж');
    await expect.poll(async () => plain(await metricValue(page, 'Эффект на траты').textContent()), EVENTUALLY).toMatch(/₽$/);

    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
