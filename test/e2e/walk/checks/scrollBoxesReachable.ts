import type { WalkCheck } from '../checks';

/**
 * A table too wide for the screen scrolls inside its own box; that box must then be usable without a mouse or
 * a finger and say what it holds: a keyboard user scrolls it once it has focus (tabindex="0"), and a screen
 * reader announces it by name (a region with aria-label or aria-labelledby). src/ui/ScrollBox.tsx is such a box.
 */
export const scrollBoxesReachable: WalkCheck = {
  name: 'scroll boxes reachable',
  run: (page) =>
    page.evaluate(() => {
      const problems: string[] = [];
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        // Form controls scroll their own text; that is the browser's business.
        if (element.matches('input, textarea, select')) continue;
        if (element.scrollWidth <= element.clientWidth + 1) continue;
        const style = getComputedStyle(element);
        if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
        const name =
          element.getAttribute('aria-label')?.trim() ||
          (element.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ')
            .trim();
        const missing = [element.tabIndex >= 0 ? '' : 'cannot take focus', name ? '' : 'has no name'].filter(Boolean);
        if (missing.length === 0) continue;
        const what = `<${element.tagName.toLowerCase()}${element.classList.length ? ` class="${element.className.toString()}"` : ''}>`;
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
        problems.push(`${what} scrolls sideways but ${missing.join(' and ')}: "${text}"`);
      }
      return problems;
    }),
};
