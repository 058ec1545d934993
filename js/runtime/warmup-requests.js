// Requests like the page's first ones, made from the store's configuration alone, for the warm-up
// worker: one per kind the widgets send. Their answers do not matter, only that they take the
// same paths through the engine as the shopper's will (a catalogue item to the store's country).

function firstCatalogueItem(config) {
  const item = Array.isArray(config?.catalogue) ? config.catalogue.find((entry) => typeof entry?.sku === 'string') : null;
  if (!item) return null;
  return { sku: item.sku, qty: 1, price: Number.isInteger(item.price) ? item.price : 0 };
}

// [verb, request] pairs; none when the configuration is not even JSON.
export function warmupRequests(configText, { now, shopperTimeZone }) {
  let config;
  try {
    config = JSON.parse(configText);
  } catch {
    return [];
  }
  const base = { now, shopperTimeZone };
  const country = typeof config?.store?.country === 'string' ? config.store.country : null;
  if (country) base.destination = { country };
  const item = firstCatalogueItem(config);
  const withCart = item ? { ...base, cart: { items: [item] } } : base;
  const requests = [
    ['quote', withCart],
    ['promise', withCart],
    ['check', withCart],
  ];
  if (config?.contact) requests.push(['contact', base]);
  return requests;
}
