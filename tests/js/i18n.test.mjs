import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CATALOGUES,
  LANGUAGES,
  formatMessage,
  formatRelative,
  localized,
  message,
  supportedLanguage,
  translator,
  languageTagOf,
  registerCatalogue,
} from '../../js/i18n/index.js';
import de from '../../js/i18n/messages/de.js';
import fr from '../../js/i18n/messages/fr.js';
import es from '../../js/i18n/messages/es.js';
import nl from '../../js/i18n/messages/nl.js';
import it from '../../js/i18n/messages/it.js';

for (const [lang, messages] of Object.entries({ de, fr, es, nl, it })) registerCatalogue(lang, messages);

const placeholders = (template) =>
  [...(typeof template === 'string' ? template : Object.values(template).join(' ')).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the six languages are served', () => {
  assert.deepEqual([...LANGUAGES].sort(), ['de', 'en', 'es', 'fr', 'it', 'nl']);
});

for (const lang of Object.keys(CATALOGUES).filter((l) => l !== 'en')) {
  test(`${lang} has exactly the English keys`, () => {
    assert.deepEqual(Object.keys(CATALOGUES[lang]).sort(), Object.keys(CATALOGUES.en).sort());
  });
  test(`${lang} uses the same placeholders as English in every message`, () => {
    for (const [key, template] of Object.entries(CATALOGUES.en)) {
      assert.deepEqual(placeholders(CATALOGUES[lang][key]), placeholders(template), key);
    }
  });
  test(`${lang} plural messages have the categories its plural rules need`, () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, template] of Object.entries(CATALOGUES[lang])) {
      if (typeof template !== 'object') continue;
      for (const category of categories.filter((c) => c !== 'many')) assert.ok(template[category] ?? template.other, `${key} ${category}`);
    }
  });
  test(`${lang} translates the messages (not a copy of English)`, () => {
    const same = Object.keys(CATALOGUES.en).filter((key) => JSON.stringify(CATALOGUES[lang][key]) === JSON.stringify(CATALOGUES.en[key]));
    assert.ok(same.length < Object.keys(CATALOGUES.en).length / 10, same.join(', '));
  });
}

test('named parameters are filled in', () => {
  assert.equal(formatMessage('Add {amount} more, {name}.', { amount: '£4.20', name: 'Sam' }), 'Add £4.20 more, Sam.');
});

test('a missing parameter stays visible', () => {
  assert.equal(formatMessage('Reply by {time}', {}), 'Reply by {time}');
});

test('numeric parameters are formatted for the locale', () => {
  assert.equal(formatMessage('{n} items', { n: 1234 }, 'de'), '1.234 items');
});

test('plural messages follow the count', () => {
  assert.equal(message('en', 'quote.workingDays', { count: 1 }), '1 working day');
  assert.equal(message('en', 'quote.workingDays', { count: 3 }), '3 working days');
  assert.equal(message('fr', 'quote.workingDays', { count: 0 }), '0 jour ouvré');
});

test('an unknown language falls back to English', () => {
  assert.equal(supportedLanguage('pt-BR'), 'en');
  assert.equal(message('pt', 'quote.free'), 'Free');
});

test('a regional tag uses its language', () => {
  assert.equal(supportedLanguage('de-CH'), 'de');
  assert.equal(translator('de-CH').t('quote.free'), 'Kostenlos');
});

test('an unknown key comes back as the key', () => {
  assert.equal(message('de', 'no.such.key'), 'no.such.key');
});

test('the promise countdown sentence reads naturally in German', () => {
  const tr = translator('de');
  assert.equal(
    tr.t('promise.orderWithin', { countdown: '2 Std. 14 Min.', date: tr.date('2026-11-27') }),
    'Bestellen Sie innerhalb von 2 Std. 14 Min. für Versand heute — Ankunft bis Fr., 27. Nov.',
  );
});

test('money is formatted in the locale without floating point', () => {
  assert.equal(translator('de').money(123456, 'EUR'), '1.234,56\u00a0€');
  assert.equal(translator('en-GB').money(420, 'GBP'), '£4.20');
  assert.equal(translator('fr').money(1500, 'JPY'), '1\u202f500\u00a0JPY');
});

test('dates are formatted in the locale', () => {
  assert.equal(translator('en-GB').date('2026-11-27'), 'Fri 27 Nov');
  assert.equal(translator('it').date('2026-11-27'), 'ven 27 nov');
});

test('instants are shown in the given time zone', () => {
  assert.equal(translator('en-GB').time('2026-11-27T14:00:00Z', 'Europe/Berlin', false), '15:00');
});

test('relative times use the largest whole unit', () => {
  assert.equal(formatRelative(3 * 3_600_000 + 60_000, 'en'), 'in 3 hours');
  assert.equal(formatRelative(86_400_000, 'en'), 'tomorrow');
  assert.equal(formatRelative(-2 * 86_400_000, 'de'), 'vorgestern');
});

test('percentages and lists follow the locale', () => {
  assert.equal(translator('en').percent(0.25), '25%');
  assert.equal(translator('es').list(['a', 'b', 'c']), 'a, b y c');
});

test('store-written text picks the exact tag, then the language, then the first entry', () => {
  const text = { en: 'Standard', de: 'Standardversand', 'fr-CA': 'Livraison (CA)' };
  assert.equal(localized(text, 'fr-CA'), 'Livraison (CA)');
  assert.equal(localized(text, 'de-AT'), 'Standardversand');
  assert.equal(localized(text, 'nl'), 'Standard');
  assert.equal(localized('Plain', 'de'), 'Plain');
  assert.equal(localized(null, 'de'), '');
});

test('a translator formats an unserved language in English so a page never mixes', () => {
  const tr = translator('pt-BR');
  assert.equal(tr.lang, 'en');
  assert.equal(tr.locale, 'en');
});

test('the element language comes from the closest [lang]', () => {
  const element = { closest: (selector) => (selector === '[lang]' ? { getAttribute: () => 'nl-BE' } : null) };
  assert.equal(languageTagOf(element), 'nl-BE');
  assert.equal(translator(element).t('quote.cheapest'), 'Goedkoopst');
});

test('without any lang the element speaks English', () => {
  assert.equal(languageTagOf({ closest: () => null }), 'en');
});

test('a malformed lang attribute is ignored', () => {
  const element = { closest: () => ({ getAttribute: () => 'not a tag!' }) };
  assert.equal(languageTagOf(element), 'en');
});

test('an element without any lang declares no language', async () => {
  const { declaredLanguageOf } = await import('../../js/i18n/index.js');
  assert.equal(declaredLanguageOf({ closest: () => null }), null);
});

test('a language whose catalogue has not arrived shows English, formats in English and says so', () => {
  const saved = CATALOGUES.de;
  delete CATALOGUES.de;
  try {
    const tr = translator('de');
    assert.equal(tr.complete, false);
    assert.equal(tr.t('quote.free'), 'Free');
    assert.equal(tr.locale, 'en');
    assert.equal(tr.money(420, 'EUR'), '€4.20');
  } finally {
    CATALOGUES.de = saved;
  }
  assert.equal(translator('de').complete, true);
});

test('every served language has a catalogue source file', async () => {
  for (const lang of LANGUAGES) {
    const { default: messages } = await import(`../../js/i18n/messages/${lang}.js`);
    assert.ok(Object.keys(messages).length > 50, lang);
  }
});

// An element stub: its own attributes, and `lang` as the closest declared language.
const elementWith = ({ lang = null, locale = null }) => ({
  getAttribute: (name) => (name === 'locale' ? locale : null),
  closest: (selector) => (selector === '[lang]' && lang ? { getAttribute: () => lang } : null),
});

test('a locale attribute in the text language sets the formatting conventions', () => {
  const tr = translator(elementWith({ lang: 'de', locale: 'de-CH' }));
  assert.equal(tr.lang, 'de');
  assert.equal(tr.locale, 'de-CH');
  const swiss = new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(1234.56);
  assert.equal(tr.money(123456, 'CHF'), swiss);
  assert.notEqual(translator('de').money(123456, 'CHF'), swiss);
});

test('a locale attribute in another language than the text is ignored, so a widget never mixes', () => {
  const tr = translator(elementWith({ lang: 'de', locale: 'en-US' }));
  assert.equal(tr.locale, 'de');
  assert.equal(tr.t('quote.free'), 'Kostenlos');
  assert.equal(tr.money(420, 'EUR'), '4,20\u00a0€');
});
