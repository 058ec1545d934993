// The widgets' sentences as the translator assembles them, per language (pure functions of the
// engine's answer and a translator; no DOM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerCatalogue, translator } from '../../js/i18n/index.js';
import { excludedWords, transitWords, whyLines } from '../../js/elements/quote-explain.js';
import { replyByText, slotsText, statusText } from '../../js/elements/contact-text.js';
import de from '../../js/i18n/messages/de.js';
import fr from '../../js/i18n/messages/fr.js';

registerCatalogue('de', de);
registerCatalogue('fr', fr);

const perItem = {
  currency: 'GBP',
  kind: 'delivery',
  parcels: [{ packaging: 'box', box: 'S', weight: 470 }],
  billableWeight: 470,
  explanation: [
    { kind: 'per-item', units: 3, first: 895, additional: 695, cap: 2000, amount: 2000 },
    { kind: 'tax', included: true, percent: 20, amount: 333 },
  ],
};

test('why-this-price lines in English', () => {
  assert.deepEqual(whyLines(perItem, translator('en-GB')), [
    '1 parcel: box S',
    'Billed weight 0.47 kg',
    '£8.95 for the first item and £6.95 for each one after (3 items), capped at £20.00: £20.00',
    'The price includes 20% tax (£3.33)',
  ]);
});

test('why-this-price lines in German, with German money and units', () => {
  assert.deepEqual(whyLines(perItem, translator('de')), [
    '1 Paket: Karton S',
    'Berechnetes Gewicht 0,47 kg',
    '8,95\u00a0£ für den ersten Artikel und 6,95\u00a0£ für jeden weiteren (3 Artikel), höchstens 20,00\u00a0£: 20,00\u00a0£',
    'Der Preis enthält 20\u00a0% MwSt. (3,33\u00a0£)',
  ]);
});

test('transit days take the plural the count needs', () => {
  const option = (min, max, kind = 'delivery') => ({ kind, promise: { transitDays: { min, max } } });
  assert.equal(transitWords(option(2, 2), translator('fr')), '2 jours ouvrés');
  assert.equal(transitWords(option(2, 4), translator('de')), '2–4 Werktage');
  assert.equal(transitWords(option(0, 1, 'collect'), translator('de')), 'Abholbereit in 1 Werktag');
  assert.equal(transitWords(option(1, 1), translator('en')), 'Next working day');
});

test('items left out name their reason in the language', () => {
  const items = [{ name: 'Pflanzkübel', reason: 'no-box-fits' }, { sku: 'X-1', reason: 'something-new' }];
  assert.equal(excludedWords(items, translator('de')), 'Pflanzkübel (zu groß oder zu schwer für unsere Kartons), X-1 (nicht enthalten)');
});

const wall = (date, time, offsetMinutes) => ({ date, time, offsetMinutes });

test('an open channel says when it closes, in the store time and the shopper time', () => {
  const channel = {
    label: 'Telefon',
    open: true,
    nextChangeAt: { store: wall('2026-11-30', '17:30', 0), shopper: wall('2026-11-30', '12:30', -300) },
  };
  const context = { storeToday: '2026-11-30', shopperToday: '2026-11-30' };
  assert.equal(statusText(channel, { ...context, tr: translator('de') }), 'Jetzt geöffnet — Telefon, schließt um 17:30 Uhr (um 12:30 Uhr Ihrer Zeit)');
  assert.equal(statusText(channel, { ...context, tr: translator('en') }), 'Open now — Telefon until 17:30 (12:30 your time)');
});

test('a closed channel names the day it opens, tomorrow by that word', () => {
  const channel = { type: 'phone', open: false, nextChangeAt: { store: wall('2026-12-01', '09:00', 0), shopper: wall('2026-12-01', '09:00', 0) } };
  const context = { storeToday: '2026-11-30', shopperToday: '2026-11-30' };
  assert.equal(statusText(channel, { ...context, tr: translator('fr') }), 'Fermé — Téléphone, ouverture demain à 09:00');
  const later = { ...channel, nextChangeAt: { store: wall('2026-12-03', '09:00', 0), shopper: wall('2026-12-03', '09:00', 0) } };
  assert.equal(statusText(later, { ...context, tr: translator('de') }), 'Geschlossen — Telefon öffnet Donnerstag um 09:00 Uhr');
});

test('the reply-by time is the shopper’s, with the weekday in the language', () => {
  const at = { shopper: wall('2026-12-01', '11:00', 0) };
  assert.equal(replyByText(at, translator('de')), 'Dienstag, 11:00 Uhr Ihrer Zeit');
  assert.equal(replyByText(at, translator('en')), 'Tuesday 11:00 your time');
});

test('a day without hours reads closed in the language', () => {
  assert.equal(slotsText([], translator('fr')), 'Fermé');
  assert.equal(slotsText([{ start: '09:00', end: '13:00' }], translator('fr')), '09:00–13:00');
});
