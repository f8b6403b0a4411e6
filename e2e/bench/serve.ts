import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** What a static host compresses: text. woff2 is compressed already. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

/**
 * A static server for built folders on loopback, each under its own path prefix. Text goes gzipped
 * (level 9, as bytes.ts counts it) to a browser that asks for it, as a static host would send it: on
 * a throttled link, what crosses it is what a reader's phone would receive.
 */
export async function serveStatic(mounts: Record<string, string>): Promise<{ url: string; server: Server }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(mounts).find((mount) => path.startsWith(mount));
    let file = prefix ? normalize(join(mounts[prefix]!, path.slice(prefix.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!prefix || !file.startsWith(mounts[prefix]!) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (!gzip) {
      response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
      return;
    }
    let body = gzipped.get(file);
    if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
