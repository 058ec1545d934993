// <od-shipping-quote>: the delivery options for the cart (or one product) and destination, with
// price, delivery promise, cheapest/fastest marks and the gap to free delivery.
import { OdElement } from './base.js';
import { h } from './dom.js';
import { productCart, PRODUCT_ATTRIBUTES } from './product.js';
import { formatDate, formatMoney } from '../runtime/format.js';

export class OdShippingQuote extends OdElement {
  static extraAttributes = PRODUCT_ATTRIBUTES;
  static styles = `
:host { --od-min-block-size: 4.5em; }
.option { display: flex; flex-wrap: wrap; gap: 0 0.5em; align-items: baseline; }
.name { flex: 1 1 auto; }
.price { font-variant-numeric: tabular-nums; }
.promise { flex-basis: 100%; }
`;

  buildRequest(request) {
    const cart = productCart(this) || this.effectiveCart();
    return cart ? { ...request, cart } : null;
  }

  callEngine(engine, request) {
    return engine.quote(request);
  }

  render(result, { locale }) {
    const options = Array.isArray(result.options) ? result.options : [];
    if (!options.length) return h('p', { part: 'empty', text: 'No delivery options for this destination.' });
    // Marks only mean something when there is a choice.
    const several = options.length > 1;
    const cheapest = several ? Math.min(...options.map((o) => o.price)) : NaN;
    const fastest = several ? options.map((o) => o.promise?.latest).filter(Boolean).sort()[0] : undefined;
    const list = h(
      'ul',
      { part: 'options' },
      options.map((option) => this.renderOption(option, locale, option.price === cheapest, fastest && option.promise?.latest === fastest)),
    );
    return h('div', {}, list, this.renderFreeShipping(result.freeShipping, options[0].currency, locale));
  }

  renderOption(option, locale, isCheapest, isFastest) {
    const price = option.price === 0 ? 'Free' : formatMoney(option.price, option.currency, locale);
    const promise = option.promise || {};
    const arrives = formatDate(promise.latest, locale);
    const often = promise.earliest && promise.earliest < promise.latest ? formatDate(promise.earliest, locale) : '';
    return h(
      'li',
      { part: 'option', class: 'option', 'data-service': option.service },
      h('span', { part: 'option-name', class: 'name', text: option.name || option.service }),
      isCheapest && h('span', { part: 'badge cheapest', class: 'badge', text: 'Cheapest' }),
      isFastest && h('span', { part: 'badge fastest', class: 'badge', text: 'Fastest' }),
      h('span', { part: 'option-price', class: 'price accent', text: price }),
      arrives &&
        h('span', { part: 'option-promise', class: 'promise muted' }, `Arrives by ${arrives}`, often && ` (often ${often})`),
    );
  }

  renderFreeShipping(free, currency, locale) {
    if (!free || !Number.isSafeInteger(free.remaining)) return null;
    if (free.remaining <= 0) return h('p', { part: 'free-shipping', text: 'Your order qualifies for free delivery.' });
    return h('p', { part: 'free-shipping', text: `Add ${formatMoney(free.remaining, currency, locale)} more for free delivery.` });
  }
}
