// Product mode: a widget with a `sku` attribute (and optional `qty`, `price` in minor units)
// asks about that one item instead of the cart.

export function productCart(element) {
  const sku = element.getAttribute('sku');
  if (!sku) return null;
  const qty = Number.parseInt(element.getAttribute('qty') ?? '1', 10);
  const item = { sku, qty: Number.isSafeInteger(qty) && qty > 0 ? qty : 1 };
  const price = Number.parseInt(element.getAttribute('price') ?? '', 10);
  if (Number.isSafeInteger(price) && price >= 0) item.price = price;
  return { items: [item] };
}

export const PRODUCT_ATTRIBUTES = ['sku', 'qty', 'price'];
