import type { WalkCheck } from '../checks';

/**
 * A date on screen is written as the app's language writes it (format.date: 05.03.2026, 5 Mar 2026, 2026年3月5日):
 * never a stored 'yyyy-mm-dd' shown raw, and never the numeric day/month forms that an American and a European
 * reader take for different days (03/05/2026, 2026/03/05). Dates inside input boxes are the browser's and are
 * not part of the page's text.
 */
const RAW_DATES = [
  { pattern: /\b\d{4}-\d{2}-\d{2}\b/g, what: 'a stored date shown raw' },
  { pattern: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, what: 'an ambiguous numeric date' },
  { pattern: /\b\d{4}\/\d{1,2}\/\d{1,2}\b/g, what: 'a numeric date not in the app’s form' },
];

/**
 * A date that ends a file's name ("Команда 1 — Модель Кано — 2026-03-05.handin.json") is part of the name, shown as
 * the file is called on the disk so the reader can find it there: not a date the page writes.
 */
const IN_FILE_NAME = /^(?:\.[A-Za-z][A-Za-z0-9]{0,7})+\b/;

export const datesInAppLanguage: WalkCheck = {
  name: 'dates in the app’s language',
  async run(page) {
    const text = await page.locator('body').innerText();
    return RAW_DATES.flatMap(({ pattern, what }) => {
      const match = [...text.matchAll(pattern)].find((found) => !IN_FILE_NAME.test(text.slice(found.index + found[0].length)));
      if (!match) return [];
      const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ');
      return [`${what}, "${match[0]}": …${around}…`];
    });
  },
};
