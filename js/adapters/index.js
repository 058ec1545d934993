// Platform carts, opt-in from the loader tag:
//   <script src=".../overdeliver.js" data-cart-source="shopify|woocommerce" [data-cart-url="/shop/cart.js"]>
// The platform's cart is read when the page opens and again when it may have changed: the
// platform's cart events, the tab regaining focus or becoming visible, and an `od-cart-refresh`
// event any page script can dispatch. Nothing of the platform's own code is patched.
import { shopify } from './shopify.js';
import { woocommerce } from './woocommerce.js';

export const CART_SOURCES = Object.freeze({ shopify, woocommerce });
export const REFRESH_EVENT = 'od-cart-refresh';

// Identical carts are not handed on twice, so widgets do not re-render for nothing.
export function createCartSync({ source, url, setCart, onError, fetchImpl = fetch }) {
  let last = null;
  let inFlight = null;
  let again = false;
  let reported = false;

  async function readOnce() {
    const response = await fetchImpl(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const cart = source.toCart(await response.json());
    if (!cart) throw new Error('the answer is not a cart');
    const text = JSON.stringify(cart);
    if (text !== last) {
      last = text;
      setCart(cart);
    }
    reported = false;
  }

  // One request at a time; a refresh asked for meanwhile runs once more afterwards.
  function refresh() {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = readOnce()
      .catch((error) => {
        if (!reported) onError?.({ code: 'cart-source-failed', message: `The ${source.name} cart could not be read: ${error?.message || error}` });
        reported = true;
      })
      .finally(() => {
        inFlight = null;
        if (again) {
          again = false;
          refresh();
        }
      });
    return inFlight;
  }
  return { refresh };
}

export function startCartSource(loaderScript, { setCart, onError }, win = window) {
  const name = loaderScript?.getAttribute?.('data-cart-source');
  if (!name) return null;
  const source = CART_SOURCES[name.trim().toLowerCase()];
  if (!source) {
    onError?.({ code: 'cart-source-unknown', message: `Unknown data-cart-source "${name}": use ${Object.keys(CART_SOURCES).join(' or ')}.` });
    return null;
  }
  const doc = win.document;
  const url = new URL(loaderScript.getAttribute('data-cart-url') || source.url, doc.baseURI).href;
  const sync = createCartSync({ source, url, setCart, onError, fetchImpl: win.fetch.bind(win) });
  const refresh = () => sync.refresh();

  // Capturing on document hears these events wherever they are dispatched, bubbling or not.
  for (const event of [REFRESH_EVENT, ...source.events]) doc.addEventListener(event, refresh, true);
  win.addEventListener('focus', refresh);
  win.addEventListener('pageshow', (event) => event.persisted && refresh());
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && refresh());
  if (source.jqueryEvents) {
    const hookJquery = () => win.jQuery?.(doc.body).on(source.jqueryEvents.join(' '), refresh);
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', hookJquery, { once: true });
    else hookJquery();
  }
  refresh();
  return sync;
}
