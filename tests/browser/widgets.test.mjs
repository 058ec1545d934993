// The widgets' rendering, cart bridge and life cycle, against a canned engine stand-in so that
// only the JavaScript is under test here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled, shadowText } from './harness.mjs';

let session;
let page;

before(async () => {
  session = await openSession({ fakeEngine: true });
  page = await session.newPage();
  await page.goto(`${session.url}fixtures/product.html`);
  await page.evaluate(() => window.Overdeliver.ready);
});
after(() => session?.close());

test('a product delivery promise shows the countdown, the dispatch day, the promised date and the likely date', async () => {
  assert.equal(await settled(page, '#promise'), 'ready');
  const text = await shadowText(page, '#promise');
  // Intl's words for the page language; the canned dispatch date is not after today.
  assert.match(text, /^Order within 2 hrs? 14 mins? for dispatch today — arrives by Thu 27 Nov/);
  assert.match(text, /often by Tue 25 Nov/);
});

test('a shipping quote formats minor units as money and marks the cheapest and fastest options', async () => {
  assert.equal(await settled(page, '#quote'), 'ready');
  const text = await shadowText(page, '#quote');
  assert.match(text, /Standard.*Cheapest.*£4\.95/); // 295 + 2 items x 100
  assert.match(text, /Express.*Fastest.*£9\.95/);
  assert.match(text, /Add £14\.00 more for free delivery/); // 5000 - 2 x 1800
});

test('a product widget sends its one item, the shopper time zone and a whole-second now', async () => {
  const call = await page.evaluate(() => window.__fakeEngineCalls.find((c) => c.verb === 'quote' && c.request.cart.items[0].sku === 'MUG'));
  assert.deepEqual(call.request.cart, { items: [{ sku: 'MUG', qty: 2, price: 1800 }] });
  assert.equal(call.request.shopperTimeZone, 'Europe/London');
  assert.match(call.request.now, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

test('widgets that need a cart show their fallback until there is one', async () => {
  assert.equal(await page.getAttribute('#cart-quote', 'state'), 'waiting');
  assert.equal(await page.evaluate(() => document.querySelector('#cart-quote').shadowRoot.querySelector('[part="fallback"]').hidden), false);
});

test('setCart updates every widget that shows the page cart', async () => {
  await page.evaluate(() => window.Overdeliver.setCart({ items: [{ sku: 'BOWL', qty: 3, price: 1000 }] }));
  assert.equal(await settled(page, '#cart-quote'), 'ready');
  assert.match(await shadowText(page, '#cart-quote'), /£5\.95/);
  assert.equal(await settled(page, '#check'), 'ready');
  assert.deepEqual(await page.evaluate(() => window.Overdeliver.getCart()), { items: [{ sku: 'BOWL', qty: 3, price: 1000 }] });
});

test('an od-cart event on document sets the page cart', async () => {
  await page.evaluate(() =>
    document.dispatchEvent(new CustomEvent('od-cart', { detail: { items: [{ sku: 'NOSHIP', qty: 1, price: 100 }] } })),
  );
  await page.waitForFunction(() => /£3\.95/.test(document.querySelector('#cart-quote').shadowRoot.textContent));
  assert.match(await shadowText(page, '#check'), /NOSHIP/);
});

test('engine text is shown as text, never parsed as HTML', async () => {
  const html = await page.evaluate(() => document.querySelector('#check').shadowRoot.querySelector('[part="content"]').innerHTML);
  assert.ok(html.includes('&lt;b&gt;NOSHIP&lt;/b&gt;'), html);
});

test('getCart returns a copy the host page cannot use to change the widgets', async () => {
  const same = await page.evaluate(() => {
    const cart = window.Overdeliver.getCart();
    cart.items[0].qty = 99;
    return window.Overdeliver.getCart().items[0].qty;
  });
  assert.equal(same, 1);
});

test('setCart refuses something that is not a cart and keeps the previous one', async () => {
  const accepted = await page.evaluate(() => window.Overdeliver.setCart({ lines: [] }));
  assert.equal(accepted, false);
  assert.equal(await page.evaluate(() => window.Overdeliver.getCart().items[0].sku), 'NOSHIP');
});

test('a data-cart attribute gives one element its own cart', async () => {
  assert.equal(await settled(page, '#own-cart'), 'ready');
  assert.match(await shadowText(page, '#own-cart'), /£7\.95/); // 295 + 5 x 100
});

test('a data-cart attribute that is not a cart shows the fallback and reports bad-cart', async () => {
  assert.equal(await settled(page, '#bad-cart'), 'fallback');
  const events = await page.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error' && e.detail === 'bad-cart'));
  assert.equal(events.length, 1);
});

test('a cart property set before the element was defined is honoured', async () => {
  assert.equal(await settled(page, '#early'), 'ready');
  assert.match(await shadowText(page, '#early'), /£5\.95/); // 295 + 3 x 100
});

test('the contact panel shows each channel open or closed with its next change and reply time', async () => {
  assert.equal(await settled(page, '#contact'), 'ready');
  const text = await shadowText(page, '#contact');
  assert.match(text, /Open now — Live chat until Mon 17:00/);
  assert.match(text, /Closed — E-mail opens Tue 09:00.*Reply by Tue 13:00/);
});

test('audit mode shows the store-level findings', async () => {
  assert.equal(await settled(page, '#audit'), 'ready');
  assert.match(await shadowText(page, '#audit'), /The store states no returns policy\./);
});

test('a destination chosen through the API reaches the engine and is remembered', async () => {
  await page.evaluate(() => window.Overdeliver.setDestination({ country: 'FR', postcode: '75001' }));
  await page.waitForFunction(() => /to FR/.test(document.querySelector('#check').shadowRoot.textContent));
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('od:destination'))), { country: 'FR', postcode: '75001' });
});

test('every rendered widget has a polite live region and announced od-ready', async () => {
  const regions = await page.evaluate(() =>
    [...document.querySelectorAll('#promise, #quote, #contact')].map((el) => el.shadowRoot.querySelector('[aria-live]')?.getAttribute('aria-live')),
  );
  assert.deepEqual(regions, ['polite', 'polite', 'polite']);
  const ready = await page.evaluate(() => [...new Set(window.__odEvents.filter((e) => e.type === 'od-ready').map((e) => e.target))].sort());
  assert.deepEqual(ready, ['od-cart-check', 'od-contact', 'od-delivery-promise', 'od-shipping-quote']);
});

test('widgets keep their reserved block size before any value arrives', async () => {
  const heights = await page.evaluate(async () => {
    const el = document.createElement('od-shipping-quote');
    el.textContent = '';
    document.body.append(el);
    return el.getBoundingClientRect().height;
  });
  assert.ok(heights > 20, `reserved ${heights}px`);
});

test('the page sees no script errors', () => {
  assert.deepEqual(page.record.errors, []);
});

test('the loader also works when loaded as a module script', async () => {
  const modulePage = await session.newPage();
  await modulePage.goto(`${session.url}fixtures/module.html`);
  assert.equal(await settled(modulePage, '#contact'), 'ready');
  assert.deepEqual(modulePage.record.errors, []);
  await modulePage.close();
});

test('an inline configuration is used when the tag has no data-config, with the currency digits of Intl', async () => {
  const inline = await session.newPage();
  await inline.goto(`${session.url}fixtures/inline-config.html`);
  assert.equal(await settled(inline, '#quote'), 'ready');
  assert.match(await shadowText(inline, '#quote'), /JP¥395|¥395/); // JPY has no minor digits
  await inline.close();
});

test('an invalid configuration shows the fallback, reports config-invalid and rejects ready', async () => {
  const invalid = await session.newPage();
  await invalid.goto(`${session.url}fixtures/invalid-config.html`);
  assert.equal(await settled(invalid, '#contact'), 'fallback');
  const code = await invalid.evaluate(() => window.Overdeliver.ready.then(() => 'resolved', (e) => e.code));
  assert.equal(code, 'config-invalid');
  const events = await invalid.evaluate(() => window.__odEvents.filter((e) => e.type === 'od-error').map((e) => e.detail));
  assert.deepEqual(events, ['config-invalid']);
  assert.deepEqual(invalid.record.errors, []);
  await invalid.close();
});
