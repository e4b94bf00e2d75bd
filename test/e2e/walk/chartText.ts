import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One label, tick or note drawn inside a chart, with the box it covers on screen. */
export interface ChartText {
  text: string;
  box: Box;
}

/** One chart drawing (a recharts SVG surface), named by its figure's title for the report. */
export interface ChartDrawing {
  chart: string;
  svg: Box;
  texts: ChartText[];
}

/**
 * Every text a chart draws, as the reader sees it: each <text> element of each recharts surface that is
 * rendered and not empty. A <text> is one label however many lines (<tspan>) it wraps onto, so the lines
 * of one label are never compared with each other.
 */
export function chartDrawings(page: Page): Promise<ChartDrawing[]> {
  return page.evaluate(() => {
    const boxOf = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    return [...document.querySelectorAll('svg.recharts-surface')].flatMap((svg) => {
      const rect = svg.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return [];
      const figure = svg.closest('figure');
      const chart = figure?.querySelector('.chart__title')?.textContent?.trim() || figure?.getAttribute('aria-label') || 'a chart';
      const texts = [...svg.querySelectorAll('text')].flatMap((element) => {
        // The lines of a wrapped label are <tspan>s; read them as one text with spaces between.
        const lines = [...element.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
        const text = (lines.length ? lines.join(' ') : (element.textContent ?? '')).replace(/\s+/g, ' ').trim();
        const style = getComputedStyle(element);
        const box = boxOf(element);
        if (!text || style.visibility === 'hidden' || style.display === 'none' || box.right - box.left === 0) return [];
        return [{ text, box }];
      });
      return [{ chart, svg: boxOf(svg), texts }];
    });
  });
}

/** How far, in whole pixels, two boxes cover each other across and down (0 when apart). */
export function overlap(a: Box, b: Box): { across: number; down: number } {
  return {
    across: Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)),
    down: Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)),
  };
}
