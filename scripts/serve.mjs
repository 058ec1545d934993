#!/usr/bin/env node
// A tiny static server for the demo store: demo/ at /, dist/ at /dist/. It sends the strict
// Content-Security-Policy a careful store would use, to show the widgets run under it.
//
//   node scripts/serve.mjs [--port N] [--host H] [--no-csp]      (PORT also read from env; 0 = any)
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

const MOUNTS = [
  ['/dist/', join(root, 'dist')],
  ['/', join(root, 'demo')],
];

// Maps a URL path to a file inside one mount, refusing anything that climbs out of it.
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const [prefix, dir] of MOUNTS) {
    if (!decoded.startsWith(prefix)) continue;
    const file = normalize(join(dir, decoded.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

export function startServer({ port = 0, host = '127.0.0.1', csp = true } = {}) {
  const server = createServer(async (req, res) => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (csp) headers['Content-Security-Policy'] = CSP;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url, 'http://localhost').pathname;
    let file = resolvePath(path);
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      const info = file && (await stat(file));
      if (!info || !info.isFile()) throw new Error('not a file');
      // no-cache with a validator: a file fetched again (the engine glue, by the page and by the
      // warm-up worker) is answered 304 without its body while it is unchanged.
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ...headers, ETag: etag }).end();
        return;
      }
      res.writeHead(200, {
        ...headers,
        ETag: etag,
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Length': info.size,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, port: actual, url: `http://${host}:${actual}/` });
    });
  });
}

function option(args, name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const args = process.argv.slice(2);
  const port = Number(option(args, '--port') ?? process.env.PORT ?? 8080);
  const host = option(args, '--host') ?? '127.0.0.1';
  const { port: actual } = await startServer({ port, host, csp: !args.includes('--no-csp') });
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`;
  console.log(`Overdeliver demo store: ${url}  (cart: ${url}cart.html, contact: ${url}contact.html)`);
  console.log('Press Ctrl+C to stop.');
}
