// <od-delivery-promise>: "Order within 2 h 14 min — arrives by Thu 27 Nov (often Tue 25 Nov)".
// The promised date is the one a target share of orders meets; the earlier date is the likely
// pleasant surprise. Works for one product (sku) or the cart.
import { OdElement } from './base.js';
import { h } from './dom.js';
import { productCart, PRODUCT_ATTRIBUTES } from './product.js';
import { formatDate, formatDuration, formatInstant } from '../runtime/format.js';

const TICK_MS = 30_000;

export class OdDeliveryPromise extends OdElement {
  static extraAttributes = [...PRODUCT_ATTRIBUTES, 'service'];
  static styles = `
:host { --od-min-block-size: 1.5em; }
`;

  #timer = 0;
  #orderBy = NaN;

  connectedCallback() {
    super.connectedCallback();
    // The countdown moves on its own, outside the live region's announcements; when the cutoff
    // passes, the engine is asked again for the next one.
    this.#timer = setInterval(() => this.tick(), TICK_MS);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  tick() {
    const countdown = this.shadowRoot.querySelector('[part="countdown"]');
    if (Number.isNaN(this.#orderBy) || !countdown) return;
    const left = this.#orderBy - Date.now();
    if (left <= 0) this.scheduleRefresh();
    else countdown.textContent = formatDuration(left, this.locale);
  }

  buildRequest(request) {
    const cart = productCart(this) || this.effectiveCart();
    if (!cart) return null;
    const service = this.getAttribute('service');
    return service ? { ...request, cart, service } : { ...request, cart };
  }

  callEngine(engine, request) {
    return engine.promise(request);
  }

  render(result, { locale, timeZone }) {
    const promise = result.promise || {};
    const latest = formatDate(promise.latest, locale);
    if (!latest) throw Object.assign(new Error('The promise has no delivery date.'), { code: 'engine-error' });
    const often = promise.earliest && promise.earliest < promise.latest ? formatDate(promise.earliest, locale) : '';
    this.#orderBy = Date.parse(promise.orderBy);
    const left = this.#orderBy - Date.now();
    const parts = [];
    if (left > 0) {
      const countdown = h('span', { part: 'countdown', 'aria-hidden': 'true', text: formatDuration(left, locale) });
      parts.push(
        h('span', { part: 'cutoff' }, 'Order within ', countdown,
          h('span', { class: 'sr-only', text: ` by ${formatInstant(promise.orderBy, locale, timeZone)}` })),
        ' — ',
      );
    }
    parts.push(h('span', { part: 'latest', class: 'accent' }, left > 0 ? 'arrives by ' : 'Arrives by ', latest));
    if (often) parts.push(' ', h('span', { part: 'earliest', class: 'muted', text: `(often ${often})` }));
    return h('p', { part: 'promise' }, parts);
  }
}
