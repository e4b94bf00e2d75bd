import type { WalkCheck } from '../checks';
import { chartDrawings } from '../chartText';

/** Sub-pixel rounding of text boxes is not clipping. */
const TOLERANCE = 1;

/**
 * Every label, tick and note of a chart lies inside its drawing: an SVG clips what sticks out, so a label
 * past the left edge reads "3." instead of "13.", an axis title loses its last letters.
 */
export const chartTextInside: WalkCheck = {
  name: 'chart text inside its chart',
  async run(page) {
    return (await chartDrawings(page)).flatMap(({ chart, svg, texts }) =>
      texts.flatMap(({ text, box }) => {
        const out = [
          ['left', svg.left - box.left],
          ['right', box.right - svg.right],
          ['top', svg.top - box.top],
          ['bottom', box.bottom - svg.bottom],
        ] as const;
        const past = out.filter(([, by]) => by > TOLERANCE).map(([side, by]) => `${Math.round(by)} px past the ${side}`);
        return past.length ? [`«${chart}»: "${text}" is cut, ${past.join(', ')}`] : [];
      }),
    );
  },
};
