import { createHash } from 'node:crypto';

/** A file of the hosted build, as the service worker's precache list sees it. */
export interface BuiltFile {
  /** Path inside dist/, with forward slashes ("assets/index-abc.js", "index.html"). */
  fileName: string;
  source: string | Uint8Array;
}

export interface Precache {
  /** Changes whenever any precached file's bytes change: names the cache and makes sw.js differ. */
  version: string;
  /** URLs relative to sw.js, which sits beside index.html. */
  files: string[];
}

/**
 * What the service worker must not keep: files only a host reads (_headers, the nginx snippet), the one-file
 * workbook (it is for USB sticks, and five megabytes nobody on the hosted site needs), source maps, and the
 * worker itself (the browser fetches it on its own, and caching it would keep the old one forever).
 */
const NOT_PRECACHED: readonly RegExp[] = [/^_headers$/, /^nginx-security-headers\.conf$/, /^loyalty-workbook\.html$/, /\.map$/, /^sw\.js$/, /(^|\/)\./];

/**
 * The app's own static files, sorted, with './' for the start URL (a visit to the folder, not to index.html).
 * Only build output is ever listed: participant data never travels over the network, so there is none to
 * cache, and the worker caches nothing but this list.
 */
export function buildPrecache(files: readonly BuiltFile[]): Precache {
  const kept = files.filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file.fileName))).sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of kept) hash.update(file.fileName).update('\0').update(file.source).update('\0');
  return { version: hash.digest('hex').slice(0, 16), files: ['./', ...kept.map((file) => file.fileName)] };
}
