/**
 * A static file server for one build folder, as a plain host would serve it: gzip for text
 * (negotiated by Accept-Encoding), the right content types, no caching between the bench's cold
 * runs. Files are read and compressed once, at level 9 as a host that precompresses its assets
 * does (and as `npm run size` counts them): the server then costs the shared CPU nothing while a
 * page loads, so it does not compete with the browser being measured.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

type Entry = { body: Buffer; gzip: Buffer | null; type: string };

function filesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

export type StaticServer = { url: string; close(): Promise<void> };

/** Serves `root` on 127.0.0.1 at a port the system picks (never the end-to-end tests' port). */
export async function serveFolder(root: string): Promise<StaticServer> {
  const files = new Map<string, Entry>();
  for (const path of filesIn(root)) {
    const ext = extname(path);
    const body = readFileSync(path);
    files.set(`/${relative(root, path).split(sep).join('/')}`, {
      body,
      gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
    });
  }
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // A page address without a file extension is the single-page app's index.html.
    const entry = files.get(path) ?? (extname(path) === '' ? files.get('/index.html') : undefined);
    if (!entry || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const gzip = entry.gzip !== null && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip && entry.gzip ? entry.gzip : entry.body;
    response.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
