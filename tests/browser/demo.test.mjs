// The demo store as a shopper gets it: the real engine, the strict Content-Security-Policy, and
// the promise that a widget which cannot be sure shows its fallback instead of something wrong.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled, shadowText } from './harness.mjs';

const PAGES = {
  '': ['#product-promise', '#product-quote'],
  'cart.html': ['#cart-check', '#cart-promise', '#cart-quote'],
  'contact.html': ['#contact'],
};

let session;
before(async () => {
  session = await openSession();
});
after(() => session?.close());

async function openDemo(path) {
  const page = await session.newPage();
  const response = await page.goto(`${session.url}${path}`);
  assert.equal(response.status(), 200);
  await page.evaluate(() => window.Overdeliver.ready.then(() => true, () => false));
  for (const selector of PAGES[path]) await settled(page, selector);
  return page;
}

// The widget's verb answered directly through window.Overdeliver.engine for the same inputs.
function directAnswer(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const { engine } = window.Overdeliver;
    const request = {
      now: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
      shopperTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    const destination = window.Overdeliver.getDestination();
    if (destination) request.destination = destination;
    const sku = el.getAttribute('sku');
    const item = sku ? { sku, qty: Number(el.getAttribute('qty') || 1), price: Number(el.getAttribute('price')) } : null;
    const verb = { 'od-shipping-quote': 'quote', 'od-delivery-promise': 'promise', 'od-cart-check': 'check', 'od-contact': 'contact' }[el.localName];
    if (verb !== 'contact') request.cart = item ? { items: [item] } : window.Overdeliver.getCart(); // contact takes no cart
    return engine[verb](request);
  }, selector);
}

for (const [path, selectors] of Object.entries(PAGES)) {
  const label = path || 'index.html';

  test(`${label} loads under the strict CSP with no violations and no script errors`, async () => {
    const page = await openDemo(path);
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, []);
    assert.deepEqual(page.record.errors, []);
    assert.deepEqual(page.record.console.filter((line) => /Content Security Policy/i.test(line)), []);
    await page.close();
  });

  test(`${label}: every widget shows the engine's answer, or its fallback when the engine has none`, async () => {
    const page = await openDemo(path);
    assert.equal(await page.evaluate(() => window.Overdeliver.engine.validate().ok), true, 'the demo store is valid');
    for (const selector of selectors) {
      const state = await page.getAttribute(selector, 'state');
      const answer = await directAnswer(page, selector);
      if (answer.ok) {
        assert.equal(state, 'ready', `${selector} should show ${JSON.stringify(answer)}`);
        assert.ok((await shadowText(page, selector)).trim().length > 0, `${selector} shows text`);
      } else {
        assert.equal(state, 'fallback', `${selector}: the engine said ${JSON.stringify(answer)}`);
        const lightText = await page.evaluate((sel) => document.querySelector(sel).textContent.trim(), selector);
        assert.ok(lightText.length > 0, `${selector} has fallback text`);
      }
    }
    await page.close();
  });
}

test('the server sends the Content-Security-Policy and the browser enforces it', async () => {
  const page = await session.newPage();
  const response = await page.goto(session.url);
  assert.equal(response.headers()['content-security-policy'], "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  // The same policy on a probe page: its inline script must be refused.
  await page.goto(`${session.url}fixtures/csp-probe.html`);
  assert.equal(await page.evaluate(() => window.inlineScriptRan), undefined);
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.equal(violations.length, 1);
  assert.match(violations[0], /^script-src/);
  await page.close();
});

test('the .wasm is served as application/wasm and fetched once for the whole page', async () => {
  const page = await session.newPage();
  const wasmResponses = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.wasm')) wasmResponses.push(response.headers()['content-type']);
  });
  await page.goto(`${session.url}cart.html`);
  await page.evaluate(() => window.Overdeliver.ready.catch(() => {}));
  assert.deepEqual(wasmResponses, ['application/wasm']);
  await page.close();
});

test('the demo cart editor drives the cart widgets through Overdeliver.setCart', async () => {
  const page = await openDemo('cart.html');
  const before = await page.evaluate(() => JSON.stringify(window.__fakeEngineCalls ?? null) && window.Overdeliver.getCart());
  await page.click('#cart-editor tr[data-sku="BOWL-RAMEN"] button');
  await page.waitForFunction(() => window.Overdeliver.getCart().items.some((i) => i.sku === 'BOWL-RAMEN'));
  const after = await page.evaluate(() => window.Overdeliver.getCart());
  assert.equal(after.items.length, before.items.length + 1);
  assert.equal(await page.textContent('#cart-count'), String(after.items.reduce((n, i) => n + i.qty, 0)));
  await page.close();
});
