// Types for the Overdeliver loader (dist/overdeliver.js): window.Overdeliver, the <od-*>
// elements, their attributes, properties and events.

export interface Destination {
  /** ISO 3166-1 alpha-2 country code, e.g. "GB". */
  country: string;
  /** Region or state code where the store's zones use it, e.g. "SCT", "CA". */
  region?: string;
  postcode?: string;
}

export interface Dimensions {
  /** Millimetres. */
  length: number;
  width: number;
  height: number;
}

export interface CartItem {
  sku: string;
  qty: number;
  /** Unit price in integer minor units of the store currency (pence, cents). */
  price?: number;
  /** Grams; the catalogue's weight is used when omitted. */
  weight?: number;
  dims?: Dimensions;
  [extra: string]: unknown;
}

export interface Cart {
  items: CartItem[];
  /** Discount on the subtotal in minor units, when the platform reports one. */
  discount?: number;
  currency?: string;
  [extra: string]: unknown;
}

export interface EngineError {
  /** JSON Pointer of the offending value ("" for the whole input). */
  path: string;
  message: string;
}

export type EngineResult<T = Record<string, unknown>> = ({ ok: true } & T) | { ok: false; errors: EngineError[] };

export interface ShopperRequest {
  /** ISO 8601 UTC instant, whole seconds. */
  now?: string;
  shopperTimeZone?: string;
  /** Language tag choosing store-written texts, e.g. "de" or "fr-CA". */
  language?: string;
  destination?: Destination;
  cart?: Cart;
  service?: string;
  neededBy?: string;
  [extra: string]: unknown;
}

export interface PromiseDates {
  /** The cutoff instant this promise depends on (ISO 8601, UTC). */
  orderBy?: string;
  /** The IANA zone of the origin whose cutoff `orderBy` is. */
  originTimeZone?: string;
  dispatch?: string;
  /** The likely date (YYYY-MM-DD). */
  earliest?: string;
  /** The promised date at the configured confidence (YYYY-MM-DD). */
  latest: string;
  reasons?: unknown[];
}

export interface QuoteOption {
  service: string;
  name?: string;
  /** Integer minor units. */
  price: number;
  currency: string;
  promise?: PromiseDates;
  [extra: string]: unknown;
}

export interface Finding {
  id: string;
  severity: 'info' | 'warning' | 'blocker';
  /** The engine's English sentence; the widget shows its own, composed from id and data. */
  message: string;
  data?: Record<string, unknown>;
  /** The store's names, in the request's language, of what `data` refers to, by id. */
  names?: { items?: Record<string, string>; services?: Record<string, string>; zones?: Record<string, string> };
  /** The message is the store's own text (a returns summary), not the engine's. */
  storeWritten?: boolean;
  action?: Record<string, unknown>;
  /** Audit only. */
  path?: string;
  evidence?: string;
  fix?: string;
}

export interface ContactChannel {
  id: string;
  type?: 'phone' | 'email' | 'chat' | 'form' | 'messaging' | string;
  name?: string;
  label?: string;
  /** The label is the engine's default for the type, not the store's. */
  labelDefault?: boolean;
  open: boolean;
  nextChange?: string;
  replyBy?: string;
  [extra: string]: unknown;
}

export interface OverdeliverEngine {
  validate(): EngineResult<{ errors?: EngineError[] }>;
  quote(request: ShopperRequest): EngineResult<{ options: QuoteOption[]; freeShipping?: { remaining: number; threshold?: number } }>;
  promise(request: ShopperRequest): EngineResult<{ promise: PromiseDates }>;
  check(request: ShopperRequest): EngineResult<{ findings: Finding[] }>;
  contact(request: ShopperRequest): EngineResult<{ channels: ContactChannel[] }>;
  audit(): EngineResult<{ findings: Finding[] }>;
  pack(request: Record<string, unknown>): EngineResult;
  localtime(zone: string, instant: string): EngineResult;
  holidays(code: string, year: number): EngineResult;
  version(): string | null;
}

export interface OverdeliverFailure {
  /** Stable code: config-missing, config-unavailable, config-invalid, engine-failed, engine-slow, widgets-unavailable, engine-error, bad-cart, render-failed, ... */
  code: string;
  message: string;
}

export interface OverdeliverEventMap {
  ready: Overdeliver;
  error: OverdeliverFailure;
  cart: Cart | null;
  destination: Destination | null;
  /** A new configuration was applied with configure(). */
  config: { ok: true };
}

export interface Overdeliver {
  /** Resolves when the engine runs; rejects with an Error carrying `code` when it cannot. */
  readonly ready: Promise<Overdeliver>;
  readonly engine: OverdeliverEngine;
  /** The loader's version. */
  readonly version: string;
  /** The page's cart for every widget; false when the value is not a cart. */
  setCart(cart: Cart | null): boolean;
  /** A copy of the page's cart, or null. */
  getCart(): Cart | null;
  /** The shopper's destination, remembered in localStorage; returns what was stored. */
  setDestination(destination: Destination | null): Destination | null;
  getDestination(): Destination | null;
  /**
   * A new store configuration (object or JSON text) for every widget on the page, applied only
   * when it is valid. Returns its validation, errors at their JSON Pointers.
   */
  configure(config: object | string): EngineResult<{ errors?: EngineError[] }>;
  on<K extends keyof OverdeliverEventMap>(name: K, listener: (value: OverdeliverEventMap[K]) => void): void;
  off<K extends keyof OverdeliverEventMap>(name: K, listener: (value: OverdeliverEventMap[K]) => void): void;
}

/** Where a widget is in its life; reflected as the `state` attribute. */
export type OdState = 'loading' | 'waiting' | 'ready' | 'fallback';

export interface OdReadyDetail {
  result: Record<string, unknown>;
}

export interface OdActionDetail {
  id: string;
  data?: Record<string, unknown>;
  [extra: string]: unknown;
}

export interface OdElementEventMap extends HTMLElementEventMap {
  'od-ready': CustomEvent<OdReadyDetail>;
  'od-error': CustomEvent<OverdeliverFailure>;
}

/** What every <od-*> element shares. */
export interface OdElement extends HTMLElement {
  /** This element's own cart, overriding the page's cart. */
  cart: Cart | undefined;
  /** This element's own destination, overriding the shopper's stored one. */
  destination: Destination | undefined;
  /** The locale declared for the element: its locale attribute, the closest [lang], else the
   * browser's language. Widgets format in it when it is in their text's language. */
  readonly locale: string | undefined;
  /** Ask the engine again and re-render (batched to a microtask). */
  scheduleRefresh(): void;
  addEventListener<K extends keyof OdElementEventMap>(type: K, listener: (this: this, ev: OdElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof OdElementEventMap>(type: K, listener: (this: this, ev: OdElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** <od-shipping-quote country region postcode data-cart locale sku qty price picker> */
export interface OdShippingQuoteElement extends OdElement {}

/** <od-delivery-promise country region postcode data-cart locale sku qty price service> */
export interface OdDeliveryPromiseElement extends OdElement {}

/** <od-cart-check country region postcode data-cart locale mode needed-by service> */
export interface OdCartCheckElement extends OdElement {
  addEventListener<K extends keyof OdCartCheckEventMap>(type: K, listener: (this: this, ev: OdCartCheckEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

export interface OdCartCheckEventMap extends OdElementEventMap {
  'od-action': CustomEvent<OdActionDetail>;
}

/** <od-contact country region postcode data-cart locale> */
export interface OdContactElement extends OdElement {}

declare global {
  interface Window {
    Overdeliver?: Overdeliver;
  }
  interface HTMLElementTagNameMap {
    'od-shipping-quote': OdShippingQuoteElement;
    'od-delivery-promise': OdDeliveryPromiseElement;
    'od-cart-check': OdCartCheckElement;
    'od-contact': OdContactElement;
  }
  interface DocumentEventMap {
    /** Dispatch on document with the cart as detail to set the page's cart. */
    'od-cart': CustomEvent<Cart>;
    'od-ready': CustomEvent<OdReadyDetail>;
    'od-error': CustomEvent<OverdeliverFailure>;
  }
}
