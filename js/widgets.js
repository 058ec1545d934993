// The widgets script (dist/overdeliver-widgets.js), added to the page by the loader and fetched
// alongside the configuration and the engine. It defines the <od-*> elements; until it runs, their
// light-DOM fallback is what the shopper sees. The hub and the other shared runtime modules are
// the loader's own (see js/runtime/shared.js).
import { OdShippingQuote } from './elements/shipping-quote.js';
import { OdDeliveryPromise } from './elements/delivery-promise.js';
import { OdCartCheck } from './elements/cart-check.js';
import { OdContact } from './elements/contact.js';

const ELEMENTS = {
  'od-shipping-quote': OdShippingQuote,
  'od-delivery-promise': OdDeliveryPromise,
  'od-cart-check': OdCartCheck,
  'od-contact': OdContact,
};

function defineElements() {
  if (!window.customElements) return;
  for (const [name, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}

try {
  defineElements();
} catch (error) {
  console.warn('[overdeliver] could not define the widgets:', error);
}
