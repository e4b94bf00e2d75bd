import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { WalkCheck } from '../checks';

/**
 * axe-core over the whole page: what it rates serious or critical (contrast, names, landmarks, scrollable
 * regions, ARIA misuse) is a defect on any page of the workbook. Minor and moderate findings are not reported:
 * they are often matters of taste (a region per card) and would drown the ones a keyboard or screen-reader
 * user trips over.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const REPORTED: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * Single nodes axe cannot judge, each with the reason. A rule is never switched off here, only one node of
 * it, and only when axe is wrong about that node.
 */
const EXCLUDED: readonly string[] = [];

/** What the page's window holds once axe.min.js has run in it. */
type WithAxe = { axe?: { run: (context: { exclude: string[][] }, options: RunOptions) => Promise<AxeResults> } };

export const axe: WalkCheck = {
  name: 'axe',
  async run(page) {
    await inject(page);
    const results = await page.evaluate(
      ([exclude]) => {
        // The page's own types know nothing of the script injected into it.
        const { axe } = window as unknown as WithAxe;
        if (!axe) throw new Error('axe-core was not injected');
        // Every rule axe runs by default (WCAG 2.x A and AA, and its best practices); none is switched off.
        return axe.run({ exclude: exclude.map((selector) => [selector]) }, { resultTypes: ['violations'] });
      },
      [EXCLUDED] as const,
    );
    return results.violations
      .filter((violation) => violation.impact && REPORTED.includes(violation.impact))
      .flatMap((violation) =>
        violation.nodes.map((node) => `${violation.impact} ${violation.id}: ${node.target.join(' ')} — ${summary(node.failureSummary ?? violation.help)}`),
      );
  },
};

/** Through the DevTools protocol, which the page's Content-Security-Policy (script-src 'self') does not govern. */
async function inject(page: Page): Promise<void> {
  if (await page.evaluate(() => Boolean((window as unknown as WithAxe).axe))) return;
  await page.evaluate(AXE_SOURCE);
}

/** axe's "Fix any of the following:\n  Element has insufficient color contrast of 4.2 (…)" in one line. */
function summary(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Fix (any|all) of the following:$/.test(line))
    .join('; ')
    .slice(0, 240);
}
