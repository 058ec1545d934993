import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shopifyCartToCart } from '../../js/adapters/shopify.js';
import { wooCartToCart } from '../../js/adapters/woocommerce.js';
import { createCartSync, CART_SOURCES } from '../../js/adapters/index.js';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/carts/${name}`, import.meta.url), 'utf8'));

test('a Shopify cart maps to sku, qty, price in minor units and weight in grams', () => {
  assert.deepEqual(shopifyCartToCart(fixture('shopify-cart.json')), {
    items: [
      { sku: 'MUG-SLATE', qty: 2, price: 1800, weight: 420, name: 'Slate Glaze Mug' },
      { sku: 'BOWL-RAMEN', qty: 1, price: 3200, weight: 400, name: 'Ramen Bowl' },
    ],
  });
});

test('a Shopify cart-level discount becomes the cart discount', () => {
  assert.equal(shopifyCartToCart(fixture('shopify-cart-after-add.json')).discount, 800);
});

test('a Shopify line without a SKU is identified by its variant id', () => {
  const cart = shopifyCartToCart({ items: [{ variant_id: 123, quantity: 1, price: 500, sku: null }] });
  assert.deepEqual(cart.items, [{ sku: '123', qty: 1, price: 500 }]);
});

test('a Shopify line price that is not a whole number is left out rather than guessed', () => {
  const cart = shopifyCartToCart({ items: [{ sku: 'A', quantity: 1, price: 12.5 }] });
  assert.deepEqual(cart.items, [{ sku: 'A', qty: 1 }]);
});

test('an empty Shopify cart is an empty cart', () => {
  assert.deepEqual(shopifyCartToCart({ items: [], item_count: 0 }), { items: [] });
});

test('an answer that is not a Shopify cart is refused', () => {
  assert.equal(shopifyCartToCart({ description: 'Not found' }), null);
  assert.equal(shopifyCartToCart(null), null);
});

test('a WooCommerce Store API cart maps its string minor units to integers', () => {
  assert.deepEqual(wooCartToCart(fixture('woocommerce-cart.json')), {
    items: [{ sku: 'MUG-SLATE', qty: 2, price: 1800, name: 'Slate Glaze Mug' }],
  });
});

test('a WooCommerce coupon discount becomes the cart discount', () => {
  const cart = wooCartToCart(fixture('woocommerce-cart-after-add.json'));
  assert.equal(cart.discount, 500);
  assert.deepEqual(cart.items.map((i) => [i.sku, i.qty, i.price]), [['MUG-SLATE', 2, 1800], ['PLANTER-XL', 1, 9500]]);
});

test('a WooCommerce price that is not a whole number of minor units is left out', () => {
  const cart = wooCartToCart({ items: [{ sku: 'A', quantity: 1, prices: { price: '12.50' } }] });
  assert.deepEqual(cart.items, [{ sku: 'A', qty: 1 }]);
});

test('both platforms are offered as cart sources', () => {
  assert.deepEqual(Object.keys(CART_SOURCES).sort(), ['shopify', 'woocommerce']);
});

function fakeFetch(bodies) {
  const calls = [];
  return {
    calls,
    fetch: async (url) => {
      calls.push(url);
      const body = bodies.length > 1 ? bodies.shift() : bodies[0];
      if (body instanceof Error) throw body;
      return { ok: body.status === undefined, status: body.status ?? 200, json: async () => body };
    },
  };
}

test('the same cart read twice is handed on once', async () => {
  const set = [];
  const net = fakeFetch([fixture('shopify-cart.json')]);
  const sync = createCartSync({ source: CART_SOURCES.shopify, url: '/cart.js', setCart: (c) => set.push(c), fetchImpl: net.fetch });
  await sync.refresh();
  await sync.refresh();
  assert.equal(net.calls.length, 2);
  assert.equal(set.length, 1);
});

test('a changed cart is handed on', async () => {
  const set = [];
  const net = fakeFetch([fixture('shopify-cart.json'), fixture('shopify-cart-after-add.json')]);
  const sync = createCartSync({ source: CART_SOURCES.shopify, url: '/cart.js', setCart: (c) => set.push(c), fetchImpl: net.fetch });
  await sync.refresh();
  await sync.refresh();
  assert.equal(set.length, 2);
  assert.equal(set[1].items.length, 3);
});

test('refreshes asked for during a read collapse into one more read', async () => {
  const net = fakeFetch([fixture('woocommerce-cart.json')]);
  const sync = createCartSync({ source: CART_SOURCES.woocommerce, url: '/x', setCart: () => {}, fetchImpl: net.fetch });
  const first = sync.refresh();
  sync.refresh();
  sync.refresh();
  await first;
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(net.calls.length, 2);
});

test('a failing endpoint is reported once and keeps the last cart', async () => {
  const set = [];
  const errors = [];
  const net = fakeFetch([fixture('shopify-cart.json'), { status: 503 }, { status: 503 }]);
  const sync = createCartSync({ source: CART_SOURCES.shopify, url: '/cart.js', setCart: (c) => set.push(c), onError: (e) => errors.push(e), fetchImpl: net.fetch });
  await sync.refresh();
  await sync.refresh();
  await sync.refresh();
  assert.equal(set.length, 1);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'cart-source-failed');
});
