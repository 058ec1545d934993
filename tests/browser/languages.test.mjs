// The widgets' own words (headings, labels, buttons, form labels and errors) follow the language
// of the page, of the closest [lang] ancestor or of the element itself, with money and dates in
// that language too; a language that is not served shows English. Real engine, demo store,
// strict CSP. Each page is generated here with the lang attributes under test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CSP } from '../../scripts/serve.mjs';
import { openSession, settled } from './harness.mjs';

let session;

const CART = JSON.stringify({ items: [{ sku: 'MUG-SLATE', qty: 1 }] });

// <html lang=page>; the widgets inside <main lang=section> when given; <od-contact lang=contact>.
function languagePage({ page, section, contact }) {
  const attr = (name, value) => (value ? ` ${name}="${value}"` : '');
  return `<!doctype html>
<html${attr('lang', page)}>
<head>
  <meta charset="utf-8">
  <title>Languages</title>
  <script src="/dist/overdeliver.js" data-config="/store.json" defer></script>
</head>
<body>
  <main${attr('lang', section)}>
    <od-shipping-quote id="quote" country="FR" data-cart='${CART}'>Fallback quote</od-shipping-quote>
    <od-cart-check id="check" country="FR" data-cart='${CART}'>Fallback check</od-cart-check>
    <od-cart-check id="audit" mode="audit">Fallback audit</od-cart-check>
    <od-contact id="contact"${attr('lang', contact)}>Fallback contact</od-contact>
  </main>
</body>
</html>`;
}

before(async () => {
  session = await openSession();
  await session.context.route(/\/languages\/page\.html(\?|$)/, (route) => {
    const query = new URL(route.request().url()).searchParams;
    const options = Object.fromEntries(['page', 'section', 'contact'].map((name) => [name, query.get(name)]));
    return route.fulfill({
      status: 200,
      headers: { 'Content-Security-Policy': CSP },
      contentType: 'text/html',
      body: languagePage(options),
    });
  });
});
after(() => session?.close());

// The demo store without its own contact texts and returns summary, so the contact answer and the
// returns notice carry the engine's default phrases.
function storeWithDefaults() {
  const config = JSON.parse(readFileSync(new URL('../../demo/store.json', import.meta.url), 'utf8'));
  delete config.contact.human;
  delete config.contact.acknowledgement;
  for (const channel of config.contact.channels) delete channel.label;
  delete config.returns.summary;
  return JSON.stringify(config);
}

// Opens a generated page; `catalogues` collects the catalogue files it fetched. With `defaults`
// the page gets the store without its own contact texts.
async function open({ defaults, ...options }) {
  const page = await session.newPage();
  if (defaults) {
    const body = storeWithDefaults();
    await page.route(/\/store\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  const catalogues = [];
  page.on('request', (request) => {
    const match = /\/i18n\/([a-z-]+)\.json$/.exec(new URL(request.url()).pathname);
    if (match) catalogues.push(match[1]);
  });
  const query = new URLSearchParams(Object.entries(options).filter(([, value]) => value));
  await page.goto(`${session.url}languages/page.html?${query}`);
  for (const id of ['#quote', '#check', '#audit', '#contact']) assert.equal(await settled(page, id, ['ready']), 'ready', id);
  return Object.assign(page, { catalogues });
}

// The chrome of the three widgets, after an empty submit of the contact form (so its errors show).
async function chromeOf(page) {
  await page.locator('#contact').locator('button[part="submit"]').click();
  return page.evaluate(() => {
    const root = (id) => document.getElementById(id).shadowRoot;
    const text = (node) => node?.textContent ?? null;
    const all = (node, selector) => [...new Set([...node.querySelectorAll(selector)].map((n) => n.textContent.trim()))];
    const quote = root('quote');
    const contact = root('contact');
    return {
      quote: {
        options: quote.querySelector('[part="options"]')?.getAttribute('aria-label') ?? null,
        country: text(quote.querySelector('label[for="od-country"]')),
        postcode: text(quote.querySelector('label[for="od-postcode"]')),
        update: text(quote.querySelector('[part="picker-button"]')),
        picker: text(quote.querySelector('[part="picker-summary"]')),
        why: text(quote.querySelector('[part="why"] summary')),
      },
      check: { severities: all(root('check'), '.sr-only') },
      audit: { labels: all(root('audit'), '.label') },
      contact: {
        heading: text(contact.querySelector('[part="form-heading"]')),
        labels: [...contact.querySelectorAll('.field label')].map((label) => label.textContent),
        send: text(contact.querySelector('[part="submit"]')),
        errors: [...contact.querySelectorAll('[part="field-error"]')].map((error) => error.textContent),
        returns: text(contact.querySelector('[part="returns"] h3')),
        links: [text(contact.querySelector('[part="returns-link"]')), text(contact.querySelector('[part="cancel-link"]'))],
      },
      // Sentences with dates, prices and times, checked by pattern.
      promise: text(quote.querySelector('[part="option-promise"]')),
      price: text(quote.querySelector('[part="option-price"]')),
      status: text(contact.querySelector('[part~="status"]')),
      hours: text(contact.querySelector('[part="hours"] summary')),
    };
  });
}

// Waits until the widgets show `expected` (a catalogue fetched on demand re-renders them), then
// compares, so a failure shows the whole difference.
async function expectChrome(page, expected) {
  const deadline = Date.now() + 15000;
  let chrome = await chromeOf(page);
  while (Date.now() < deadline && JSON.stringify(pick(chrome, expected)) !== JSON.stringify(expected)) {
    await page.waitForTimeout(200);
    chrome = await chromeOf(page);
  }
  assert.deepEqual(pick(chrome, expected), expected);
  return chrome;
}

const pick = (chrome, expected) => Object.fromEntries(Object.keys(expected).map((key) => [key, chrome[key]]));

const ENGLISH = {
  quote: {
    options: 'Delivery options',
    country: 'Country',
    postcode: 'Postcode',
    update: 'Update delivery options',
    picker: 'Delivering to France (change)',
    why: 'Why this price',
  },
  audit: { labels: ['Evidence:', 'Fix:', 'Setting:'] },
  contact: {
    heading: 'Send us a message',
    labels: ['Your name', 'Your e-mail address', 'Your message'],
    send: 'Send message',
    errors: ['Please enter your name.', 'Please enter an e-mail address we can reply to.', 'Please write your message.'],
    returns: 'Returns and cancellations',
    links: ['Returns policy', 'Cancel an order'],
  },
};

test('with lang="de" on the page every widget speaks German, with German money and dates', async () => {
  const page = await open({ page: 'de' });
  const chrome = await expectChrome(page, {
    quote: {
      options: 'Versandoptionen',
      country: 'Land',
      postcode: 'Postleitzahl',
      update: 'Versandoptionen aktualisieren',
      picker: 'Lieferziel: Frankreich (ändern)',
      why: 'Wie entsteht dieser Preis?',
    },
    audit: { labels: ['Beleg:', 'Lösung:', 'Einstellung:'] },
    contact: {
      heading: 'Schreiben Sie uns',
      labels: ['Ihr Name', 'Ihre E-Mail-Adresse', 'Ihre Nachricht'],
      send: 'Nachricht senden',
      errors: [
        'Bitte geben Sie Ihren Namen ein.',
        'Bitte geben Sie eine E-Mail-Adresse ein, an die wir antworten können.',
        'Bitte schreiben Sie Ihre Nachricht.',
      ],
      returns: 'Rückgabe und Stornierung',
      links: ['Rückgaberichtlinie', 'Bestellung stornieren'],
    },
  });
  assert.match(chrome.promise, /^Ankunft bis (Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. [A-ZÄ][a-zä]+\.?/);
  assert.match(chrome.price, /^\d+,\d\d\s£$/);
  assert.match(chrome.status, /^(Jetzt geöffnet|Geschlossen) — Telefon/);
  assert.equal(chrome.hours, 'Zeiten für Telefon diese Woche, in Ihrer Zeitzone');
  for (const label of chrome.check.severities) assert.match(label, /^(Hinweis|Achtung|Handlungsbedarf):$/);
  assert.ok(chrome.check.severities.length > 0);
  assert.deepEqual(page.catalogues, ['de']);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

test('with lang="fr" on an ancestor every widget inside speaks French, fetched on demand', async () => {
  const page = await open({ page: 'en-GB', section: 'fr' });
  const chrome = await expectChrome(page, {
    quote: {
      options: 'Options de livraison',
      country: 'Pays',
      postcode: 'Code postal',
      update: 'Mettre à jour les options de livraison',
      picker: 'Livraison : France (modifier)',
      why: 'Pourquoi ce prix ?',
    },
    audit: { labels: ['Constat :', 'Correction :', 'Réglage :'] },
    contact: {
      heading: 'Envoyez-nous un message',
      labels: ['Votre nom', 'Votre adresse e-mail', 'Votre message'],
      send: 'Envoyer le message',
      errors: [
        'Veuillez saisir votre nom.',
        'Veuillez saisir une adresse e-mail à laquelle nous pouvons répondre.',
        'Veuillez écrire votre message.',
      ],
      returns: 'Retours et annulations',
      links: ['Politique de retour', 'Annuler une commande'],
    },
  });
  assert.match(chrome.promise, /^Livré d’ici le (lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2} [a-zéû]+\.?/);
  assert.match(chrome.price, /^\d+,\d\d\s£GB$/); // CLDR's French symbol for the pound
  assert.match(chrome.status, /^(Ouvert|Fermé) — /);
  for (const label of chrome.check.severities) assert.match(label, /^(Remarque|Attention|Action requise) :$/);
  assert.deepEqual(page.catalogues, ['fr']);
  await page.close();
});

test('a widget with its own lang speaks it while its neighbours keep the page language', async () => {
  const page = await open({ page: 'en-GB', contact: 'es' });
  await expectChrome(page, {
    quote: ENGLISH.quote,
    contact: {
      heading: 'Envíanos un mensaje',
      labels: ['Tu nombre', 'Tu correo electrónico', 'Tu mensaje'],
      send: 'Enviar mensaje',
      errors: ['Introduce tu nombre.', 'Introduce un correo electrónico al que podamos responder.', 'Escribe tu mensaje.'],
      returns: 'Devoluciones y cancelaciones',
      links: ['Política de devoluciones', 'Cancelar un pedido'],
    },
  });
  assert.deepEqual(page.catalogues, ['es']);
  await page.close();
});

test('a language that is not served falls back to English text and formatting, fetching nothing', async () => {
  const page = await open({ page: 'pt-BR' });
  const chrome = await expectChrome(page, ENGLISH);
  assert.match(chrome.promise, /^Arrives by (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}/);
  assert.match(chrome.price, /^£\d+\.\d\d$/);
  assert.match(chrome.status, /^(Open now|Closed) — Phone/);
  for (const label of chrome.check.severities) assert.match(label, /^(Note|Warning|Action needed):$/);
  assert.deepEqual(page.catalogues, []);
  await page.close();
});

test('a catalogue from another build is ignored: the widgets stay in English rather than show wrong sentences', async () => {
  const stale = await session.newPage();
  // Same ids, another build's fingerprint: the texts would be under the wrong numbers.
  await stale.route('**/dist/i18n/de.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ '@': 'another-build', 0: 'Falsch', 1: 'Falsch' }) }),
  );
  await stale.goto(`${session.url}languages/page.html?page=de`);
  for (const id of ['#quote', '#contact']) assert.equal(await settled(stale, id, ['ready']), 'ready', id);
  await stale.waitForTimeout(500); // time for a re-render, were the catalogue taken
  const chrome = await chromeOf(stale);
  assert.deepEqual(chrome.quote, ENGLISH.quote);
  assert.equal(chrome.contact.heading, ENGLISH.contact.heading);
  assert.ok(!JSON.stringify(chrome).includes('Falsch'));
  await stale.close();
});

// The sentences the engine used to write in English: cart-check notices and their buttons, the
// audit's findings, evidence and fixes, and the contact panel's default phrases.
async function sentencesOf(page) {
  return page.evaluate(() => {
    const root = (id) => document.getElementById(id).shadowRoot;
    const all = (id, selector) => [...root(id).querySelectorAll(selector)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
    const contact = root('contact');
    return {
      notices: all('check', '[part="message"]'),
      buttons: all('check', 'button[part="action"]'),
      audit: all('audit', '[part="message"]'),
      evidence: all('audit', '[part="evidence"]'),
      fixes: all('audit', '[part="fix"]'),
      human: contact.querySelector('[part="human"]')?.textContent ?? null,
      returns: contact.querySelector('[part="returns"] p')?.textContent ?? null,
      statuses: all('contact', '[part~="status"]'),
      mail: [...contact.querySelectorAll('a[part="action"]')].map((a) => a.getAttribute('href')).find((href) => href.startsWith('mailto:')) ?? null,
    };
  });
}

async function expectSentences(page, check) {
  const deadline = Date.now() + 15000;
  let sentences = await sentencesOf(page);
  for (;;) {
    try {
      check(sentences);
      return sentences;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(200);
      sentences = await sentencesOf(page);
    }
  }
}

// Words of the engine's English sentences that no translation keeps.
const ENGLISH_WORDS = /\b(Delivery|Deliveries|Returns accepted|You can|reach a person|charges|measures|Replace|Charge by|more than|Phone|Question for)\b/;

test('with lang="de" the cart-check notices and buttons, the audit findings and the contact phrases are German', async () => {
  const page = await open({ page: 'de', defaults: '1' });
  const s = await expectSentences(page, (s) => {
    assert.ok(s.notices.includes('Bei Lieferungen nach FR können bei Ankunft Einfuhrzölle oder Steuern anfallen.'), s.notices.join(' | '));
    assert.ok(s.notices.includes('Rückgabe bis 30 Tage nach Erhalt; die Rücksendekosten tragen Sie.'), s.notices.join(' | '));
  });
  assert.ok(s.notices.some((n) => /^Der Versand \(8,95\s£\) beträgt 49,72 % des Warenwerts\.$/.test(n)), s.notices.join(' | '));
  assert.deepEqual(s.buttons, ['Rückgaberichtlinie']);
  assert.ok(s.audit.length > 0);
  for (const message of s.audit) assert.match(message, / nach .* berechnet für \d+ Stück .* mehr als der Preis nach Paketen \(\d+ Pakete?\)\.$/);
  for (const evidence of s.evidence) assert.match(evidence, /^Beleg: \d+ Stück ergeben \d+ Pakete?: Der Tarif berechnet /);
  for (const fix of s.fixes) assert.match(fix, /^Lösung: (Ersetzen|Berechnen) Sie /);
  assert.equal(s.human, 'Einen Menschen erreichen Sie telefonisch, per E-Mail oder über das Kontaktformular.');
  assert.equal(s.returns, 'Sie können Artikel bis 30 Tage nach Erhalt zurückgeben; die Rücksendekosten tragen Sie. Sie können Ihre Bestellung stornieren, bis sie versandt ist.');
  assert.match(s.statuses[0], /^(Jetzt geöffnet|Geschlossen) — Telefon\b/);
  assert.match(s.statuses[1], /^(Jetzt geöffnet|Geschlossen) — E-Mail\b/);
  assert.match(s.mail, /\?subject=Frage%20an%20/);
  for (const text of [...s.notices, ...s.buttons, ...s.audit, ...s.evidence, ...s.fixes, s.human, s.returns, ...s.statuses]) {
    assert.doesNotMatch(text, ENGLISH_WORDS, text);
    assert.doesNotMatch(text, /\{\w+\}/, text);
  }
  assert.deepEqual(page.record.errors, []);
  await page.close();
});

test('with lang="fr" on an ancestor the same sentences are French', async () => {
  const page = await open({ page: 'en-GB', section: 'fr', defaults: '1' });
  const s = await expectSentences(page, (s) => {
    assert.ok(s.notices.includes('Les livraisons vers FR peuvent être soumises à des droits de douane ou des taxes à l’arrivée.'), s.notices.join(' | '));
  });
  assert.ok(s.notices.includes('Retours acceptés sous 30 jours ; les frais de retour sont à votre charge.'), s.notices.join(' | '));
  assert.ok(s.notices.some((n) => /^La livraison \(8,95\s£GB\) représente 49,72 % du montant de vos articles\.$/.test(n)), s.notices.join(' | '));
  assert.deepEqual(s.buttons, ['Politique de retour']);
  for (const message of s.audit) assert.match(message, / vers .* facture .* de plus pour \d+ unités? de .* que le prix au colis \(\d+ colis\)\.$/);
  assert.equal(s.human, 'Vous pouvez joindre une personne par téléphone, par e-mail ou via le formulaire de contact.');
  assert.equal(
    s.returns,
    'Vous pouvez retourner vos articles sous 30 jours ; les frais de retour sont à votre charge. Vous pouvez annuler votre commande jusqu’à son expédition.',
  );
  assert.match(s.statuses[0], /^(Ouvert|Fermé) — Téléphone\b/);
  assert.match(s.mail, /\?subject=Question%20pour%20/);
  for (const text of [...s.notices, ...s.buttons, ...s.audit, ...s.evidence, ...s.fixes, s.human, s.returns]) {
    assert.doesNotMatch(text, ENGLISH_WORDS, text);
  }
  await page.close();
});

test('in English the widgets show the engine’s own sentences', async () => {
  const page = await open({ page: 'en-GB', defaults: '1' });
  const s = await expectSentences(page, (s) => {
    assert.ok(s.notices.includes('Deliveries to FR may be charged import duties or taxes on arrival.'), s.notices.join(' | '));
  });
  assert.ok(s.notices.includes('Returns accepted within 30 days; return postage is yours to pay.'));
  assert.deepEqual(s.buttons, ['Returns policy']);
  assert.equal(s.human, 'You can reach a person by phone, by e-mail or through the contact form.');
  assert.match(s.mail, /\?subject=Question%20for%20/);
  await page.close();
});
