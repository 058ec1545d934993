// <od-cart-check> against the real engine and the demo store: notices render as text and follow
// the cart, actions reach the page as od-action events, notices are announced politely (never
// as alerts), and audit mode shows the store's findings with evidence and fixes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled, shadowText } from './harness.mjs';

let session;
let page;

before(async () => {
  session = await openSession();
  page = await session.newPage();
  await page.addInitScript(() => {
    window.__odActions = [];
    document.addEventListener('od-action', (event) => window.__odActions.push(event.detail));
  });
  await page.goto(`${session.url}fixtures/cart-check.html`);
  await page.evaluate(() => window.Overdeliver.ready);
  await page.evaluate(() => {
    window.Overdeliver.setDestination({ country: 'GB' });
    window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 2, price: 1800 }] });
  });
});
after(() => session?.close());

const noticeIds = () =>
  page.evaluate(() => [...document.querySelector('#check').shadowRoot.querySelectorAll('li[data-id]')].map((li) => li.dataset.id));

test('notices render the engine messages as text', async () => {
  assert.equal(await settled(page, '#check'), 'ready');
  const text = await shadowText(page, '#check');
  assert.match(text, /Add £14\.00 more for free delivery\./);
  assert.match(text, /Return unused items within 30 days/);
  assert.deepEqual(await noticeIds(), ['free-shipping-gap', 'returns-summary']);
});

test('notices update as the cart changes', async () => {
  await page.evaluate(() => window.Overdeliver.setCart({ items: [{ sku: 'MUG-SLATE', qty: 3, price: 1800 }, { sku: 'MUG-MOSS', qty: 13, price: 1800 }] }));
  await page.waitForFunction(() => /Only 12 of Moss glaze mug are in stock/.test(document.querySelector('#check').shadowRoot.textContent));
  assert.deepEqual(await noticeIds(), ['over-stock', 'returns-summary']);
});

test('an action button emits od-action with the finding id and its data', async () => {
  const button = page.locator('#check').locator('button[part="action"]').first();
  assert.equal(await button.textContent(), 'Change to 12');
  await button.click();
  const actions = await page.evaluate(() => window.__odActions);
  assert.equal(actions.length, 1);
  assert.equal(actions[0].id, 'over-stock');
  assert.equal(actions[0].action.kind, 'set-quantity');
  assert.equal(actions[0].action.qty, 12);
  assert.equal(actions[0].data.available, 12);
  assert.equal(actions[0].data.sku, 'MUG-MOSS');
});

test('the event crosses the shadow boundary and bubbles to the document', async () => {
  const composed = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.body.addEventListener('od-action', (event) => resolve({ composed: event.composed, bubbles: event.bubbles, target: event.target.id }), { once: true });
        document.querySelector('#check').shadowRoot.querySelector('button[part="action"]').click();
      }),
  );
  assert.deepEqual(composed, { composed: true, bubbles: true, target: 'check' });
});

test('notices are announced politely and never as alerts', async () => {
  const roles = await page.evaluate(() => {
    const root = document.querySelector('#check').shadowRoot;
    return {
      live: root.querySelector('[part="content"]').getAttribute('aria-live'),
      alerts: root.querySelectorAll('[role="alert"], [aria-live="assertive"]').length,
      contains: root.querySelector('[aria-live="polite"]').contains(root.querySelector('li[data-id]')),
    };
  });
  assert.deepEqual(roles, { live: 'polite', alerts: 0, contains: true });
});

test('the destination decides what can ship', async () => {
  await page.evaluate(() => {
    window.Overdeliver.setDestination({ country: 'US' });
    window.Overdeliver.setCart({ items: [{ sku: 'PLANTER-XL', qty: 1, price: 9500 }, { sku: 'MUG-SLATE', qty: 2, price: 1800 }] });
  });
  await page.waitForFunction(() => /Garden planter cannot be delivered to US/.test(document.querySelector('#check').shadowRoot.textContent));
  assert.deepEqual(await noticeIds(), ['cannot-ship', 'duties-on-arrival', 'returns-summary']);
});

test('the merchant page shows the audit with evidence, fix and the setting at fault', async () => {
  const merchant = await session.newPage();
  await merchant.goto(`${session.url}merchant.html`);
  assert.equal(await settled(merchant, '#audit'), 'ready');
  const text = await shadowText(merchant, '#audit');
  assert.match(text, /International tracked to Ireland charges £44\.55 more for 10 units of Slate glaze mug/);
  assert.match(text, /Evidence: 10 units pack into 1 parcel: the rate charges £51\.50/);
  assert.match(text, /Fix: Replace the per-item rule at \/services\/3\/rates\/0\/rules\/0/);
  assert.match(text, /Setting: \/services\/3\/rates\/1\/rules\/0/);
  assert.deepEqual(merchant.record.errors, []);
  await merchant.close();
});

test('the page sees no script errors', () => {
  assert.deepEqual(page.record.errors, []);
});
