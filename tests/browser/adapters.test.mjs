// Platform carts in a real browser: the loader reads Shopify's /cart.js or the WooCommerce
// Store API cart (recorded responses from a local server) and follows changes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, settled } from './harness.mjs';
import { startPlatformServer } from '../fixtures/platform-server.mjs';

let session;
let platform;

before(async () => {
  session = await openSession();
  platform = await startPlatformServer();
});

after(async () => {
  await platform?.close();
  await session?.close();
});

const skus = (page) => page.evaluate(() => (window.Overdeliver.getCart()?.items || []).map((i) => `${i.sku}x${i.qty}`).join(','));

async function waitForSkus(page, expected) {
  await page.waitForFunction((want) => (window.Overdeliver?.getCart()?.items || []).map((i) => `${i.sku}x${i.qty}`).join(',') === want, expected, { timeout: 15000 });
}

test('data-cart-source="shopify" reads /cart.js and the widgets show that cart', async () => {
  platform.useCart('shopify', 'shopify-cart.json');
  const page = await session.newPage();
  await page.goto(`${platform.url}/shopify.html`);
  await waitForSkus(page, 'MUG-SLATEx2,BOWL-RAMENx1');
  assert.equal(await settled(page, 'od-shipping-quote'), 'ready');
  assert.deepEqual(page.record.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await page.close();
});

test('a Shopify cart changed elsewhere is picked up when the tab regains focus', async () => {
  platform.useCart('shopify', 'shopify-cart.json');
  const page = await session.newPage();
  await page.goto(`${platform.url}/shopify.html`);
  await waitForSkus(page, 'MUG-SLATEx2,BOWL-RAMENx1');
  platform.useCart('shopify', 'shopify-cart-after-add.json');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await waitForSkus(page, 'MUG-SLATEx2,BOWL-RAMENx1,TEA-TOWELx1');
  assert.equal(await page.evaluate(() => window.Overdeliver.getCart().discount), 800);
  await page.close();
});

test('a theme\'s cart:updated event makes the widgets follow the Shopify cart', async () => {
  platform.useCart('shopify', 'shopify-cart.json');
  const page = await session.newPage();
  await page.goto(`${platform.url}/shopify.html`);
  await waitForSkus(page, 'MUG-SLATEx2,BOWL-RAMENx1');
  platform.useCart('shopify', 'shopify-cart-after-add.json');
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('cart:updated')));
  await waitForSkus(page, 'MUG-SLATEx2,BOWL-RAMENx1,TEA-TOWELx1');
  await page.close();
});

test('data-cart-source="woocommerce" reads the Store API cart', async () => {
  platform.useCart('woocommerce', 'woocommerce-cart.json');
  const page = await session.newPage();
  await page.goto(`${platform.url}/woocommerce.html`);
  await waitForSkus(page, 'MUG-SLATEx2');
  assert.equal(await settled(page, 'od-shipping-quote'), 'ready');
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

test('the cart block\'s wc-blocks_added_to_cart event makes the widgets follow the WooCommerce cart', async () => {
  platform.useCart('woocommerce', 'woocommerce-cart.json');
  const page = await session.newPage();
  await page.goto(`${platform.url}/woocommerce.html`);
  await waitForSkus(page, 'MUG-SLATEx2');
  platform.useCart('woocommerce', 'woocommerce-cart-after-add.json');
  // The blocks dispatch it on document.body without bubbling.
  await page.evaluate(() => document.body.dispatchEvent(new Event('wc-blocks_added_to_cart')));
  await waitForSkus(page, 'MUG-SLATEx2,PLANTER-XLx1');
  assert.equal(await page.evaluate(() => window.Overdeliver.getCart().discount), 500);
  await page.close();
});

test('an od-cart-refresh event re-reads the platform cart', async () => {
  platform.useCart('woocommerce', 'woocommerce-cart.json');
  const page = await session.newPage();
  await page.goto(`${platform.url}/woocommerce.html`);
  await waitForSkus(page, 'MUG-SLATEx2');
  platform.useCart('woocommerce', 'woocommerce-cart-after-add.json');
  await page.evaluate(() => document.dispatchEvent(new Event('od-cart-refresh')));
  await waitForSkus(page, 'MUG-SLATEx2,PLANTER-XLx1');
  assert.match(await skus(page), /PLANTER-XL/);
  await page.close();
});
