// dist/overdeliver-carts.js: the platform cart reader as its own small script. The loader adds it
// only when its tag has data-cart-source, so stores without a platform cart never download it.
// It talks to the widgets through the public API alone (Overdeliver.setCart).
import { startCartSource } from './index.js';

startCartSource(document.querySelector('script[data-cart-source]'), {
  setCart: (cart) => window.Overdeliver?.setCart(cart),
  onError: (problem) => {
    console.warn(`[overdeliver] ${problem.code}: ${problem.message}`);
    document.dispatchEvent(new CustomEvent('od-error', { detail: problem }));
  },
});
