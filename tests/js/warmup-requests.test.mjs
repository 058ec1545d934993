// The warm-up worker's requests, made from the configuration alone (js/runtime/warmup-requests.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { warmupRequests } from '../../js/runtime/warmup-requests.js';

const demo = readFileSync(new URL('../../demo/store.json', import.meta.url), 'utf8');
const CONTEXT = { now: '2026-11-23T10:00:00Z', shopperTimeZone: 'Europe/London' };

test('one request of each kind the widgets send, at the given moment and time zone', () => {
  const requests = warmupRequests(demo, CONTEXT);
  assert.deepEqual(requests.map(([verb]) => verb), ['quote', 'promise', 'check', 'contact']);
  for (const [, request] of requests) {
    assert.equal(request.now, CONTEXT.now);
    assert.equal(request.shopperTimeZone, CONTEXT.shopperTimeZone);
  }
});

test('the cart holds one unit of the first catalogue item, sent to the store country', () => {
  const [[, quote]] = warmupRequests(demo, CONTEXT);
  assert.deepEqual(quote.cart, { items: [{ sku: 'MUG-SLATE', qty: 1, price: 1800 }] });
  assert.deepEqual(quote.destination, { country: 'GB' });
});

test('a store without a catalogue, country or contact section still gets the cart kinds', () => {
  const requests = warmupRequests('{"store": {"name": "Bare"}}', CONTEXT);
  assert.deepEqual(requests.map(([verb]) => verb), ['quote', 'promise', 'check']);
  assert.equal(requests[0][1].cart, undefined);
  assert.equal(requests[0][1].destination, undefined);
});

test('a configuration that is not JSON gives no requests, and JSON that is no object no error', () => {
  assert.deepEqual(warmupRequests('{"store": ', CONTEXT), []);
  assert.deepEqual(warmupRequests('null', CONTEXT), [['quote', CONTEXT], ['promise', CONTEXT], ['check', CONTEXT]]);
});
