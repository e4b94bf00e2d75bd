// Which shot goes with which baseline image, and what the comparison tells the developer. Pure functions,
// unit-tested in test/unit/tools/visualBaseline.test.ts; the browser walk is in test/e2e/screenshots.mjs.

/** Default share of a page's pixels that may change before the page counts as changed (0.01 %). */
export const DEFAULT_THRESHOLD = 0.0001;

/** `<page>--<lang>--<view>.png`, e.g. ex-kano-results--zh--phone.png; the page is the route's slug. */
export function shotFileName({ page, lang, view }) {
  return `${page}--${lang}--${view}.png`;
}

/** The parts of a baseline file's name, or null for a file the walk never writes. */
export function parseShotFileName(fileName) {
  const match = /^(.+)--([a-z]{2})--([a-z]+)\.png$/.exec(fileName);
  return match ? { page: match[1], lang: match[2], view: match[3] } : null;
}

/**
 * Pairs the walk's shots with the baseline's files by name. A baseline file no shot matched is "missing"
 * (its page is gone, or was renamed) only when the walk was meant to cover it: a walk limited with --lang or
 * --route says nothing about the pages it left out.
 * @param {string[]} shots  file names of this walk's shots
 * @param {string[]} baseline  file names in the baseline folder
 * @param {(name: { page: string, lang: string, view: string }) => boolean} inScope  whether the walk covers that page, language and view
 */
export function matchShots(shots, baseline, inScope) {
  const stored = new Set(baseline);
  const taken = new Set(shots);
  return {
    compared: shots.filter((name) => stored.has(name)),
    added: shots.filter((name) => !stored.has(name)),
    missing: baseline.filter((name) => {
      if (taken.has(name)) return false;
      const parts = parseShotFileName(name);
      return parts !== null && inScope(parts);
    }),
  };
}

/**
 * Splits compared shots into changed (above the threshold) and those within tolerance (some pixels differ,
 * not more than the threshold allows); the rest are the same.
 * @param {{ name: string, changedPixels: number, ratio: number }[]} results
 */
export function judge(results, threshold = DEFAULT_THRESHOLD) {
  const byRatio = (a, b) => b.ratio - a.ratio || a.name.localeCompare(b.name);
  return {
    changed: results.filter((result) => result.ratio > threshold).sort(byRatio),
    tolerated: results.filter((result) => result.changedPixels > 0 && result.ratio <= threshold).sort(byRatio),
    same: results.filter((result) => result.changedPixels === 0).length,
  };
}

export function percent(ratio) {
  if (ratio === 0) return '0 %';
  if (ratio < 0.0001) return '<0.01 %';
  return `${(ratio * 100).toFixed(ratio < 0.1 ? 2 : 1)} %`;
}

/**
 * The comparison's report: a table of changed pages with their changed-pixel ratio, then new pages and
 * baseline images with no page, then one summary line.
 * @param {{ changed: { name: string, changedPixels: number, ratio: number, size: string }[], tolerated: { name: string }[], same: number }} verdict
 * @param {{ added: string[], missing: string[], threshold: number, diffDir: string }} context
 */
export function formatReport(verdict, { added, missing, threshold, diffDir }) {
  const lines = [];
  if (verdict.changed.length > 0) {
    lines.push(`Changed beyond ${percent(threshold)} of the page (${verdict.changed.length}):`);
    const rows = verdict.changed.map((result) => [result.name, percent(result.ratio), String(result.changedPixels), result.size]);
    lines.push(...table(['page', 'changed', 'pixels', 'size (baseline → now)'], rows));
    lines.push('');
  }
  if (added.length > 0) lines.push(`New pages, not in the baseline (${added.length}):`, ...added.map((name) => `  ${name}`), '');
  if (missing.length > 0) lines.push(`Baseline images with no page (${missing.length}):`, ...missing.map((name) => `  ${name}`), '');
  const compared = verdict.changed.length + verdict.tolerated.length + verdict.same;
  const tolerated = verdict.tolerated.length > 0 ? `, ${verdict.tolerated.length} within tolerance` : '';
  lines.push(
    `${compared} compared: ${verdict.same} same${tolerated}, ${verdict.changed.length} changed; ${added.length} new, ${missing.length} missing.` +
      (verdict.changed.length + added.length > 0 ? ` Diff images: ${diffDir}` : ''),
  );
  return lines.join('\n');
}

function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
