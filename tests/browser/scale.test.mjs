// At the limits of a busy page: twenty widgets share one engine, and ten thousand cart updates
// leave both the wasm heap and the JavaScript heap where they were.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled } from './harness.mjs';

const CART = { items: [{ sku: 'MUG-SLATE', qty: 2, price: 1800 }] };
const SKUS = ['MUG-SLATE', 'BOWL-RAMEN', 'TEA-TOWEL', 'TEAPOT-LARGE', 'PLANTER-XL'];

function twentyWidgets() {
  const tags = [];
  SKUS.forEach((sku, i) => {
    tags.push(`<od-delivery-promise id="p${i}" sku="${sku}" qty="1" price="1000">Fallback</od-delivery-promise>`);
    tags.push(`<od-shipping-quote id="q${i}" sku="${sku}" qty="${i + 1}" price="1000">Fallback</od-shipping-quote>`);
  });
  for (let i = 0; i < 3; i++) tags.push(`<od-shipping-quote id="cq${i}">Fallback</od-shipping-quote>`);
  for (let i = 0; i < 3; i++) tags.push(`<od-cart-check id="cc${i}">Fallback</od-cart-check>`);
  tags.push('<od-cart-check id="audit" mode="audit">Fallback</od-cart-check>');
  for (let i = 0; i < 3; i++) tags.push(`<od-contact id="ct${i}">Fallback</od-contact>`);
  return tags;
}

const CART_WIDGETS = [
  '<od-shipping-quote id="cart-quote" country="GB">Fallback</od-shipping-quote>',
  '<od-delivery-promise id="cart-promise" country="GB">Fallback</od-delivery-promise>',
  '<od-cart-check id="cart-check" country="GB">Fallback</od-cart-check>',
];

function pageHtml(widgets) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Scale</title>
<script src="/dist/overdeliver.js" data-config="/store.json" defer></script>
<script src="/scale/host.js" defer></script></head><body>${widgets.join('\n')}</body></html>`;
}

const HOST_JS = `document.dispatchEvent(new CustomEvent('od-cart', { detail: ${JSON.stringify(CART)} }));`;

let session;
before(async () => {
  session = await openSession();
});
after(() => session?.close());

// Counts every compilation of a WebAssembly module and keeps the memories of the instances.
function instrumentWasm() {
  window.__wasm = { compiles: 0, memories: [] };
  const keep = (result) => {
    const instance = result.instance || result;
    for (const value of Object.values(instance.exports || {})) {
      if (value instanceof WebAssembly.Memory) window.__wasm.memories.push(value);
    }
    return result;
  };
  // The glue's module factory, wrapped to keep the Emscripten module (for its embind handle count).
  let factory;
  Object.defineProperty(window, 'OverdeliverEngine', {
    configurable: true,
    get: () => factory,
    set(f) {
      factory =
        typeof f !== 'function'
          ? f
          : function (...args) {
              const made = f.apply(this, args);
              Promise.resolve(made).then((m) => (window.__wasm.module = m), () => {});
              return made;
            };
    },
  });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.__wasm.compiles += 1;
      return original.apply(this, args).then(keep);
    };
  }
}

async function openScalePage(widgets) {
  const page = await session.newPage();
  await page.addInitScript(instrumentWasm);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.route('**/scale/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/scale/page.html') return route.fulfill({ status: 200, contentType: 'text/html', body: pageHtml(widgets) });
    if (path === '/scale/host.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: HOST_JS });
    return route.fulfill({ status: 404, body: 'Not found' });
  });
  await page.goto(`${session.url}scale/page.html`);
  await page.evaluate(() => window.Overdeliver.ready);
  return { page, requests };
}

test('twenty widgets on one page share one engine: one glue, one .wasm, one instantiation', async () => {
  const widgets = twentyWidgets();
  assert.equal(widgets.length, 20);
  const { page, requests } = await openScalePage(widgets);
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].filter((el) => el.localName.startsWith('od-')).map((el) => `#${el.id}`));
  assert.equal(ids.length, 20);
  // Every widget answers; one whose request kind this engine build does not offer yet keeps its
  // fallback and says so, and nothing else.
  for (const id of ids) {
    const state = await settled(page, id);
    if (state === 'ready') continue;
    const why = await page.evaluate((sel) => window.__odEvents.filter((e) => e.type === 'od-error' && e.target === document.querySelector(sel).localName).map((e) => e.message), id);
    assert.ok(why.length && why.every((m) => /not available/.test(m)), `${id}: ${why}`);
  }
  for (const id of ids.filter((i) => /^#(q|cq|ct)\d/.test(i))) assert.equal(await page.getAttribute(id, 'state'), 'ready', id);
  assert.equal(requests.filter((p) => p.endsWith('.wasm')).length, 1);
  // The glue: once for the page, once for the warm-up worker (which is handed the compiled
  // module and fetches no .wasm of its own).
  assert.equal(requests.filter((p) => p.endsWith('overdeliver-engine.js')).length, 2);
  assert.equal(requests.filter((p) => p.endsWith('overdeliver-warmup.js')).length, 1);
  assert.equal(requests.filter((p) => p.endsWith('store.json')).length, 1);
  assert.equal(await page.evaluate(() => window.__wasm.compiles), 1);
  assert.equal(await page.evaluate(() => window.__wasm.memories.length), 1);
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

// Sends `count` cart changes, letting every cart widget ask the engine after each one, and
// returns how many times the cart quote announced a new value.
function cartUpdates(page, count, start) {
  return page.evaluate(
    async ([n, from]) => {
      const quote = document.querySelector('#cart-quote');
      // Prices below the free-delivery threshold: every update changes the amount still to go, so
      // every update that reaches the engine shows a new value.
      let shown = 0;
      const onReady = () => (shown += 1);
      quote.addEventListener('od-ready', onReady);
      for (let i = from; i < from + n; i++) {
        window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 1 + (i % 7), price: 100 }, { sku: 'TEA-TOWEL', qty: 1 + (i % 3), price: 120 }] });
        // The widgets refresh in a microtask: yielding one lets each update reach the engine.
        await null;
        await null;
      }
      quote.removeEventListener('od-ready', onReady);
      return shown;
    },
    [count, start],
  );
}

async function heapFigures(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { wasmBytes, handles } = await page.evaluate(() => ({
    wasmBytes: window.__wasm.memories[0].buffer.byteLength,
    handles: typeof window.__wasm.module?.count_emval_handles === 'function' ? window.__wasm.module.count_emval_handles() : null,
  }));
  return { js: usedSize, wasm: wasmBytes, handles };
}

test('ten thousand cart updates leave the wasm heap and the JavaScript heap flat', async () => {
  const { page } = await openScalePage(CART_WIDGETS);
  assert.equal(await settled(page, '#cart-quote'), 'ready');
  for (const id of ['#cart-promise', '#cart-check']) await settled(page, id);
  // The harness keeps every od-* event; a counter instead keeps this measurement honest.
  await page.evaluate(() => {
    window.__odEvents = { push() {}, filter: () => [] };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  await cartUpdates(page, 1000, 0); // warm-up: caches, JIT, the allocator's first growth
  const before = await heapFigures(page, cdp);
  const shown = await cartUpdates(page, 10000, 1000);
  const afterUpdates = await heapFigures(page, cdp);
  console.log(
    `heap after 1,000 warm-up updates: js ${before.js} B, wasm ${before.wasm} B; ` +
      `after 10,000 more: js ${afterUpdates.js} B (${afterUpdates.js - before.js >= 0 ? '+' : ''}${afterUpdates.js - before.js}), wasm ${afterUpdates.wasm} B; ` +
      `embind handles ${before.handles} -> ${afterUpdates.handles}`,
  );

  assert.ok(shown >= 9990, `each update reached the widgets (${shown} values shown)`);
  assert.equal(afterUpdates.wasm, before.wasm, 'the wasm memory did not grow');
  assert.notEqual(before.handles, null, 'the embind handle count is readable');
  assert.equal(afterUpdates.handles, before.handles, 'no embind handle leaked');
  // A leaked handle or listener per update would be at least 10,000 objects (hundreds of KB).
  assert.ok(afterUpdates.js - before.js < 256 * 1024, `JS heap grew by ${afterUpdates.js - before.js} bytes`);
  assert.equal(await page.getAttribute('#cart-quote', 'state'), 'ready');
  assert.deepEqual(page.record.errors, []);
  await page.close();
});
