#!/usr/bin/env node
// A small static server for web/: the paste page at /, the widget demo at /demo/, the module in /dist/.
// Every response carries a strict Content-Security-Policy (no eval, no inline script or style), the policy a
// news site embedding the widget may have: the product must work under it. Files carry an ETag and
// `Cache-Control: no-cache`: the browser asks again each time and gets 304 Not Modified while a file is unchanged,
// so a rebuilt file is never stale and an unchanged one is not downloaded again (the .wasm is the bulk of it).
//   node scripts/serve.mjs [--port 8080] [--root web]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('--port', process.env.PORT ?? 8080));
const root = resolve(option('--root', join(here, '..', 'web')));

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};
const ROUTES = { '/': '/page/index.html', '/demo/': '/demo/index.html', '/favicon.ico': '/favicon.svg' };

async function resolveFile(base, urlPath) {
  const path = ROUTES[urlPath] ?? urlPath;
  const file = normalize(join(base, decodeURIComponent(path)));
  if (file !== base && !file.startsWith(base + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (!info) return null;
  return info.isDirectory() ? resolveFile(base, join(path, 'index.html')) : { file, info };
}

export function startServer({ port: listenPort = 0, root: servedRoot = root } = {}) {
  const base = resolve(servedRoot);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const found = await resolveFile(base, url.pathname).catch(() => null);
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (!found) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    const { file, info } = found;
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    Object.assign(headers, { ETag: etag, 'Last-Modified': info.mtime.toUTCString() });
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(listenPort, '127.0.0.1', () => done({ server, url: `http://localhost:${server.address().port}/` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port });
  console.log(`claimcheck: serving ${root} at ${url} (widget demo: ${url}demo/). Ctrl+C stops.`);
}
