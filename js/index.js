// The one script a store adds:
//   <script src="/dist/overdeliver.js" data-config="/store.json" defer></script>
// It defines the <od-*> elements at once (their light-DOM fallback shows until values arrive),
// loads the configuration, the engine glue and the .wasm in parallel, builds ONE engine for the
// page and exposes window.Overdeliver. Nothing here throws into the host page: every failure ends
// as fallback text in the widgets and an `od-error` event.
import { hub } from './runtime/hub.js';
import { createApi } from './runtime/api.js';
import { findLoaderScript, assetUrl } from './runtime/locate.js';
import { loadConfigText } from './runtime/config.js';
import { loadModule } from './runtime/module.js';
import { failure } from './runtime/events.js';
import { nextTask } from './runtime/tasks.js';
import { DESTINATION_KEY } from './runtime/destination.js';
import { configureCatalogues, loadCatalogue } from './i18n/catalogues.js';
import { languageTagOf } from './i18n/language.js';
import { OdShippingQuote } from './elements/shipping-quote.js';
import { OdDeliveryPromise } from './elements/delivery-promise.js';
import { OdCartCheck } from './elements/cart-check.js';
import { OdContact } from './elements/contact.js';

/* global __OD_VERSION__ */
const VERSION = typeof __OD_VERSION__ === 'string' ? __OD_VERSION__ : 'dev';

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

async function startEngine(loaderScript) {
  const [configText, module] = await Promise.all([
    loadConfigText(loaderScript),
    loadModule({
      glueUrl: assetUrl(loaderScript, 'overdeliver-engine.js'),
      wasmUrl: assetUrl(loaderScript, 'overdeliver.wasm'),
    }),
  ]);
  // Building the engine runs its code for the first time, the slowest it ever runs: a task of
  // its own, apart from the module's instantiation and from the widgets' first answers.
  await nextTask();
  try {
    hub.engine.attach(module, configText);
  } catch (error) {
    throw failure('engine-failed', `The engine could not be created: ${error?.message || error}`);
  }
  await nextTask();
  const validation = hub.engine.validate();
  if (!validation.ok) {
    const first = validation.errors?.[0];
    throw failure('config-invalid', `The store configuration is invalid${first ? `: ${first.message} (${first.path || '/'})` : '.'}`);
  }
}

function asError(problem) {
  return Object.assign(new Error(problem.message), { code: problem.code });
}

function boot() {
  if (window.Overdeliver) return; // the script was included twice: the first copy serves the page
  const loaderScript = findLoaderScript(); // synchronously: currentScript is gone after an await

  let api;
  const ready = startEngine(loaderScript).then(
    () => {
      hub.markReady();
      hub.emitter.emit('ready', api);
      return api;
    },
    (problem) => {
      const reason = problem && problem.code ? problem : failure('engine-failed', problem?.message || problem);
      hub.markFailed(reason);
      console.warn(`[overdeliver] ${reason.code}: ${reason.message}`);
      hub.emitter.emit('error', reason);
      throw asError(reason);
    },
  );
  ready.catch(() => {}); // a page that ignores `ready` sees no unhandled rejection

  // Widget text in the page's language: its catalogue is fetched alongside the engine.
  configureCatalogues({ urlFor: (lang) => assetUrl(loaderScript, `i18n/${lang}.json`), onLoad: () => hub.refreshAll() });
  loadCatalogue(languageTagOf(document.documentElement).split('-')[0].toLowerCase());

  api = createApi({ ready, version: VERSION });
  window.Overdeliver = api;
  // data-cart-source="shopify|woocommerce": the platform cart reader, a separate small script
  // (dist/overdeliver-carts.js) that keeps the cart in sync through this API.
  if (loaderScript?.hasAttribute('data-cart-source')) {
    const reader = document.createElement('script');
    reader.src = assetUrl(loaderScript, 'overdeliver-carts.js');
    document.head.append(reader);
  }

  document.addEventListener('od-cart', (event) => api.setCart(event.detail));
  window.addEventListener('storage', (event) => {
    if (event.key === DESTINATION_KEY) hub.refreshAll();
  });
  defineElements();
}

try {
  boot();
} catch (error) {
  console.warn('[overdeliver] could not start:', error);
}
