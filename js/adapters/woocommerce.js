// The WooCommerce Store API cart (GET /wp-json/wc/store/v1/cart) to the engine's cart. Prices
// there are strings of integers in minor units (prices.currency_minor_unit says how many digits).
//   line: {sku, id, quantity, name, prices: {price, sale_price, regular_price}}
//   cart: totals.total_discount is the order discount.

export const WOOCOMMERCE_CART_URL = '/wp-json/wc/store/v1/cart';

// Events the cart and checkout blocks dispatch on document.body; the classic (jQuery) cart's
// events are heard through jQuery when the page has it.
export const WOOCOMMERCE_CART_EVENTS = ['wc-blocks_added_to_cart', 'wc-blocks_removed_from_cart'];
export const WOOCOMMERCE_JQUERY_EVENTS = ['added_to_cart', 'removed_from_cart', 'updated_cart_totals', 'wc_fragments_refreshed'];

function minorUnits(value) {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

export function wooCartToCart(data) {
  if (!data || !Array.isArray(data.items)) return null;
  const items = [];
  for (const line of data.items) {
    const qty = Number.isSafeInteger(line?.quantity) && line.quantity > 0 ? line.quantity : 0;
    const sku = line?.sku || (line?.id != null ? String(line.id) : '');
    if (!sku || !qty) continue;
    const item = { sku, qty };
    const price = minorUnits(line.prices?.price ?? line.prices?.sale_price);
    if (price !== null) item.price = price;
    if (typeof line.name === 'string' && line.name) item.name = line.name;
    items.push(item);
  }
  const cart = { items };
  const discount = minorUnits(data.totals?.total_discount);
  if (discount) cart.discount = discount;
  return cart;
}

export const woocommerce = {
  name: 'woocommerce',
  url: WOOCOMMERCE_CART_URL,
  events: WOOCOMMERCE_CART_EVENTS,
  jqueryEvents: WOOCOMMERCE_JQUERY_EVENTS,
  toCart: wooCartToCart,
};
