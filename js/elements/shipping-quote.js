// <od-shipping-quote>: the delivery options for the cart (or one product: sku, qty) and the
// shopper's destination: name, price, delivery promise or transit days, cheapest and fastest
// marks, the gap to free delivery, and "why this price" from the engine's own explanation.
// A destination picker (country, postcode) sits above the options; the choice is remembered for
// every widget and page. Everything is text: nothing is ever parsed as HTML. Every word comes
// from the translator in the widget's language (see js/i18n/index.js).
//
// Attributes: sku, qty, price (product mode); country, region, postcode (a fixed destination);
// picker="none" hides the picker (for pages with their own).
import { OdElement } from './base.js';
import { h } from './dom.js';
import { productCart, PRODUCT_ATTRIBUTES } from './product.js';
import { DestinationPicker, countryName } from './quote-picker.js';
import { excludedWords, transitWords, unavailableWords, whyLines } from './quote-explain.js';
import { translator } from '../i18n/index.js';
import { guessedDestination, storeDestination } from '../runtime/destination.js';
import { hub } from '../runtime/hub.js';

export class OdShippingQuote extends OdElement {
  static extraAttributes = [...PRODUCT_ATTRIBUTES, 'picker'];
  static styles = `
:host { --od-min-block-size: 4.5em; }
.picker { margin: 0 0 var(--od-gap, 0.35em); }
.picker-summary { cursor: pointer; }
.picker-form { display: flex; flex-wrap: wrap; gap: 0.35em 0.5em; align-items: center; padding: 0.35em 0; }
.option { display: flex; flex-wrap: wrap; gap: 0 0.5em; align-items: baseline; }
.name { flex: 1 1 auto; }
.price { font-variant-numeric: tabular-nums; }
.promise, .why, .note { flex-basis: 100%; }
.why summary { cursor: pointer; }
.why ul { padding-inline-start: 1em; list-style: disc; }
.why li { margin: 0; }
`;

  #picker;
  #guessed = false;
  #destination = null;
  #openWhy = new Set(); // services whose "why this price" the shopper opened

  constructor() {
    super();
    this.#picker = new DestinationPicker((destination) => this.#choose(destination));
    this.contentPart.before(this.#picker.node);
  }

  // The shopper's choice: remembered for every widget and page, and it beats the page's default.
  #choose(destination) {
    const stored = storeDestination(destination);
    for (const name of ['country', 'region', 'postcode']) this.removeAttribute(name);
    if (this.destination !== undefined) this.destination = undefined;
    hub.refreshAll();
    hub.emitter.emit('destination', stored);
  }

  buildRequest(request) {
    const cart = productCart(this) || this.effectiveCart();
    if (!cart) {
      this.#picker.hide();
      return null;
    }
    this.#guessed = false;
    if (!request.destination) {
      const guess = guessedDestination(this.locale);
      if (guess) {
        request.destination = guess;
        this.#guessed = true;
      }
    }
    return { ...request, cart };
  }

  callEngine(engine, request) {
    let result = engine.quote(request);
    // A guess the store does not serve falls back to the store's own country.
    const home = result?.storeCountry;
    if (this.#guessed && result?.ok && result.shipsHere === false && home && home !== request.destination.country) {
      request = { ...request, destination: { country: home } };
      result = engine.quote(request);
    }
    this.#destination = request.destination || null;
    return result;
  }

  render(result) {
    const tr = translator(this);
    const options = Array.isArray(result.options) ? result.options : [];
    const currency = result.currency || options[0]?.currency;
    this.#updatePicker(result, tr);
    const country = this.#destination?.country;
    const state = (name, text) => h('p', { part: 'state', 'data-state': name, text });

    if (result.destinationNeeded) {
      return h('div', {}, state('destination-needed', tr.t('quote.destinationNeeded')));
    }
    if (result.units === 0) {
      return h('div', {}, state('empty', tr.t('quote.emptyCart')), this.renderFreeShipping(result.freeShipping, currency, tr, true));
    }
    if (result.zone === null || result.shipsHere === false) {
      return h('div', {}, state('not-served', country ? tr.t('quote.notServed', { place: countryName(country, tr.locale) }) : tr.t('quote.notServedHere')));
    }
    if (!options.length) {
      const unavailable = Array.isArray(result.unavailable) ? result.unavailable : [];
      return h(
        'div',
        {},
        state('no-options', tr.t('quote.noOptions')),
        unavailable.length && h('ul', { part: 'unavailable' }, unavailable.map((u) => h('li', { text: unavailableWords(u, tr) }))),
      );
    }

    // Marks only mean something when there is a choice.
    const several = options.length > 1;
    const cheapest = Math.min(...options.map((o) => o.price));
    // Fastest among options that deliver: collecting is not a delivery speed.
    const fastest = options.filter((o) => o.kind !== 'collect').map((o) => o.promise?.latest).filter(Boolean).sort()[0];
    const list = h(
      'ul',
      { part: 'options', 'aria-label': tr.t('quote.options') },
      options.map((option) =>
        this.renderOption(
          option,
          tr,
          several && (typeof option.cheapest === 'boolean' ? option.cheapest : option.price === cheapest),
          several && option.kind !== 'collect' && (typeof option.fastest === 'boolean' && !fastest ? option.fastest : Boolean(fastest) && option.promise?.latest === fastest),
        ),
      ),
    );
    const needsPostcode = result.postcodeNeeded === true || options.some((o) => o.surchargeMayApply);
    return h(
      'div',
      {},
      list,
      needsPostcode && h('p', { part: 'postcode-hint', class: 'muted', text: tr.t('quote.postcodeHint') }),
      this.renderFreeShipping(result.freeShipping, currency, tr, false),
    );
  }

  #updatePicker(result, tr) {
    if (this.getAttribute('picker') === 'none' || !Array.isArray(result.shipsTo)) {
      this.#picker.hide();
      return;
    }
    this.#picker.update({
      countries: result.shipsTo,
      destination: this.#destination,
      tr,
      open: result.destinationNeeded === true,
    });
  }

  renderOption(option, tr, isCheapest, isFastest) {
    const price = option.price === 0 ? tr.t('quote.free') : tr.money(option.price, option.currency);
    const promise = option.promise || {};
    const arrives = tr.date(promise.latest);
    const often = promise.earliest && promise.earliest < promise.latest ? tr.date(promise.earliest) : '';
    const transit = arrives ? '' : transitWords(option, tr);
    const excluded = Array.isArray(option.excludedItems) ? option.excludedItems : [];
    return h(
      'li',
      { part: 'option', class: 'option', 'data-service': option.service },
      h('span', { part: 'option-name', class: 'name', text: option.name || option.service }),
      isCheapest && h('span', { part: 'badge cheapest', class: 'badge', text: tr.t('quote.cheapest') }),
      isFastest && h('span', { part: 'badge fastest', class: 'badge', text: tr.t('quote.fastest') }),
      h('span', { part: 'option-price', class: 'price accent', text: price }),
      arrives &&
        h(
          'span',
          { part: 'option-promise', class: 'promise muted' },
          tr.t(option.kind === 'collect' ? 'quote.readyBy' : 'quote.arrivesBy', { date: arrives }),
          often && ` ${tr.t('quote.often', { date: often })}`,
        ),
      transit && h('span', { part: 'option-promise', class: 'promise muted', text: transit }),
      excluded.length > 0 && h('span', { part: 'option-excluded', class: 'note muted', text: tr.t('quote.notIncluded', { items: excludedWords(excluded, tr) }) }),
      this.renderWhy(option, tr),
    );
  }

  // A disclosure per option; its open state survives live updates.
  renderWhy(option, tr) {
    const lines = whyLines(option, tr);
    if (!lines.length) return null;
    const details = h(
      'details',
      { part: 'why', class: 'why', open: this.#openWhy.has(option.service) },
      h('summary', { text: tr.t('quote.why') }),
      h('ul', {}, lines.map((line) => h('li', { text: line }))),
    );
    details.addEventListener('toggle', () => {
      if (details.open) this.#openWhy.add(option.service);
      else this.#openWhy.delete(option.service);
    });
    return details;
  }

  renderFreeShipping(free, currency, tr, emptyCart) {
    if (!free || !Number.isSafeInteger(free.remaining)) return null;
    const text =
      emptyCart && Number.isSafeInteger(free.threshold)
        ? tr.t('quote.freeOver', { amount: tr.money(free.threshold, currency) })
        : free.remaining <= 0
          ? tr.t('quote.freeReached')
          : tr.t('quote.freeRemaining', { amount: tr.money(free.remaining, currency) });
    return h('p', { part: 'free-shipping', text });
  }
}
