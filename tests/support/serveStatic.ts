/**
 * A tiny static file server for built sites, on 127.0.0.1 with a free port, behaving
 * like a static host: `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/`,
 * a missing path gets `404.html` with status 404, the `/*` rules of a `_headers`
 * file (Netlify/Cloudflare style) become response headers, and text (HTML, CSS,
 * JS, JSON, XML, SVG) is gzip-compressed for clients that accept it.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` until `close()` is called. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const headers = await readHeadersFile(join(root, '_headers'));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const found = await stat(file).catch(() => undefined);
    if (found?.isDirectory() && !path.endsWith('/')) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const target = found?.isDirectory() ? join(file, 'index.html') : file;
    const body = found ? await readFile(target).catch(() => undefined) : undefined;
    const status = body ? 200 : 404;
    const served = body ?? (await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found')));
    const type = contentTypes[body ? extname(target) : '.html'] ?? 'application/octet-stream';
    // Like any static host, text is sent gzip-compressed to a browser that accepts it (Pagefind's files and ours are compressed already).
    const compress = type !== 'application/octet-stream' && type !== 'image/png' && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      ...headers,
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : compress ? gzipSync(served) : served);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

/** The headers a `_headers` file sets for `/*`, or none when there is no such file. */
async function readHeadersFile(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (inAll && header?.[1] && header[2]) headers[header[1]] = header[2].trim();
  }
  return headers;
}
