// The widget composes cart-check and audit sentences from its catalogue; in English they must be
// the engine's own, word for word. Every shared check and audit vector is run through the wasm
// engine and each finding's message, action label, evidence and fix is composed by the widget
// (js/elements/finding-text.js) and compared, so the two cannot drift apart. Then the same
// findings in German and French: composed, complete, and not the English sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVerb } from './engine.mjs';
import { configTextOf, loadVectors } from './vectors.mjs';
import { registerCatalogue, translator } from '../../js/i18n/index.js';
import { findingTexts } from '../../js/elements/finding-text.js';
import de from '../../js/i18n/messages/de.js';
import fr from '../../js/i18n/messages/fr.js';

registerCatalogue('de', de);
registerCatalogue('fr', fr);

// en-GB formats dates and money as the engine writes them ("Thu 27 Nov", "£4.20").
const english = translator('en-GB');
const vectors = loadVectors().filter((v) => (v.verb === 'check' || v.verb === 'audit') && v.expected?.ok !== false);

async function answerOf(vector) {
  return runVerb(vector.verb, { configText: configTextOf(vector), request: vector.request ?? {} });
}

test('the shared vectors include check and audit findings to compare', async () => {
  let findings = 0;
  for (const vector of vectors) findings += (await answerOf(vector)).findings?.length ?? 0;
  assert.ok(findings >= 15, `${findings} findings`);
});

for (const vector of vectors) {
  test(`${vector.file}: the widget's English is the engine's, sentence for sentence`, async () => {
    const answer = await answerOf(vector);
    assert.equal(answer.ok, true, JSON.stringify(answer));
    for (const finding of answer.findings) {
      const texts = findingTexts(finding, english, answer.currency);
      assert.equal(texts.message, finding.message, `${finding.id} message`);
      assert.equal(texts.label, finding.action?.label, `${finding.id} action label`);
      if (vector.verb === 'audit') {
        assert.equal(texts.evidence, finding.evidence, `${finding.id} evidence`);
        assert.equal(texts.fix, finding.fix, `${finding.id} fix`);
      }
    }
  });

  for (const lang of ['de', 'fr']) {
    test(`${vector.file}: every finding is phrased in ${lang}, with no placeholder left`, async () => {
      const answer = await answerOf(vector);
      for (const finding of answer.findings) {
        const texts = findingTexts(finding, translator(lang), answer.currency);
        const shown = [texts.message, texts.label, ...(vector.verb === 'audit' ? [texts.evidence, texts.fix] : [])].filter(Boolean);
        for (const text of shown) {
          assert.doesNotMatch(text, /\{[A-Za-z]+\}/, `${finding.id}: ${text}`);
        }
        const storeWritten = finding.storeWritten === true;
        if (!storeWritten) assert.notEqual(texts.message, finding.message, `${finding.id} is still English: ${texts.message}`);
        if (finding.action) assert.notEqual(texts.label, finding.action.label, `${finding.id} button is still English`);
      }
    });
  }
}

test("a finding this build does not know keeps the engine's English sentence", () => {
  const finding = { id: 'carbon-offset', severity: 'info', message: 'Delivery is carbon neutral.', data: {}, action: { kind: 'plant-tree', label: 'Plant a tree' } };
  const texts = findingTexts(finding, translator('de'), 'GBP');
  assert.equal(texts.message, 'Delivery is carbon neutral.');
  assert.equal(texts.label, 'Plant a tree');
});

test("a known finding lacking a number it needs keeps the engine's sentence rather than a half-filled one", () => {
  const finding = {
    id: 'free-shipping-gap',
    severity: 'info',
    message: 'Add £4.20 more for free delivery.',
    data: { threshold: 5000 },
    action: { kind: 'add-to-cart', label: 'Add £4.20 for free delivery' },
  };
  const texts = findingTexts(finding, translator('de'), 'GBP');
  assert.equal(texts.message, 'Add £4.20 more for free delivery.');
  assert.equal(texts.label, 'Add £4.20 for free delivery');
});

test('a finding without the names of its items keeps the engine sentence (an older engine)', () => {
  const finding = { id: 'over-stock', severity: 'blocker', message: 'Slate mug is out of stock.', data: { sku: 'MUG', available: 0, reason: 'stock' } };
  assert.equal(findingTexts(finding, translator('de'), 'GBP').message, 'Slate mug is out of stock.');
});

test('counts choose the plural form and money is formatted for the language', () => {
  const finding = (available) => ({
    id: 'over-stock',
    severity: 'blocker',
    message: '',
    data: { sku: 'MUG', available, reason: 'stock' },
    names: { items: { MUG: 'Becher' } },
  });
  assert.equal(findingTexts(finding(1), translator('de'), 'EUR').message, 'Von Becher ist nur noch 1 Stück vorrätig.');
  assert.equal(findingTexts(finding(2), translator('de'), 'EUR').message, 'Von Becher sind nur noch 2 Stück vorrätig.');
  const gap = { id: 'free-shipping-gap', severity: 'info', message: '', data: { remaining: 420 } };
  assert.equal(findingTexts(gap, translator('de-DE'), 'EUR').message, 'Noch 4,20\u00a0€ bis zur kostenlosen Lieferung.');
  assert.equal(findingTexts(gap, translator('fr-FR'), 'EUR').message, 'Plus que 4,20\u00a0€ pour la livraison gratuite.');
});
