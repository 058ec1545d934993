// window.Overdeliver: the page-level API.
//   ready            Promise<Overdeliver>, rejects with an Error {code} when the engine cannot run
//   engine           {validate, quote, promise, check, contact, audit, pack, localtime, holidays,
//                     version}: objects in, result objects out, never throws
//   setCart(cart)    the page's cart for every widget; returns false when it is not a cart
//   getCart()        a copy of the page's cart, or null
//   setDestination / getDestination   the shopper's destination, remembered in localStorage
//   on(name, fn) / off(name, fn)      'ready', 'error', 'cart', 'destination', 'config'
//   configure(config) a new store configuration (object or JSON text) for every widget, applied
//                     only when valid; returns its validation {ok, errors:[{path, message}]}
//   version          the loader's version
import { hub } from './hub.js';
import { storeDestination, storedDestination } from './destination.js';

export function createApi({ ready, version }) {
  const engine = hub.engine;
  const publicEngine = Object.freeze({
    validate: engine.validate,
    quote: engine.quote,
    promise: engine.promise,
    check: engine.check,
    contact: engine.contact,
    audit: engine.audit,
    pack: engine.pack,
    localtime: engine.localtime,
    holidays: engine.holidays,
    version: engine.version,
  });
  return Object.freeze({
    ready,
    engine: publicEngine,
    version,
    setCart(cart) {
      const accepted = hub.cart.set(cart ?? null);
      if (!accepted) hub.emitter.emit('error', { code: 'bad-cart', message: 'setCart expects {"items":[...]}.' });
      return accepted;
    },
    getCart() {
      return hub.cart.get();
    },
    setDestination(destination) {
      const stored = storeDestination(destination);
      hub.refreshAll();
      hub.emitter.emit('destination', stored);
      return stored;
    },
    getDestination() {
      return storedDestination();
    },
    configure(config) {
      const text = typeof config === 'string' ? config : JSON.stringify(config ?? null);
      const result = engine.reconfigure(text);
      if (result.ok) {
        hub.refreshAll();
        hub.emitter.emit('config', result);
      }
      return result;
    },
    on(name, fn) {
      hub.emitter.on(name, fn);
    },
    off(name, fn) {
      hub.emitter.off(name, fn);
    },
  });
}
