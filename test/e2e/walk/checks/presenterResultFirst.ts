import type { WalkCheck } from '../checks';

/** The share of a projector's first screen the chrome may take above the step's title (issue 12 found about 40 %). */
const MAX_CHROME_SHARE = 0.25;

/**
 * In presenter mode the step's result is on the first screen: the chrome (header, breadcrumb, exercise title,
 * stepper) ends within the top quarter, and the plain-language reading of a results step is wholly visible.
 */
export const presenterResultFirst: WalkCheck = {
  name: 'presenter: the result on the first screen',
  appliesTo: ({ view, page }) => view.presenter && page.kind === 'step',
  async run(page) {
    return page.evaluate((maxShare) => {
      const problems: string[] = [];
      const height = window.innerHeight;
      const title = document.querySelector('#step-title')?.getBoundingClientRect();
      if (title && title.top > height * maxShare) problems.push(`the step's title starts at ${Math.round((title.top / height) * 100)} % of the screen`);
      const reading = document.querySelector('.reading')?.getBoundingClientRect();
      if (reading && reading.bottom > height) problems.push(`the reading ends below the first screen (${Math.round(reading.bottom)} of ${height}px)`);
      return problems;
    }, MAX_CHROME_SHARE);
  },
};
