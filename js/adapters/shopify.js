// Shopify's Ajax cart (GET /cart.js) to the engine's cart. Prices there are integers in the
// currency's smallest unit and weights are grams, as the engine wants them.
//   line: {sku, variant_id, quantity, final_price | discounted_price | price, grams, title}
//   cart: cart_level_discount_applications[].total_allocated_amount is the order discount.

export const SHOPIFY_CART_URL = '/cart.js';

// Shopify raises no standard DOM event when the cart changes; many themes dispatch one of these.
export const SHOPIFY_CART_EVENTS = ['cart:updated', 'cart:refresh', 'cart:change', 'cart-drawer:open'];

const wholeNumber = (value) => (Number.isSafeInteger(value) && value >= 0 ? value : null);

export function shopifyCartToCart(data) {
  if (!data || !Array.isArray(data.items)) return null;
  const items = [];
  for (const line of data.items) {
    const qty = wholeNumber(line?.quantity);
    const sku = line?.sku || (line?.variant_id != null ? String(line.variant_id) : '');
    if (!sku || !qty) continue;
    const item = { sku, qty };
    const price = wholeNumber(line.final_price ?? line.discounted_price ?? line.price);
    if (price !== null) item.price = price;
    const grams = wholeNumber(line.grams);
    if (grams) item.weight = grams;
    if (typeof line.title === 'string' && line.title) item.name = line.title;
    items.push(item);
  }
  const cart = { items };
  const discounts = Array.isArray(data.cart_level_discount_applications) ? data.cart_level_discount_applications : [];
  const discount = discounts.reduce((sum, d) => sum + (wholeNumber(d?.total_allocated_amount) ?? 0), 0);
  if (discount > 0) cart.discount = discount;
  return cart;
}

export const shopify = {
  name: 'shopify',
  url: SHOPIFY_CART_URL,
  events: SHOPIFY_CART_EVENTS,
  toCart: shopifyCartToCart,
};
