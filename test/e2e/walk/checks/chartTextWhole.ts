import type { WalkCheck } from '../checks';
import { chartDrawings } from '../chartText';

/** An ellipsis, typographic or typed: the mark of a label shortened to fit. */
const SHORTENED = /…|\.\.\./;

/** A chart label is readable whole (the project's guide): never shortened with "…", at any width. */
export const chartTextWhole: WalkCheck = {
  name: 'chart text never shortened',
  async run(page) {
    return (await chartDrawings(page)).flatMap(({ chart, texts }) =>
      texts.filter(({ text }) => SHORTENED.test(text)).map(({ text }) => `«${chart}»: "${text}" is shortened`),
    );
  },
};
