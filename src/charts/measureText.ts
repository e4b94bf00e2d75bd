/** Width in pixels of a text drawn in the chart's font at one size. */
export type MeasureText = (text: string) => number;

/** Width in pixels of a text at a given font size, in the font the charts are drawn in. */
export type MeasureTextAt = (text: string, fontSize: number) => number;

/** CJK ideographs, kana, hangul and full-width forms: a glyph each about as wide as the font size. */
export const WIDE_CHARACTER = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/**
 * A fair guess of a text's width without a canvas (jsdom in component tests): wide glyphs a font size
 * each, others a little over half. Real layout in the browser measures instead.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) width += WIDE_CHARACTER.test(character) ? fontSize : fontSize * 0.6;
  return width;
}

let measurer: MeasureTextAt | undefined;

/**
 * Text widths as the browser draws them: a canvas in the page's own font (SVG chart text inherits it), so a
 * label is wrapped where it really runs out of room, in Cyrillic, Latin or Chinese alike. Where there is no
 * canvas (tests in jsdom), the estimate stands in.
 */
export function chartTextMeasure(): MeasureTextAt {
  measurer ??= createMeasurer();
  return measurer;
}

function createMeasurer(): MeasureTextAt {
  // OffscreenCanvas exists in every browser the workbook supports and not in jsdom, whose canvas logs an error.
  const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context || typeof document === 'undefined') return estimateTextWidth;
  const family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const cache = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${fontSize}px ${family}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
