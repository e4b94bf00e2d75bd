import type { WalkCheck } from '../checks';

/**
 * A phone shows the page at the screen's width: nothing may push it wider, or every line of the page has to be
 * panned to be read. A wide table or chart may scroll, but inside its own box (overflow-x auto or scroll), never
 * the page. The page's scroll width says whether the page scrolls; the boxes that stick out say what makes it.
 */
export const noSidewaysScroll: WalkCheck = {
  name: 'no sideways scroll',
  appliesTo: ({ view }) => view.name === 'phone',
  run: (page) =>
    page.evaluate(() => {
      const screen = document.documentElement.clientWidth;
      const problems: string[] = [];
      const pageWidth = document.scrollingElement?.scrollWidth ?? 0;
      if (pageWidth > screen) problems.push(`the page is ${pageWidth} px wide on a ${screen} px screen`);

      // A box inside one that scrolls or clips sideways does not widen the page (the box itself is checked on
      // its own). The page's own root and body do not count: clipping them would hide the fault, not fix it.
      // An absolutely positioned box escapes every clip between it and its containing block (the nearest
      // positioned, transformed or contained ancestor), a fixed one every clip up to a transformed or contained
      // one: a "visually hidden" label inside a scrolling table still widens the page if the box does not hold it.
      const holds = (style: CSSStyleDeclaration, kind: string) =>
        style.transform !== 'none' ||
        style.filter !== 'none' ||
        /layout|paint|strict|content/.test(style.contain) ||
        (kind === 'absolute' && style.position !== 'static');
      const contained = (element: Element): boolean => {
        let kind = getComputedStyle(element).position;
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if ((kind === 'absolute' || kind === 'fixed') && !holds(style, kind)) continue;
          if (style.overflowX !== 'visible') return true;
          kind = style.position;
        }
        return false;
      };
      const outside: Element[] = [];
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.right <= screen + 0.5 && box.left >= -0.5) continue;
        // Wholly left of the screen: parked off screen on purpose (the skip link until it has focus).
        if (box.right <= 0) continue;
        if (getComputedStyle(element).visibility === 'hidden') continue;
        // Only the outermost box that sticks out: its contents stick out with it.
        if (outside.some((parent) => parent.contains(element))) continue;
        if (contained(element)) continue;
        outside.push(element);
      }
      for (const element of outside.slice(0, 8)) {
        const box = element.getBoundingClientRect();
        const name = `<${element.tagName.toLowerCase()}${element.classList.length ? ` class="${element.className.toString()}"` : ''}>`;
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
        problems.push(`${name} spans ${Math.round(box.left)}…${Math.round(box.right)} px of a ${screen} px screen${text ? `: "${text}"` : ''}`);
      }
      if (outside.length > 8) problems.push(`…and ${outside.length - 8} more boxes past the screen's edge`);
      return problems;
    }),
};
