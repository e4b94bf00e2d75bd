import { stepHeading } from '../../browser';
import type { WalkCheck } from '../checks';

/**
 * How far down a phone may start the step: its heading's top within the first 45 % of the viewport. The walk's
 * viewport is the whole screen (844 px on a 390×844 phone), but a phone's browser keeps its address and tool
 * bars over a fifth of it (Safari on that phone leaves about 660 px of page); a heading at 45 % (380 px) leaves
 * the rest of what is visible, some 280 px, for the step's first lines, so a participant who opens a step sees
 * what it is about before scrolling, not the header, the tools and the list of steps.
 */
export const FIRST_SCREEN_SHARE = 0.45;

export const stepOnFirstScreen: WalkCheck = {
  name: 'step on the first screen',
  appliesTo: ({ view, page }) => view.name === 'phone' && page.kind === 'step',
  async run(page) {
    const { scrollY, height } = await page.evaluate(() => ({ scrollY: window.scrollY, height: window.innerHeight }));
    const box = await stepHeading(page).boundingBox();
    if (!box) return ['the step has no visible heading'];
    const top = Math.round(box.y + scrollY);
    const limit = Math.round(height * FIRST_SCREEN_SHARE);
    return top <= limit ? [] : [`the step's heading starts ${top} px down, past ${limit} px (${FIRST_SCREEN_SHARE * 100} % of a ${height} px screen)`];
  },
};
