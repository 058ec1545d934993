// What ships carries short message ids instead of key names (scripts/message-ids.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactKeys, messageIds, shippedCatalogue } from '../../scripts/message-ids.mjs';
import en from '../../js/i18n/messages/en.js';
import de from '../../js/i18n/messages/de.js';

const english = { 'quote.free': 'Free', 'quote.why.flat': 'Flat rate: {amount}', 'contact.closed': 'Closed' };

test('every key gets its own short id', () => {
  const { ids } = messageIds(en);
  assert.equal(new Set(ids.values()).size, Object.keys(en).length);
  for (const id of ids.values()) assert.ok(id.length <= 2, id);
});

test('a quoted key becomes its id; other strings, and key-like strings that are no key, stay', () => {
  const { ids } = messageIds(english);
  const source = `tr.t('quote.why.flat', { amount }); tr.t("contact.closed"); load('overdeliver.js'); t('quote.unknown'); 'quote.free more'`;
  assert.equal(compactKeys(source, ids), `tr.t('1', { amount }); tr.t("2"); load('overdeliver.js'); t('quote.unknown'); 'quote.free more'`);
});

test('a shipped catalogue uses the ids and carries the fingerprint of the key order', () => {
  const numbering = messageIds(english);
  assert.deepEqual(shippedCatalogue({ 'quote.free': 'Kostenlos', 'contact.closed': 'Geschlossen' }, numbering), {
    '@': numbering.fingerprint,
    0: 'Kostenlos',
    2: 'Geschlossen',
  });
});

test('another key order has another fingerprint, so catalogues of two builds never mix', () => {
  const reordered = Object.fromEntries(Object.entries(english).reverse());
  assert.notEqual(messageIds(reordered).fingerprint, messageIds(english).fingerprint);
  assert.equal(messageIds({ ...english }).fingerprint, messageIds(english).fingerprint);
});

test('the German catalogue ships with an id for every message', () => {
  const shipped = shippedCatalogue(de, messageIds(en));
  assert.equal(Object.keys(shipped).length, Object.keys(de).length + 1);
  assert.ok(Object.keys(shipped).every((key) => key === '@' || /^[0-9a-z]{1,2}$/.test(key)));
});
