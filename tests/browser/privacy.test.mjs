// What the widgets take from the shopper and the network: only their configuration, their own
// scripts (loader, widgets, warm-up worker), glue and .wasm; no cookies; storage only under the
// `od:` prefix.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled } from './harness.mjs';

const DEMO_PAGES = {
  '': ['#product-promise', '#product-quote'],
  'cart.html': ['#cart-check', '#cart-promise', '#cart-quote'],
  'contact.html': ['#contact'],
};
// What the demo store's own page asks for, apart from the widgets.
const HOST_PATHS = ['/', '/index.html', '/cart.html', '/contact.html', '/styles.css', '/shop.js', '/favicon.ico'];
const WIDGET_PATHS = ['/store.json', '/dist/overdeliver.js', '/dist/overdeliver-widgets.js', '/dist/overdeliver-warmup.js', '/dist/overdeliver-engine.js', '/dist/overdeliver.wasm'];
// The page and the warm-up worker each load the engine glue (from the browser's cache the second
// time, where the server allows it; these tests route requests, which turns that cache off).
const LOADED_TWICE = '/dist/overdeliver-engine.js';
const HOST_STORAGE_PREFIX = 'demo-shop:';

let session;
before(async () => {
  session = await openSession();
});
after(() => session?.close());

async function recordedVisit(path) {
  const page = await session.newPage();
  const requests = [];
  const sockets = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), type: request.resourceType() }));
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(`${session.url}${path}`);
  await page.evaluate(() => window.Overdeliver.ready.catch(() => {}));
  for (const selector of DEMO_PAGES[path]) await settled(page, selector);
  // A shopper who picks a destination: the one thing the widgets remember.
  await page.evaluate(() => window.Overdeliver.setDestination({ country: 'IE' }));
  await page.waitForTimeout(300);
  return { page, requests, sockets };
}

for (const path of Object.keys(DEMO_PAGES)) {
  const label = path || 'index.html';

  test(`${label}: the widgets fetch only the configuration, their scripts, glue and .wasm, each once`, async () => {
    const { page, requests, sockets } = await recordedVisit(path);
    const origin = new URL(session.url).origin;
    for (const { url } of requests) assert.equal(new URL(url).origin, origin, `a request left the store: ${url}`);
    const paths = requests.map(({ url }) => new URL(url).pathname);
    const widgetPaths = paths.filter((p) => !HOST_PATHS.includes(p));
    const again = widgetPaths.indexOf(LOADED_TWICE, widgetPaths.indexOf(LOADED_TWICE) + 1);
    if (again >= 0) widgetPaths.splice(again, 1);
    assert.deepEqual(widgetPaths.sort(), [...WIDGET_PATHS].sort(), `unexpected requests: ${JSON.stringify(widgetPaths)}`);
    assert.ok(requests.every(({ method }) => method === 'GET'), 'nothing is posted before the shopper sends a message');
    assert.deepEqual(sockets, []);
    await page.close();
  });

  test(`${label}: no cookies, and the widgets keep storage under od: only`, async () => {
    const { page } = await recordedVisit(path);
    assert.deepEqual(await session.context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), '');
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    const widgetKeys = stored.local.filter((key) => !key.startsWith(HOST_STORAGE_PREFIX));
    assert.ok(widgetKeys.length > 0, 'the chosen destination is remembered');
    assert.ok(widgetKeys.every((key) => key.startsWith('od:')), JSON.stringify(widgetKeys));
    assert.deepEqual(stored.session.filter((key) => !key.startsWith('od:')), []);
    assert.deepEqual(await page.evaluate(async () => (indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [])), []);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0), 0);
    await page.close();
  });
}

test('with the engine unavailable, the widgets make no retry storm and still set no cookie', async () => {
  const page = await session.newPage();
  const paths = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(`${session.url}cart.html`);
  await settled(page, '#cart-quote', ['fallback']);
  await page.evaluate(() => window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 3, price: 1800 }] }));
  await page.waitForTimeout(500);
  assert.equal(paths.filter((p) => p.endsWith('.wasm')).length, 1);
  assert.deepEqual(await session.context.cookies(), []);
  await page.close();
});
