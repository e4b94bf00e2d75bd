import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const server = await startPreview({ build: false, log: () => {} });
const base = server.baseUrl;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const out = '/tmp/handin/shots';
const names = { ru: ['Сдать тренеру', 'Команда'], zh: ['提交给培训师', '团队'] };
for (const [lang, view] of [['ru', 'desktop'], ['zh', 'desktop'], ['ru', 'phone'], ['zh', 'phone'], ['ru', 'presenter'], ['zh', 'presenter']]) {
  const phone = view === 'phone';
  const context = await browser.newContext({ locale: lang, viewport: phone ? { width: 390, height: 844 } : view === 'presenter' ? { width: 1920, height: 1080 } : { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const url = (hash, presenter) => `${base}?lang=${lang}${presenter ? '&presenter=1' : ''}${hash}`;
  await page.goto(url('#/ex/kano/results', view === 'presenter'));
  await page.locator('main h1').first().waitFor();
  const teamName = lang === 'zh' ? '北方队 — 王芳、李伟、张敏、陈静' : 'Команда «Северное сияние» — Иванова, Петров, Сидорова';
  if (phone) await page.locator('.header__menu').click();
  await page.getByLabel(names[lang][1], { exact: true }).fill(view === 'desktop' && lang === 'ru' ? '' : teamName);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/header-${lang}-${view}.png` });
  if (phone) await page.locator('.header__menu').click();
  if (view !== 'presenter') {
    if (phone) await page.locator('.toolbar__toggle').click();
    await page.getByRole('button', { name: names[lang][0] }).click();
    await page.locator('dialog').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/dialog-${lang}-${view}.png` });
    const scrollW = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(lang, view, 'scrollWidth', scrollW);
  }
  await context.close();
}
await browser.close();
await server.stop?.();
process.exit(0);
