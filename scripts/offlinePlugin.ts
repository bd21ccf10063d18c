import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The production build's offline support, without a dependency:
 * - `sw.js`, a service worker that precaches every file of the build (so every scenario, Phaser
 *   and the facilitator's views work offline after one visit) and serves them cache-first;
 * - a Content Security Policy in index.html: only the page's own origin, no eval, no inline script.
 * The cache is named after a hash of the file list's contents: a new build is a new cache.
 */

/** The service worker itself. It runs as `(serviceWorker)(cacheName, files)` in the worker. */
function serviceWorker(cacheName: string, files: readonly string[]): void {
  const sw = self as unknown as {
    addEventListener(type: string, listener: (event: never) => void): void;
    skipWaiting(): Promise<void>;
    clients: { claim(): Promise<void> };
    location: Location;
  };
  type ExtendableEvent = { waitUntil(p: Promise<unknown>): void };
  type FetchEvent = ExtendableEvent & { request: Request; respondWith(r: Promise<Response>): void };

  sw.addEventListener('install', (event: ExtendableEvent) => {
    event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(files)));
  });
  sw.addEventListener('activate', (event: ExtendableEvent) => {
    event.waitUntil(
      caches
        .keys()
        .then((keys) =>
          Promise.all(
            keys
              .filter((key) => key.startsWith('key-decisions-') && key !== cacheName)
              .map((key) => caches.delete(key)),
          ),
        )
        .then(() => sw.clients.claim()),
    );
  });
  // The page asks for the new version only when the player says so: never in the middle of a game.
  sw.addEventListener('message', (event: { data: unknown }) => {
    if (event.data === 'skipWaiting') void sw.skipWaiting();
  });
  /** A language's strings are kept once fetched: the languages a player uses work offline too. */
  const fetchAndKeep = (request: Request): Promise<Response> =>
    fetch(request).then((response) => {
      if (response.ok && new URL(request.url).pathname.includes('/assets/lang/')) {
        const copy = response.clone();
        void caches.open(cacheName).then((cache) => cache.put(request, copy));
      }
      return response;
    });
  sw.addEventListener('fetch', (event: FetchEvent) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
    // Every page of the app is the one index.html; the rest are the build's own files.
    const key = request.mode === 'navigate' ? './' : request;
    event.respondWith(
      caches
        .open(cacheName)
        // ignoreVary: module scripts are requested with an Origin header the precache had not.
        .then((cache) =>
          cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }),
        )
        .then((hit) => hit ?? fetchAndKeep(request)),
    );
  });
}

/** Everything the browser needs, with a `data:`/`blob:` allowance for the images Phaser makes. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function filesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

export function offlinePlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'key-decisions-offline',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
    // After every file is written, so the list (and the cache name) covers all of them.
    writeBundle() {
      const files = filesIn(outDir)
        .map((path) => relative(outDir, path).split('\\').join('/'))
        // The pack schema is for authors' editors, not for playing; languages are cached as used.
        .filter((file) => file !== 'sw.js' && !file.startsWith('schema/'))
        .filter((file) => !file.startsWith('assets/lang/'))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const cacheName = `key-decisions-${hash.digest('hex').slice(0, 12)}`;
      const urls = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
      const source = `(${serviceWorker.toString()})(${JSON.stringify(cacheName)}, ${JSON.stringify(urls)});\n`;
      writeFileSync(join(outDir, 'sw.js'), source);
    },
  };
}
