// The loader's modules that the widgets script (dist/overdeliver-widgets.js) uses from the loader
// instead of bundling copies: a page has one hub (engine, cart, connected widgets) and one
// catalogue registry, and no helper ships twice. scripts/bundle.mjs resolves the widgets' imports
// of these files to this table and fails the build when any other module lands in both scripts.
import * as hub from './hub.js';
import * as events from './events.js';
import * as cart from './cart.js';
import * as destination from './destination.js';
import * as request from './request.js';
import * as catalogues from '../i18n/catalogues.js';
import * as language from '../i18n/language.js';

export const SHARED_KEY = Symbol.for('overdeliver.shared');

// Keys are paths under js/.
export const SHARED_MODULES = {
  'runtime/hub.js': hub,
  'runtime/events.js': events,
  'runtime/cart.js': cart,
  'runtime/destination.js': destination,
  'runtime/request.js': request,
  'i18n/catalogues.js': catalogues,
  'i18n/language.js': language,
};

// Called by the loader before it adds the widgets script to the page.
export function shareWithWidgets() {
  if (!globalThis[SHARED_KEY]) {
    Object.defineProperty(globalThis, SHARED_KEY, { value: Object.freeze({ ...SHARED_MODULES }) });
  }
}
