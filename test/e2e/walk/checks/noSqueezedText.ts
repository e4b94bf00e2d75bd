import type { WalkCheck } from '../checks';

/**
 * Text squeezed into a column a few letters wide, which a phone shows a syllable or a letter a line ("Н / а / д /
 * ё / ж / н / о"): a table with too many columns, or a grid whose side columns leave the middle one no room.
 * Caught as a text that wraps onto three lines or more in a box narrower than SQUEEZED_EM of its own letters' size.
 */
export const SQUEEZED_EM = 4;

export const noSqueezedText: WalkCheck = {
  name: 'no squeezed text',
  appliesTo: ({ view }) => view.name === 'phone',
  run: (page) =>
    page.evaluate((squeezedEm) => {
      const problems: string[] = [];
      const clipped = (element: Element): boolean => {
        for (let box: Element | null = element; box && box !== document.body; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.clipPath !== 'none' || style.clip !== 'auto') return true;
        }
        return false;
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        const parent = node.parentElement;
        if (text.length < 6 || !parent) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
        const lines = new Set(rects.map((rect) => Math.round(rect.top))).size;
        if (lines < 3) continue;
        const widest = Math.max(...rects.map((rect) => rect.width));
        const em = Number.parseFloat(getComputedStyle(parent).fontSize);
        if (widest >= squeezedEm * em) continue;
        // Not on screen: inside a closed <details>, or "visually hidden" (a header row clipped to a pixel for
        // screen readers, whose words then stand one a line in that pixel).
        if (!parent.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) || clipped(parent)) continue;
        const where = `<${parent.tagName.toLowerCase()}${parent.classList.length ? ` class="${parent.className.toString()}"` : ''}>`;
        problems.push(`"${text.slice(0, 40)}" in ${where} runs over ${lines} lines no wider than ${Math.round(widest)} px`);
        if (problems.length === 8) break;
      }
      return problems;
    }, SQUEEZED_EM),
};
