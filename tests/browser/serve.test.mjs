// The demo server (scripts/serve.mjs): what `npm start` serves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';

let server;
let url;
before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
});
after(() => new Promise((resolve) => server.close(resolve)));

test('an unchanged file asked for again with its ETag is answered 304 without a body', async () => {
  const first = await fetch(`${url}dist/overdeliver-engine.js`);
  assert.equal(first.status, 200);
  const etag = first.headers.get('etag');
  assert.ok(etag, 'every file carries a validator');
  await first.arrayBuffer();
  const second = await fetch(`${url}dist/overdeliver-engine.js`, { headers: { 'If-None-Match': etag } });
  assert.equal(second.status, 304);
  assert.equal((await second.arrayBuffer()).byteLength, 0);
  assert.equal(second.headers.get('cache-control'), 'no-cache');
});

test('a stale ETag gets the whole file', async () => {
  const response = await fetch(`${url}dist/overdeliver-engine.js`, { headers: { 'If-None-Match': '"stale"' } });
  assert.equal(response.status, 200);
  assert.ok((await response.arrayBuffer()).byteLength > 1000);
});

test('every answer carries the strict Content-Security-Policy', async () => {
  const response = await fetch(`${url}dist/overdeliver-warmup.js`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(response.headers.get('content-type'), /javascript/);
});
