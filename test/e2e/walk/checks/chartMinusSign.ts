import type { WalkCheck } from '../checks';
import { chartDrawings } from '../chartText';

/** A hyphen-minus right before a digit, not inside a word or a range like "2023-01". */
const HYPHEN_NUMBER = /(?:^|[^\p{L}\p{N}])-\d/u;

/** Chart ticks write a negative with the real minus sign "−" (U+2212), as the text and tables do (src/i18n/format.ts). */
export const chartMinusSign: WalkCheck = {
  name: 'chart numbers with the minus sign',
  async run(page) {
    return (await chartDrawings(page)).flatMap(({ chart, texts }) =>
      texts.filter(({ text }) => HYPHEN_NUMBER.test(text)).map(({ text }) => `«${chart}»: "${text}" has a hyphen for a minus`),
    );
  },
};
