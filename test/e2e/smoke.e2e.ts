import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from './browser';

describe('smoke: the built app in Chromium', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens the home page with a heading, a title and a language, and talks to no other host', async () => {
    app = await openApp({ locale: 'en-US' });
    await app.goto('#/');
    // Late requests (lazy chunks, fonts) would show up here too.
    await app.page.waitForLoadState('networkidle');

    await expect.poll(() => app!.page.locator('h1').first().isVisible()).toBe(true);
    expect((await app.page.title()).trim()).not.toBe('');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toMatch(/^[a-z]{2}/i);
    expect(await app.page.locator('main').count()).toBe(1);

    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.failedResponses).toEqual([]);
  });

  // The screenshots tool and trainers' links rely on ?lang=ru|en|zh.
  it.each(['ru', 'en', 'zh'] as const)('honours ?lang=%s', async (lang) => {
    app = await openApp({ locale: lang === 'en' ? 'ru-RU' : 'en-US' });
    await app.goto('#/', { lang });
    await expect.poll(() => app!.page.evaluate(() => document.documentElement.lang.toLowerCase())).toMatch(new RegExp(`^${lang}`));
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
