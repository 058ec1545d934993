// The `promise` request: the delivery promise of one service (the request's `service`, else the
// first the store lists that can promise one to the destination) for a cart or a single item.
// Without a destination, the store's own country is assumed and named in the answer.
#include "api/requests/shopper_request.hpp"
#include "api/verbs/promise_json.hpp"
#include "api/verbs/verbs.hpp"
#include "core/promise/delivery_promise.hpp"

namespace od::api {

json promise_verb(const StoreConfig& config, const json& request) {
  Errors errors;
  ShopperContext shopper;
  Cart cart;
  const Service* chosen = nullptr;
  {
    ObjectReader r(request, "", errors);
    if (r.ok()) {
      shopper = read_shopper_context(r, config, Need::Optional);
      cart = read_cart(r, config, Need::Required);
      if (auto id = r.text("service", Need::Optional, "a service id")) {
        chosen = config.find_service(*id);
        if (!chosen) {
          errors.push_back({"/service", "\"" + *id + "\" is not a service of this store."});
        }
      }
    }
  }
  if (!errors.empty()) return error_result(errors);
  // Before the shopper says where to, the store's own country: what a product page shows.
  const bool assumed = !shopper.has_destination;
  if (assumed) shopper.destination.country = config.store.country;

  DeliveryPromise promise;
  if (chosen) {
    promise = promise_delivery(config, *chosen, shopper.destination, cart.lines, shopper.now);
  } else {
    for (const Service& service : config.services) {
      DeliveryPromise p =
          promise_delivery(config, service, shopper.destination, cart.lines, shopper.now);
      if (p.promised() || !chosen) {
        chosen = &service;
        promise = std::move(p);
      }
      if (promise.promised()) break;
    }
  }
  json out = {{"ok", true}};
  if (chosen) {
    out["service"] = {{"id", chosen->id}, {"name", chosen->name.in(shopper.language)}};
  }
  if (assumed) out["destinationAssumed"] = shopper.destination.country;
  out["promise"] = promise_json(promise, cart, config);
  if (!promise.promised()) out["unavailable"] = promise_outcome_id(promise.outcome);
  return out;
}

}  // namespace od::api
