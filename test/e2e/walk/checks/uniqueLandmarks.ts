import type { WalkCheck } from '../checks';

/**
 * A screen-reader user moves between landmarks by their role and name ("navigation, Exercise steps"): two
 * landmarks of one role with one name (or both without a name) cannot be told apart in that list. axe rates its
 * landmark-unique rule moderate, so the axe check does not report it; this rule does, for every landmark role.
 * The names are the browser's accessibility tree as Playwright reads it (aria-label, aria-labelledby, headings).
 */
const LANDMARK = /^\s*- (banner|complementary|contentinfo|form|main|navigation|region|search)\b(?: "((?:[^"\\]|\\.)*)")?/;

/** Landmarks that share a role and a name in an aria snapshot; a search box is a control, not the search landmark. */
export function duplicateLandmarks(tree: string): string[] {
  const seen = new Map<string, number>();
  for (const line of tree.split('\n')) {
    const match = LANDMARK.exec(line);
    if (!match) continue;
    const key = `${match[1]} ${match[2] === undefined ? '(no name)' : `"${match[2]}"`}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([landmark, count]) => `${count} landmarks are ${landmark}: give each its own name`);
}

export const uniqueLandmarks: WalkCheck = {
  name: 'unique landmarks',
  run: async (page) => duplicateLandmarks(await page.locator('body').ariaSnapshot()),
};
