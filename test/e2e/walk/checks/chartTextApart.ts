import type { WalkCheck } from '../checks';
import { chartDrawings, overlap } from '../chartText';

/** Text boxes include the font's ascent and descent, so neighbours may touch by a pixel or two and still read. */
const TOLERANCE = 2;

/** No two texts of a chart cover each other: a label over a tick, a point's name over another's. */
export const chartTextApart: WalkCheck = {
  name: 'chart texts apart',
  async run(page) {
    return (await chartDrawings(page)).flatMap(({ chart, texts }) =>
      texts.flatMap((one, index) =>
        texts.slice(index + 1).flatMap((other) => {
          const { across, down } = overlap(one.box, other.box);
          return across > TOLERANCE && down > TOLERANCE ? [`«${chart}»: "${one.text}" and "${other.text}" overlap by ${Math.round(across)}×${Math.round(down)} px`] : [];
        }),
      ),
    );
  },
};
