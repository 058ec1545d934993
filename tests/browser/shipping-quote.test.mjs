// <od-shipping-quote> against the real engine and the demo store (Calder Clayworks, GBP, prices
// shown with 20 % VAT in the UK): options, marks, the destination picker by keyboard, the
// free-delivery line, "why this price", the empty and not-served states and product mode.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openSession, settled, shadowText } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session;
let page;

const oneMug = { items: [{ sku: 'MUG-SLATE', qty: 1 }] };

async function textOf(selector) {
  return shadowText(page, selector);
}

async function waitForText(selector, pattern) {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.shadowRoot.querySelector('[part="content"]')?.textContent ?? ''),
    [selector, pattern.source],
    { timeout: 15000 },
  );
  return textOf(selector);
}

function summaryText() {
  return page.evaluate(() => document.querySelector('#cart-quote').shadowRoot.querySelector('[part="picker-summary"]').textContent);
}

before(async () => {
  session = await openSession();
  page = await session.newPage();
  // The dates in the answers depend on the moment: Monday 23 November 2026, 10:00 UK time, before
  // the day's cutoffs.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  await page.goto(`${session.url}fixtures/shipping-quote.html`);
  await page.evaluate(() => window.Overdeliver.ready);
});
after(() => session?.close());

test('product mode quotes its sku and qty alone, without a picker', async () => {
  assert.equal(await settled(page, '#product-quote'), 'ready');
  // Two mugs share the medium box: billed 3 kg, £5.95, £7.14 with VAT.
  assert.match(await textOf('#product-quote'), /Standard delivery£7\.14/);
  const pickerHidden = await page.evaluate(() => document.querySelector('#product-quote').shadowRoot.querySelector('[part="picker"]').hidden);
  assert.equal(pickerHidden, true);
});

test('without a cart the basket widget waits, then shows every option with price, transit days and marks', async () => {
  assert.equal(await page.getAttribute('#cart-quote', 'state'), 'waiting');
  await page.evaluate((cart) => window.Overdeliver.setCart(cart), oneMug);
  assert.equal(await settled(page, '#cart-quote'), 'ready');
  const text = await textOf('#cart-quote');
  assert.match(text, /Standard delivery£4\.74Arrives by Fri 27 Nov/);
  assert.match(text, /Next-day delivery.*Fastest.*£11\.94Arrives by Wed 25 Nov/);
  assert.match(text, /Collect from the studio.*Cheapest.*Free.*Ready to collect by Tue 24 Nov/);
});

test('the destination defaults to the country of the browser locale', async () => {
  assert.equal(await summaryText(), 'Delivering to United Kingdom (change)');
  const country = await page.evaluate(
    () => document.querySelector('#cart-quote').shadowRoot.querySelector('select').value,
  );
  assert.equal(country, 'GB');
});

test('without a postcode the widget asks for one for an exact price', async () => {
  assert.match(await textOf('#cart-quote'), /Enter your postcode for an exact price\./);
});

test('the free-delivery line follows the cart', async () => {
  assert.match(await textOf('#cart-quote'), /Add £32\.00 more for free delivery\./); // 50.00 - 18.00
  await page.evaluate(() => window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 2 }] }));
  assert.match(await waitForText('#cart-quote', /Add £14\.00 more/), /Add £14\.00 more for free delivery\./);
  await page.evaluate(() => window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 3 }] }));
  const text = await waitForText('#cart-quote', /qualifies/);
  assert.match(text, /Your order qualifies for free delivery\./);
  assert.match(text, /Standard delivery.*Free/);
});

test('a cart change updates in place: no loading state, no change of size when the prices change', async () => {
  await page.evaluate((cart) => window.Overdeliver.setCart(cart), oneMug);
  await waitForText('#cart-quote', /Add £32\.00/);
  const result = await page.evaluate(async () => {
    const el = document.querySelector('#cart-quote');
    const states = [];
    const observer = new MutationObserver(() => states.push(el.getAttribute('state')));
    observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    const before = el.getBoundingClientRect().height;
    window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 2 }] });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    observer.disconnect();
    return { states, before, after: el.getBoundingClientRect().height, text: el.shadowRoot.querySelector('[part="content"]').textContent };
  });
  assert.match(result.text, /Add £14\.00 more/);
  assert.ok(result.states.every((s) => s === 'ready'), `states: ${result.states}`);
  assert.equal(result.after, result.before);
});

test('"why this price" names the parcels, the billed weight and the rule in plain words', async () => {
  await page.evaluate((cart) => window.Overdeliver.setCart(cart), oneMug);
  await waitForText('#cart-quote', /Add £32\.00/);
  const why = await page.evaluate(() => {
    const option = document.querySelector('#cart-quote').shadowRoot.querySelector('[data-service="standard"]');
    const details = option.querySelector('[part="why"]');
    details.querySelector('summary').click();
    return { open: details.open, text: [...details.querySelectorAll('li')].map((li) => li.textContent) };
  });
  assert.equal(why.open, true);
  assert.deepEqual(why.text, [
    '1 parcel: box S',
    'Billed weight 1 kg (packed weight 0.47 kg; bulky parcels count by size as 0.75 kg; rounded up to whole kilograms)',
    'Parcel 1 at 1 kg, in the band up to 2 kg: £3.95',
    'The price includes 20% tax (£0.79)',
  ]);
});

test('an open "why this price" stays open through a live update', async () => {
  await page.evaluate(() => window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 1 }, { sku: 'TEA-TOWEL', qty: 1 }] }));
  await waitForText('#cart-quote', /Add £20\.00/);
  const open = await page.evaluate(
    () => document.querySelector('#cart-quote').shadowRoot.querySelector('[data-service="standard"] [part="why"]').open,
  );
  assert.equal(open, true);
});

test('the picker works by keyboard alone and the choice is remembered', async () => {
  await page.evaluate((cart) => window.Overdeliver.setCart(cart), oneMug);
  await waitForText('#cart-quote', /Add £32\.00/);
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab'); // the picker's summary is the first thing to focus
  const focused = await page.evaluate(() => document.querySelector('#cart-quote').shadowRoot.activeElement?.getAttribute('part'));
  assert.equal(focused, 'picker-summary');
  await page.keyboard.press('Enter'); // opens the disclosure
  await page.keyboard.press('Tab'); // the country list
  await page.keyboard.press('ArrowUp'); // United Kingdom -> Netherlands (the list is by name)
  await waitForText('#cart-quote', /International tracked/);
  assert.equal(await page.evaluate(() => document.querySelector('#cart-quote').shadowRoot.activeElement?.id), 'od-country');
  await page.keyboard.press('Tab'); // the postcode
  await page.keyboard.type('1012 ab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('od:destination') || 'null')?.postcode === '1012 ab');
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('od:destination'))), { country: 'NL', postcode: '1012 ab' });
  assert.match(await textOf('#cart-quote'), /International tracked£8\.95Arrives by Thu 3 Dec/);
  assert.equal(await summaryText(), 'Delivering to Netherlands, 1012 ab (change)');
});

test('a remembered destination is used on the next page', async () => {
  const next = await session.newPage();
  await next.goto(`${session.url}fixtures/shipping-quote.html`);
  assert.equal(await settled(next, '#product-quote'), 'ready');
  assert.match(await shadowText(next, '#product-quote'), /International tracked£15\.90/); // 8.95 + 6.95 for the second mug
  await next.close();
});

test('a country the store does not serve says so plainly', async () => {
  await page.evaluate(() => window.Overdeliver.setDestination({ country: 'JP' }));
  const text = await waitForText('#cart-quote', /Japan/);
  assert.equal(text, "We don't ship to Japan yet.");
  assert.equal(await summaryText(), 'Delivering to Japan (change)');
});

test('an empty basket says so and names the free-delivery threshold', async () => {
  await page.evaluate(() => window.Overdeliver.setDestination({ country: 'GB', postcode: 'LS1 4AP' }));
  await page.evaluate(() => window.Overdeliver.setCart({ items: [] }));
  const text = await waitForText('#cart-quote', /empty/);
  assert.equal(text, 'Your basket is empty: add something to see the delivery options.Free delivery on orders over £50.00.');
});

test('the picker, the options and the explanations have accessible names', async () => {
  await page.evaluate((cart) => window.Overdeliver.setCart(cart), oneMug);
  await waitForText('#cart-quote', /Standard delivery/);
  const quote = page.locator('#cart-quote');
  assert.equal(await quote.getByRole('combobox', { name: 'Country' }).count(), 1);
  assert.equal(await quote.getByRole('textbox', { name: 'Postcode' }).count(), 1);
  assert.equal(await quote.getByRole('button', { name: 'Update delivery options' }).count(), 1);
  assert.equal(await quote.getByRole('list', { name: 'Delivery options' }).count(), 1);
  assert.equal(await quote.getByText('Why this price').count(), 3);
  assert.equal(await page.evaluate(() => document.querySelector('#cart-quote').shadowRoot.querySelector('[aria-live]').getAttribute('aria-live')), 'polite');
});

test('the page has no WCAG 2 A/AA violations with the picker and an explanation open', async () => {
  await page.evaluate(() => {
    const root = document.querySelector('#cart-quote').shadowRoot;
    root.querySelector('[part="picker"]').open = true;
    root.querySelector('[part="why"]').open = true;
  });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
});

test('the page sees no script errors or CSP violations', async () => {
  assert.deepEqual(page.record.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
});
