/**
 * The hosted workbook's service worker, written to dist/sw.js by build/serviceWorker.ts with the build's
 * precache list in place of the line below. It keeps the app's own static files so the workbook opens
 * offline after the first visit. It caches nothing else: participant data never goes over the network
 * (it stays in the browser's localStorage and IndexedDB), and requests for anything not in a cache of
 * this worker (packs/<name>.json, other sites) pass by untouched.
 *
 * Updates: a new build changes this file (its version), so the browser installs the new worker on a visit;
 * it takes over at once and the next load is the new version. Nothing reloads the page (no reload loop,
 * nothing typed is lost). The previous version's cache is kept, so a tab still open on it can load the steps
 * it has not opened yet.
 */
const PRECACHE = { version: 'unbuilt', files: [] };

const CACHE_PREFIX = 'loyalty-workbook-';
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
const START_URLS = new Set([new URL('./', self.location.href).href, new URL('./index.html', self.location.href).href]);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'reload' so the HTTP cache cannot hand an older index.html to the new version's cache.
      await cache.addAll(PRECACHE.files.map((file) => new Request(new URL(file, self.location.href), { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // caches.keys() lists caches in the order they were made: the last of the others is the previous version.
      const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
      await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate') {
    // ?lang=, ?presenter=, ?pack= are read by the page: any of them opens the cached index.html.
    if (!START_URLS.has(url.href)) return;
    event.respondWith(fromCacheOrNetwork(request, caches.open(CACHE).then((cache) => cache.match('./index.html'))));
    return;
  }
  event.respondWith(fromCacheOrNetwork(request, caches.match(url.href)));
});

async function fromCacheOrNetwork(request, cached) {
  return (await cached) ?? fetch(request);
}
