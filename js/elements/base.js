// The shared life of every <od-*> element.
//
// - Light-DOM children are the fallback: visible before the script runs, while the engine
//   loads, and whenever anything fails. A widget that cannot be sure shows less.
// - The shadow root has a polite live region from the first render and reserves its block size,
//   so values arriving do not move the page.
// - Styling API: --od-* custom properties and ::part(base|fallback|content|...).
// - Events: od-ready (a value is shown) and od-error ({code, message}); both bubble and are
//   composed. Nothing here throws into the host page.
import { hub } from '../runtime/hub.js';
import { emit, failure } from '../runtime/events.js';
import { baseRequest } from '../runtime/request.js';
import { parseCart } from '../runtime/cart.js';
import { localeOf } from '../runtime/format.js';
import { adoptStyles, h } from './dom.js';

const BASE_CSS = `
:host {
  display: block;
  min-block-size: var(--od-min-block-size, 2.5em);
  color: var(--od-color, inherit);
  font: var(--od-font, inherit);
  contain: layout style;
}
:host([hidden]) { display: none; }
[hidden] { display: none !important; }
.base { display: block; }
.content { display: block; }
.muted { color: var(--od-muted-color, color-mix(in srgb, currentColor 65%, transparent)); }
.accent { color: var(--od-accent-color, inherit); font-weight: var(--od-accent-weight, 600); }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 var(--od-gap, 0.35em); }
.badge {
  display: inline-block;
  margin-inline-start: 0.4em;
  padding: 0 0.4em;
  border-radius: var(--od-badge-radius, 0.6em);
  background: var(--od-badge-background, color-mix(in srgb, currentColor 10%, transparent));
  font-size: 0.85em;
}
.sr-only {
  position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
`;

// Properties a page may set before the element is defined; they are re-applied on upgrade.
const UPGRADED_PROPERTIES = ['cart', 'destination'];

export class OdElement extends HTMLElement {
  static get observedAttributes() {
    return ['country', 'region', 'postcode', 'data-cart', 'locale', ...this.extraAttributes];
  }
  static extraAttributes = [];
  static styles = '';

  #cart = undefined;
  #destination = undefined;
  #pending = false;
  #lastText = null;
  #reportedFailure = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, [BASE_CSS, this.constructor.styles].filter(Boolean));
    this.fallbackPart = h('div', { part: 'fallback', class: 'fallback' }, h('slot'));
    this.contentPart = h('div', { part: 'content', class: 'content', 'aria-live': 'polite' });
    this.contentPart.hidden = true;
    root.append(h('div', { part: 'base', class: 'base' }, this.fallbackPart, this.contentPart));
  }

  connectedCallback() {
    for (const name of UPGRADED_PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this.hasAttribute('state')) this.setAttribute('state', 'loading');
    hub.register(this);
    this.scheduleRefresh();
  }

  disconnectedCallback() {
    hub.unregister(this);
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue) this.scheduleRefresh();
  }

  // Rich data as properties; `cart` overrides the page's cart for this element only.
  get cart() {
    return this.#cart;
  }
  set cart(value) {
    this.#cart = value ?? undefined;
    this.scheduleRefresh();
  }
  get destination() {
    return this.#destination;
  }
  set destination(value) {
    this.#destination = value ?? undefined;
    this.scheduleRefresh();
  }

  get locale() {
    return localeOf(this);
  }

  scheduleRefresh() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.refresh();
    });
  }

  // The cart this element shows: its own property, its data-cart attribute, or the page's cart.
  // Returns null when there is none yet, and throws a failure when data-cart is not a cart.
  effectiveCart() {
    if (this.#cart !== undefined) return this.#cart;
    if (this.hasAttribute('data-cart')) {
      const cart = parseCart(this.getAttribute('data-cart'));
      if (!cart) throw failure('bad-cart', 'The data-cart attribute is not a cart: expected {"items":[...]}.');
      return cart;
    }
    return hub.cart.peek();
  }

  refresh() {
    try {
      if (hub.status === 'loading') return this.showFallback('loading');
      if (hub.status === 'failed' || hub.status === 'slow') return this.fail(hub.failure);
      const request = this.buildRequest(baseRequest(this));
      if (request === null) return this.showFallback('waiting');
      const result = this.callEngine(hub.engine, request);
      if (!result || result.ok === false) {
        const first = result?.errors?.[0];
        return this.fail(failure('engine-error', first ? `${first.message}${first.path ? ` (${first.path})` : ''}` : 'The engine gave no answer.'));
      }
      this.show(this.render(result, { locale: this.locale, timeZone: request.shopperTimeZone }), result);
    } catch (error) {
      this.fail(error && error.code ? error : failure('render-failed', error?.message || error));
    }
  }

  show(node, result) {
    const text = node.textContent;
    const changed = text !== this.#lastText || this.getAttribute('state') !== 'ready';
    // Rebuilding only on a visible change keeps the live region from repeating itself.
    if (text !== this.#lastText) {
      this.contentPart.replaceChildren(node);
      this.#lastText = text;
    }
    this.contentPart.hidden = false;
    this.fallbackPart.hidden = true;
    this.#reportedFailure = null;
    this.setAttribute('state', 'ready');
    if (changed) emit(this, 'od-ready', { result });
  }

  showFallback(state) {
    this.contentPart.hidden = true;
    this.contentPart.replaceChildren();
    this.#lastText = null;
    this.fallbackPart.hidden = false;
    this.setAttribute('state', state);
  }

  // Shows the fallback and reports the failure once (not again until something else happens).
  fail(problem) {
    this.showFallback('fallback');
    const key = `${problem.code}|${problem.message}`;
    if (this.#reportedFailure === key) return;
    this.#reportedFailure = key;
    emit(this, 'od-error', { code: problem.code, message: problem.message });
  }

  // ---- for subclasses -------------------------------------------------------------------
  // Adds this widget's fields to the shared request; null means "nothing to ask yet".
  buildRequest(request) {
    return request;
  }
  // Calls one engine verb with the request and returns its result object.
  callEngine(_engine, _request) {
    throw failure('not-implemented', `${this.localName} has no engine call.`);
  }
  // Returns a Node showing the result; text only through textContent.
  render(_result, _context) {
    return document.createTextNode('');
  }
}
