// The service worker that keeps an offline copy of the app. It is built into `sw.js` at the root of
// `dist/` by `precachePlugin`, which replaces `__PRECACHE_MANIFEST__` with the list of every file
// the build wrote and a hash of their contents. A new build changes that hash, so the browser sees
// a new `sw.js` and installs it next to the running one; it takes over only when the page asks.
import type { PrecacheManifest } from "./precacheManifest";
import { SW_MESSAGE } from "./swMessages";

declare const __PRECACHE_MANIFEST__: PrecacheManifest;

// The DOM library has no service-worker types and the web-worker library clashes with it in one
// program, so the few members used here are declared locally.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface ServiceWorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}

const sw = self as unknown as ServiceWorkerScope;
const manifest = __PRECACHE_MANIFEST__;
const scopeUrl = sw.registration.scope;
// Several copies of the app may live on one origin under different paths; each keeps its own caches.
const cachePrefix = `cadforge-precache:${scopeUrl}:`;
const cacheName = cachePrefix + manifest.version;
const precached = new Set(manifest.files.map((file) => new URL(file, scopeUrl).href));
// Kept across versions: Pyodide's folder is named by its version, so a new app keeps the 11 MB it already has.
const firstUseCacheName = `cadforge-first-use:${scopeUrl}`;
const onFirstUse = new Set(manifest.onFirstUse.map((file) => new URL(file, scopeUrl).href));
const pageUrls = new Set([scopeUrl, new URL("index.html", scopeUrl).href]);

sw.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      // `no-cache` revalidates with the server, so a stale HTTP cache cannot slip an old file into this version.
      await cache.addAll(manifest.files.map((file) => new Request(new URL(file, scopeUrl), { cache: "no-cache" })));
      // The first copy has nothing to replace; later ones wait until the page asks (`SW_MESSAGE.activate`).
      if (!sw.registration.active) await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(cachePrefix) && key !== cacheName) await caches.delete(key);
      }
      const firstUse = await caches.open(firstUseCacheName);
      for (const request of await firstUse.keys()) {
        if (!onFirstUse.has(request.url)) await firstUse.delete(request);
      }
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  if (request.mode === "navigate") {
    url.search = "";
    if (!pageUrls.has(url.href)) return;
    event.respondWith(fromCache(new URL("index.html", scopeUrl).href, request));
    return;
  }
  if (onFirstUse.has(url.href)) {
    event.respondWith(fromFirstUseCache(url.href, request));
    return;
  }
  if (!precached.has(url.href)) return;
  event.respondWith(fromCache(url.href, request));
});

sw.addEventListener("message", (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === SW_MESSAGE.activate) void sw.skipWaiting();
  if (data?.type === SW_MESSAGE.keepFirstUse) event.waitUntil(keepFirstUse());
  if (data?.type === SW_MESSAGE.version) event.ports[0]?.postMessage({ version: manifest.version, files: manifest.files.length });
});

/**
 * Stores every first-use file not stored yet. The page asks once Python has run: the worker that
 * fetched Pyodide may have started before this service worker controlled the page, and then its
 * fetches never came through here. They are in the HTTP cache by now.
 */
async function keepFirstUse(): Promise<void> {
  const cache = await caches.open(firstUseCacheName);
  for (const url of onFirstUse) {
    if (await cache.match(url)) continue;
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  }
}

/** The copy of `url` made the first time it was asked for; made now when there is none. */
async function fromFirstUseCache(url: string, request: Request): Promise<Response> {
  const cache = await caches.open(firstUseCacheName);
  const kept = await cache.match(url);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(url, response.clone());
  return response;
}

/** This version's copy of `url`; the network only if the copy is missing (a cache the browser evicted). */
async function fromCache(url: string, request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  return (await cache.match(url)) ?? fetch(request);
}
