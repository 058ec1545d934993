// Every message a widget asks for exists in all six catalogues, with English's placeholders.
// The keys are found in the widget sources: arguments of t('…') and every quoted literal shaped
// like a key in one of the catalogue's namespaces (lookup tables such as reason → key).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it'];
const catalogues = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (lang) => [lang, (await import(`../../js/i18n/messages/${lang}.js`)).default])),
);
const namespaces = new Set(Object.keys(catalogues.en).map((key) => key.split('.')[0]));

const elementFiles = readdirSync(`${root}/js/elements`).filter((name) => name.endsWith('.js'));
const sources = Object.fromEntries(elementFiles.map((name) => [name, readFileSync(`${root}/js/elements/${name}`, 'utf8')]));

function keysIn(source) {
  const keys = new Set();
  for (const m of source.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) keys.add(m[2]);
  for (const m of source.matchAll(/(['"])([a-z]+(?:\.[A-Za-z0-9-]+)+)\1/g)) {
    if (namespaces.has(m[2].split('.')[0])) keys.add(m[2]);
  }
  return keys;
}

const used = new Map(); // key -> files using it
for (const [file, source] of Object.entries(sources)) {
  for (const key of keysIn(source)) used.set(key, [...(used.get(key) || []), file]);
}

const placeholders = (template) =>
  [...new Set([...(typeof template === 'string' ? template : Object.values(template).join(' ')).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

test('the widgets ask for message keys (the scan finds them)', () => {
  for (const file of ['shipping-quote.js', 'quote-picker.js', 'quote-explain.js', 'cart-check.js', 'contact.js', 'contact-text.js', 'contact-form.js']) {
    assert.ok(keysIn(sources[file]).size > 0, file);
  }
});

for (const lang of LANGUAGES) {
  test(`every key used in js/elements is in the ${lang} catalogue`, () => {
    const missing = [...used].filter(([key]) => !Object.hasOwn(catalogues[lang], key)).map(([key, files]) => `${key} (${files.join(', ')})`);
    assert.deepEqual(missing, []);
  });
}

for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
  test(`${lang} has the same placeholders as English in every message`, () => {
    const differing = Object.keys(catalogues.en).filter(
      (key) => JSON.stringify(placeholders(catalogues[lang][key] ?? '')) !== JSON.stringify(placeholders(catalogues.en[key])),
    );
    assert.deepEqual(differing, []);
  });
  test(`${lang} gives every plural message the forms its plural rules need`, () => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== 'many');
    const lacking = Object.entries(catalogues.en)
      .filter(([, template]) => typeof template === 'object')
      .filter(([key]) => typeof catalogues[lang][key] !== 'object' || needed.some((c) => !(catalogues[lang][key][c] ?? catalogues[lang][key].other)))
      .map(([key]) => key);
    assert.deepEqual(lacking, []);
  });
}

test('no widget builds a message key at run time (every key is a literal the scan can check)', () => {
  for (const [file, source] of Object.entries(sources)) {
    assert.doesNotMatch(source, /\bt\(\s*`/, `${file}: t() with a template literal`);
    assert.doesNotMatch(source, /\bt\(\s*['"][^'"]*['"]\s*\+/, `${file}: t() with a concatenated key`);
  }
});

test('a message whose text uses {count} is given a count wherever it is used', () => {
  const counted = Object.keys(catalogues.en).filter((key) => placeholders(catalogues.en[key]).includes('count'));
  for (const key of counted) {
    for (const file of used.get(key) || []) {
      const call = new RegExp(`t\\(\\s*'${key.replace(/[.]/g, '\\.')}'\\s*,\\s*\\{[^}]*\\bcount\\b`);
      assert.match(sources[file], call, `${key} in ${file}`);
    }
  }
});
