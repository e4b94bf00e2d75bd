import type { WalkCheck } from '../checks';

/**
 * What a slip in formatting or i18n leaves on screen: a number that did not compute, a message whose
 * placeholder was never filled, an object printed as text.
 */
const BROKEN = [/\bNaN\b/, /\bundefined\b/, /\[object Object\]/, /\{[a-zA-Z]+\}/, /\bInfinity\b/];

export const noBrokenText: WalkCheck = {
  name: 'no broken text',
  async run(page) {
    const text = await page.locator('body').innerText();
    return BROKEN.flatMap((pattern) => {
      const match = pattern.exec(text);
      if (!match) return [];
      const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ');
      return [`"${match[0]}" on screen: …${around}…`];
    });
  },
};
