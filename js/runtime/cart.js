// The page's cart, shared by every widget. Set through Overdeliver.setCart(cart) or an
// `od-cart` event on document (detail = cart). Shape: {items:[{sku, qty, price, weight?, dims?}]};
// the engine validates the details, this only refuses what is not a cart at all.

export function isCart(value) {
  return Boolean(value) && typeof value === 'object' && Array.isArray(value.items);
}

// A private copy, so later changes by the host page cannot alter what the widgets show.
function copy(cart) {
  return JSON.parse(JSON.stringify(cart));
}

export function parseCart(text) {
  try {
    const cart = JSON.parse(text);
    return isCart(cart) ? cart : null;
  } catch {
    return null;
  }
}

export function createCartStore(onChange) {
  let current = null;
  return {
    get() {
      return current ? copy(current) : null;
    },
    peek() {
      return current;
    },
    set(cart) {
      if (cart !== null && !isCart(cart)) return false;
      try {
        current = cart === null ? null : copy(cart);
      } catch {
        return false;
      }
      onChange(current);
      return true;
    },
  };
}
