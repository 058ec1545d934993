// The merchant playground (demo/playground.html) under the strict CSP: live validation at JSON
// Pointers, widgets and audit following the edited configuration, carts, clock and download.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled, shadowText } from './harness.mjs';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await session.newPage();
  await page.goto(new URL("playground.html", session.url).href);
  await page.waitForFunction(() => document.getElementById('pg-status').dataset.state === 'valid', null, { timeout: 20000 });
});

after(async () => {
  await session?.close();
});

async function edit(transform) {
  await page.evaluate((source) => {
    const box = document.getElementById('pg-config');
    const config = JSON.parse(box.value);
    // eslint-disable-next-line no-new-func
    new Function('config', source)(config);
    box.value = JSON.stringify(config, null, 2);
    box.dispatchEvent(new Event('input'));
  }, transform);
}

const status = () => page.evaluate(() => document.getElementById('pg-status').dataset.state);

// Verbs this build of the engine does not offer yet answer "not available"; their tests skip.
async function unavailable(verb) {
  return page.evaluate((name) => {
    const engine = window.Overdeliver.engine;
    const cart = { items: [{ sku: 'MUG-SLATE', qty: 1, price: 1800 }] };
    const request = { now: '2026-11-24T10:15:00Z', cart, destination: { country: 'GB' } };
    const result = name === 'audit' ? engine.audit() : engine[name](request);
    return !result.ok && /not available/.test(result.errors?.[0]?.message || '');
  }, verb);
}

test('the demo configuration loads and is valid', async () => {
  assert.equal(await status(), 'valid');
  for (const id of ['#pg-quote', '#pg-contact']) assert.equal(await settled(page, id), 'ready', id);
  for (const id of ['#pg-promise', '#pg-check', '#pg-audit']) await settled(page, id);
});

test('the page runs under the strict CSP without violations or errors', async () => {
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.record.errors, []);
});

test('a mistake is shown at its JSON Pointer as you type', async () => {
  await page.evaluate(() => {
    const box = document.getElementById('pg-config');
    box.value = box.value.replace('"currency": "GBP"', '"currency": "pounds"');
    box.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => document.getElementById('pg-status').dataset.state === 'invalid');
  const pointers = await page.$$eval('#pg-errors li', (items) => items.map((li) => li.dataset.pointer));
  assert.ok(pointers.includes('/store/currency'), pointers.join(', '));
});

test('clicking a problem selects its place in the editor', async () => {
  await page.click('#pg-errors li button');
  const selected = await page.evaluate(() => {
    const box = document.getElementById('pg-config');
    return box.value.slice(box.selectionStart, box.selectionEnd);
  });
  assert.match(selected, /currency/);
});

test('a JSON syntax error is reported with its line', async () => {
  await page.evaluate(() => {
    const box = document.getElementById('pg-config');
    box.value = box.value.replace('"pounds"', '"GBP"').replace('{', '{,');
    box.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => document.getElementById('pg-status').dataset.state === 'syntax');
  assert.match(await page.textContent('#pg-status'), /line 1/);
  await page.click('#pg-reset');
  await page.waitForFunction(() => document.getElementById('pg-status').dataset.state === 'valid');
});

test('the shipping quote follows an edited rate', async () => {
  await page.selectOption('#pg-country', 'GB');
  await page.selectOption('#pg-cart-preset', 'one-mug');
  await settled(page, '#pg-quote');
  const before = await shadowText(page, '#pg-quote');
  await edit(`for (const s of config.services) for (const r of s.rates) { r.rules = [{ kind: 'flat', amount: 777 }]; delete r.freeOver; }`);
  await page.waitForFunction((old) => {
    const el = document.getElementById('pg-quote');
    return el.getAttribute('state') === 'ready' && el.shadowRoot.querySelector('[part="content"]').textContent !== old;
  }, before);
  // £7.77 before tax; the demo's UK zone shows prices with 20 % VAT: £9.32.
  assert.match(await shadowText(page, '#pg-quote'), /9\.32|7\.77/);
  await page.click('#pg-reset');
  await page.waitForFunction(() => document.getElementById('pg-status').dataset.state === 'valid');
});

test('the audit follows the configuration', async (t) => {
  if (await unavailable('audit')) return t.skip('this engine build has no audit yet');
  await settled(page, '#pg-audit');
  await edit(`delete config.returns;`);
  await page.waitForFunction(() => /return/i.test(document.getElementById('pg-audit').shadowRoot.querySelector('[part="content"]').textContent));
  await page.click('#pg-reset');
  await page.waitForFunction(() => document.getElementById('pg-status').dataset.state === 'valid');
});

test('moving the clock changes the delivery promise', async (t) => {
  if (await unavailable('promise')) return t.skip('this engine build has no promises yet');
  await page.selectOption('#pg-cart-preset', 'one-mug');
  await settled(page, '#pg-promise');
  const now = await page.evaluate(() => window.Overdeliver.engine.promise({ now: new Date(Date.now()).toISOString().slice(0, 19) + 'Z', cart: window.Overdeliver.getCart(), destination: { country: 'GB' } }).promise?.latest);
  await page.fill('#pg-clock-shift', '168');
  await page.dispatchEvent('#pg-clock-shift', 'input');
  const later = await page.evaluate(() => window.Overdeliver.engine.promise({ now: new Date(Date.now()).toISOString().slice(0, 19) + 'Z', cart: window.Overdeliver.getCart(), destination: { country: 'GB' } }).promise?.latest);
  assert.ok(later > now, `${later} > ${now}`);
  await page.click('#pg-clock-now');
});

test('a cart from the examples reaches the widgets', async () => {
  await page.selectOption('#pg-cart-preset', 'big');
  const cart = await page.evaluate(() => window.Overdeliver.getCart());
  assert.equal(cart.items[0].qty, 12);
});

test('the configuration downloads as store.json', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pg-download')]);
  assert.equal(download.suggestedFilename(), 'store.json');
});

test('the clock control moves the moment the widgets ask about', async () => {
  const shift = await page.evaluate(async () => {
    const before = Date.now();
    const slider = document.getElementById('pg-clock-shift');
    slider.value = '48';
    slider.dispatchEvent(new Event('input'));
    const moved = Date.now() - before;
    document.getElementById('pg-clock-now').click();
    return Math.round(moved / 3_600_000);
  });
  assert.equal(shift, 48);
  assert.equal(await page.textContent('#pg-clock-shift-label'), 'now');
});

test('the German demo store loads the German catalogue and shows store texts in German', async () => {
  const german = await session.newPage();
  const catalogue = german.waitForResponse((response) => response.url().endsWith('/dist/i18n/de.json'));
  await german.addInitScript(() => localStorage.setItem('od:destination', JSON.stringify({ country: 'DE', postcode: '10115' })));
  await german.goto(new URL('de/cart.html', session.url).href);
  assert.equal((await catalogue).status(), 200);
  assert.equal(await settled(german, '#cart-quote'), 'ready');
  assert.match(await shadowText(german, '#cart-quote'), /Sendungsverfolgung|Standardversand|Versand/);
  assert.deepEqual(await german.evaluate(() => window.__cspViolations), []);
  await german.close();
});
