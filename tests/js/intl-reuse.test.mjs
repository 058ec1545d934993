// Intl objects are built once per page and reused (js/runtime/intl.js), and what the request
// builder reads from Intl is remembered only while it cannot have changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intl } from '../../js/runtime/intl.js';
import { shopperTimeZone } from '../../js/runtime/request.js';
import { wellFormed } from '../../js/i18n/language.js';

test('the same kind, locale and options give the same Intl object', () => {
  const first = intl(Intl.NumberFormat, 'de-DE', { style: 'percent' });
  assert.equal(intl(Intl.NumberFormat, 'de-DE', { style: 'percent' }), first);
  assert.equal(first.format(0.25), '25\u00a0%');
});

test('another locale, other options or another kind give another object', () => {
  const percent = intl(Intl.NumberFormat, 'de-DE', { style: 'percent' });
  assert.notEqual(intl(Intl.NumberFormat, 'en-GB', { style: 'percent' }), percent);
  assert.notEqual(intl(Intl.NumberFormat, 'de-DE', { style: 'percent', maximumFractionDigits: 1 }), percent);
  assert.notEqual(intl(Intl.NumberFormat, 'de-DE'), percent);
  assert.ok(intl(Intl.PluralRules, 'de-DE', { style: 'percent' }) instanceof Intl.PluralRules);
});

test('options that Intl refuses throw every time and are never kept', () => {
  const unknownZone = () => intl(Intl.DateTimeFormat, 'en-GB', { timeZone: 'Mars/Olympus_Mons' });
  assert.throws(unknownZone, RangeError);
  assert.throws(unknownZone, RangeError);
});

test('the shopper time zone follows the system zone when it changes', () => {
  const original = process.env.TZ;
  try {
    process.env.TZ = 'Europe/London';
    assert.equal(shopperTimeZone(), 'Europe/London');
    process.env.TZ = 'Asia/Tokyo';
    assert.equal(shopperTimeZone(), 'Asia/Tokyo');
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
});

test('a language tag is canonicalised the same way the second time, malformed ones included', () => {
  assert.equal(wellFormed('de-ch'), 'de-CH');
  assert.equal(wellFormed('de-ch'), 'de-CH');
  assert.equal(wellFormed('not a tag'), null);
  assert.equal(wellFormed('not a tag'), null);
});
