/// <reference lib="webworker" />
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import {
  DATA_CACHE,
  DATA_UPDATED,
  isRefreshDataMessage,
  type DataUpdatedMessage,
} from './messages';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

/**
 * The offline service worker (built by vite-plugin-pwa's injectManifest).
 * - App shell, JS, CSS, woff2 fonts and the world-atlas asset: precached, served from the cache.
 * - `data/**` (config, partners, basemap layer): stale-while-revalidate in their own cache, filled at
 *   install so the first offline reload works; a changed file tells the open pages (a quiet notice).
 * - Navigations: network first (a new deployment takes over at the next load), the precached
 *   index.html when the server does not answer in time.
 */

const NAVIGATION_TIMEOUT_MS = 4000;

const manifest = self.__WB_MANIFEST;
const urlOf = (entry: string | PrecacheEntry) => (typeof entry === 'string' ? entry : entry.url);
const isData = (entry: string | PrecacheEntry) => urlOf(entry).startsWith('data/');
const scope = new URL(self.registration.scope);
const dataUrls = manifest.filter(isData).map((e) => new URL(urlOf(e), scope).href);

self.addEventListener('install', (event) => {
  void self.skipWaiting();
  event.waitUntil(
    caches
      .open(DATA_CACHE)
      .then((cache) => cache.addAll(dataUrls.map((url) => new Request(url, { cache: 'reload' })))),
  );
});
clientsClaim();
cleanupOutdatedCaches();

// Before the precache route, which would otherwise answer "/" with its index.html for good.
const isAppPage = (url: URL) =>
  url.origin === scope.origin &&
  (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`);
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && isAppPage(url),
  async ({ request }) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), NAVIGATION_TIMEOUT_MS);
    try {
      const response = await fetch(request, { signal: controller.signal });
      if (response.status < 500) return response;
    } catch {
      // offline, server gone or too slow: the cached shell below
    } finally {
      clearTimeout(timer);
    }
    return (await matchPrecache('index.html')) ?? Response.error();
  },
);

precacheAndRoute(manifest.filter((e) => !isData(e)));

/** Tells every open page when a data file's bytes changed on revalidation. */
const notifyChanges: WorkboxPlugin = {
  async cacheDidUpdate({ request, oldResponse, newResponse }) {
    if (!oldResponse) return;
    const [before, after] = await Promise.all([
      oldResponse.arrayBuffer(),
      newResponse.clone().arrayBuffer(),
    ]);
    if (sameBytes(before, after)) return;
    const message: DataUpdatedMessage = { type: DATA_UPDATED, url: request.url };
    for (const client of await self.clients.matchAll({ type: 'window' }))
      client.postMessage(message);
  },
};

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

// Same-origin JSON under the scope that is not precached: data/, and `?data=` files of this origin
// (not a newer deployment's hashed assets, which a page can meet before the new worker takes over).
registerRoute(
  ({ request, url }) =>
    request.method === 'GET' &&
    url.origin === scope.origin &&
    url.pathname.startsWith(scope.pathname) &&
    !url.pathname.startsWith(`${scope.pathname}assets/`) &&
    /\.(geo)?json$/.test(url.pathname),
  new StaleWhileRevalidate({ cacheName: DATA_CACHE, plugins: [notifyChanges] }),
);

/** A kiosk about to reload itself asks for the newest data first: each cached data file, fetched anew. */
self.addEventListener('message', (event) => {
  if (!isRefreshDataMessage(event.data)) return;
  const [reply] = event.ports;
  event.waitUntil(refreshData().finally(() => reply?.postMessage('done')));
});

async function refreshData() {
  const cache = await caches.open(DATA_CACHE);
  const requests = await cache.keys();
  await Promise.all(
    requests.map(async (request) => {
      // The worker's own fetch does not pass through its routes: this is the network.
      const response = await fetch(request.url, { cache: 'reload' }).catch(() => undefined);
      if (response?.ok) await cache.put(request, response);
    }),
  );
}
