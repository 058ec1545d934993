// When the engine cannot load, the widgets keep their fallback text, say why with od-error, and
// the host page's own script carries on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled } from './harness.mjs';

let session;
before(async () => {
  session = await openSession();
});
after(() => session?.close());

async function openWith(routeGlob, path = 'cart.html') {
  const page = await session.newPage();
  await page.route(routeGlob, (route) => route.abort('failed'));
  await page.goto(`${session.url}${path}`);
  return page;
}

test('a missing .wasm leaves fallback text in every widget and an od-error from each', async () => {
  const page = await openWith('**/*.wasm');
  for (const selector of ['#cart-check', '#cart-promise', '#cart-quote']) {
    assert.equal(await settled(page, selector), 'fallback');
    const fallback = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return { shown: !el.shadowRoot.querySelector('[part="fallback"]').hidden, text: el.textContent.trim() };
    }, selector);
    assert.equal(fallback.shown, true);
    assert.ok(fallback.text.length > 0);
  }
  const errors = await page.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error'));
  assert.deepEqual(errors.map((e) => e.target).sort(), ['od-cart-check', 'od-delivery-promise', 'od-shipping-quote']);
  assert.ok(errors.every((e) => e.detail === 'wasm-unavailable' && e.message.length > 0));
  await page.close();
});

test('a missing .wasm rejects Overdeliver.ready with a code and throws nothing into the page', async () => {
  const page = await openWith('**/*.wasm');
  const code = await page.evaluate(() => window.Overdeliver.ready.then(() => 'resolved', (error) => error.code));
  assert.equal(code, 'wasm-unavailable');
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

test("the host page's own script keeps running when the engine is missing", async () => {
  const page = await openWith('**/*.wasm');
  await settled(page, '#cart-quote');
  assert.equal(await page.getAttribute('html', 'data-shop'), 'ready');
  const before = Number(await page.textContent('#cart-count'));
  await page.click('#cart-editor tr[data-sku="TEA-TOWEL"] button');
  await page.waitForFunction((n) => Number(document.querySelector('#cart-count').textContent) === n + 1, before);
  assert.equal(await page.getAttribute('#cart-quote', 'state'), 'fallback');
  await page.close();
});

test('a missing engine script gives the fallback and engine-unavailable', async () => {
  const page = await openWith('**/overdeliver-engine.js', 'contact.html');
  assert.equal(await settled(page, '#contact'), 'fallback');
  const codes = await page.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error').map((e) => e.detail));
  assert.deepEqual(codes, ['engine-unavailable']);
  await page.close();
});

test('a missing store configuration gives the fallback and config-unavailable', async () => {
  const page = await openWith('**/store.json', 'contact.html');
  assert.equal(await settled(page, '#contact'), 'fallback');
  const codes = await page.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error').map((e) => e.detail));
  assert.deepEqual(codes, ['config-unavailable']);
  await page.close();
});

test('without the loader at all, the light-DOM fallback is what the shopper sees', async () => {
  const page = await openWith('**/dist/overdeliver.js', 'contact.html');
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => customElements.get('od-contact')), undefined);
  assert.ok((await page.innerText('#contact')).includes('Email us'));
  await page.close();
});
