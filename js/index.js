// The one script a store adds:
//   <script src="/dist/overdeliver.js" data-config="/store.json" defer></script>
// A small loader: it starts fetching the configuration, the engine glue and .wasm, and the widgets
// script (dist/overdeliver-widgets.js, which defines the <od-*> elements) in parallel, builds ONE
// engine for the page and exposes window.Overdeliver. Until the widgets script runs, the elements'
// light-DOM fallback is what the shopper sees. Nothing here throws into the host page: every
// failure ends as fallback text in the widgets and an `od-error` event.
import { hub } from './runtime/hub.js';
import { createApi } from './runtime/api.js';
import { findLoaderScript, assetUrl } from './runtime/locate.js';
import { loadConfigText } from './runtime/config.js';
import { compileWasm, loadModule } from './runtime/module.js';
import { startWarmup } from './runtime/warmup.js';
import { emit, failure } from './runtime/events.js';
import { nextTask } from './runtime/tasks.js';
import { DESTINATION_KEY } from './runtime/destination.js';
import { configureCatalogues, loadCatalogue } from './i18n/catalogues.js';
import { languageTagOf } from './i18n/language.js';
import { shareWithWidgets } from './runtime/shared.js';

/* global __OD_VERSION__ */
const VERSION = typeof __OD_VERSION__ === 'string' ? __OD_VERSION__ : 'dev';

// A same-origin classic script next to the loader: allowed by the page's script-src 'self'.
function addScript(loaderScript, name, onError) {
  const script = document.createElement('script');
  script.src = assetUrl(loaderScript, name);
  if (onError) script.onerror = onError;
  document.head.append(script);
}

async function startEngine(loaderScript, warmup) {
  const glueUrl = assetUrl(loaderScript, 'overdeliver-engine.js');
  const compiled = compileWasm(assetUrl(loaderScript, 'overdeliver.wasm'));
  const [configText, module] = await Promise.all([loadConfigText(loaderScript), loadModule({ glueUrl, compiled })]);
  // The engine's code is compiled where it first runs: the warm-up worker runs it first.
  const warmed = await warmup.run({ module: await compiled, glueUrl, configText });
  // For the store's developer tools (Performance panel): how the warm-up went.
  performance.mark?.('overdeliver:warm-up', { detail: warmed });
  // Building the engine is the slowest call it ever answers: a task of its own, apart from the
  // module's instantiation and from the widgets' first answers.
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

// A shopper on a slow connection should not stare at "loading" for ever: after data-timeout
// milliseconds (default 10 s) the widgets settle on their fallback and say why with od-error;
// the values still appear if the engine arrives later.
const DEFAULT_TIMEOUT_MS = 10_000;

function watchForSlowEngine(loaderScript, ready) {
  const given = Number(loaderScript?.getAttribute('data-timeout'));
  const timeoutMs = Number.isFinite(given) && given > 0 ? given : DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => {
    const seconds = Math.round(timeoutMs / 100) / 10;
    hub.markSlow(failure('engine-slow', `The engine has not loaded within ${seconds} s; the store's own text shows until it does.`));
  }, timeoutMs);
  ready.then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  );
}

// Without their script the <od-*> elements stay undefined and show their light-DOM fallback;
// each still says why, as the defined elements do, and the page API reports it once.
function widgetsUnavailable() {
  const reason = failure('widgets-unavailable', "The widgets script could not be loaded; the store's own text shows instead.");
  console.warn(`[overdeliver] ${reason.code}: ${reason.message}`);
  for (const element of document.querySelectorAll('*')) {
    if (element.localName.startsWith('od-')) emit(element, 'od-error', { code: reason.code, message: reason.message });
  }
  hub.emitter.emit('error', reason);
}

function asError(problem) {
  return Object.assign(new Error(problem.message), { code: problem.code });
}

function boot() {
  if (window.Overdeliver) return; // the script was included twice: the first copy serves the page
  const loaderScript = findLoaderScript(); // synchronously: currentScript is gone after an await

  // The element definitions download while the engine and configuration do.
  shareWithWidgets();
  addScript(loaderScript, 'overdeliver-widgets.js', widgetsUnavailable);

  // Its script loads while the engine downloads; it runs the engine once the module is compiled.
  const warmup = startWarmup(assetUrl(loaderScript, 'overdeliver-warmup.js'));
  let api;
  const ready = startEngine(loaderScript, warmup).then(
    () => {
      hub.markReady();
      hub.emitter.emit('ready', api);
      return api;
    },
    (problem) => {
      const reason = problem && problem.code ? problem : failure('engine-failed', problem?.message || problem);
      warmup.cancel();
      hub.markFailed(reason);
      console.warn(`[overdeliver] ${reason.code}: ${reason.message}`);
      hub.emitter.emit('error', reason);
      throw asError(reason);
    },
  );
  ready.catch(() => {}); // a page that ignores `ready` sees no unhandled rejection
  watchForSlowEngine(loaderScript, ready);

  // Widget text in the page's language: its catalogue is fetched alongside the engine.
  configureCatalogues({ urlFor: (lang) => assetUrl(loaderScript, `i18n/${lang}.json`), onLoad: () => hub.refreshAll() });
  loadCatalogue(languageTagOf(document.documentElement).split('-')[0].toLowerCase());

  api = createApi({ ready, version: VERSION });
  window.Overdeliver = api;
  // data-cart-source="shopify|woocommerce": the platform cart reader, a separate small script
  // (dist/overdeliver-carts.js) that keeps the cart in sync through this API.
  if (loaderScript?.hasAttribute('data-cart-source')) addScript(loaderScript, 'overdeliver-carts.js');

  document.addEventListener('od-cart', (event) => api.setCart(event.detail));
  window.addEventListener('storage', (event) => {
    if (event.key === DESTINATION_KEY) hub.refreshAll();
  });
}

try {
  boot();
} catch (error) {
  console.warn('[overdeliver] could not start:', error);
}
