#include "core/checks/cart_check.hpp"

#include <algorithm>
#include <map>

#include "core/promise/delivery_promise.hpp"
#include "core/shipping/quote.hpp"
#include "core/shipping/reason_ids.hpp"

namespace od {
namespace {

using F = FindingField;

bool lists(const std::vector<ExcludedLine>& excluded, size_t line) {
  return std::any_of(excluded.begin(), excluded.end(),
                     [&](const ExcludedLine& e) { return e.line == line; });
}

// An item no option carries to the destination, with each service's reason; or the whole cart
// when the destination is not served at all or every service refuses the shipment.
void cannot_ship(const StoreConfig& config, const CartCheckInput& in, const ShippingQuote& quote,
                 std::vector<Finding>& out) {
  const Destination& d = in.shopper.destination;
  if (!quote.zone || !quote.zone_served) {
    Finding f = Finding::of("cannot-ship", Severity::Blocker);
    f.data = {F::txt("scope", "cart"), F::txt("reason", "destination-not-served"),
              F::txt("country", d.country)};
    if (quote.zone) f.data.push_back(F::txt("zone", quote.zone->id));
    if (quote.postcode_would_decide) f.data.push_back(F::flag("postcodeMayHelp", true));
    out.push_back(std::move(f));
    return;
  }
  for (size_t i = 0; i < in.cart.lines.size(); ++i) {
    bool carried = false;
    std::vector<FindingFields> reasons;
    for (const QuoteOption& o : quote.options) {
      if (!lists(o.excluded, i)) {
        carried = true;
        break;
      }
      for (const ExcludedLine& e : o.excluded) {
        if (e.line == i)
          reasons.push_back(
              {F::txt("service", o.service->id), F::txt("reason", exclusion_id(e.reason))});
      }
    }
    if (carried) continue;
    bool any_reason = !reasons.empty();
    for (const UnavailableOption& u : quote.unavailable) {
      for (const ExcludedLine& e : u.excluded) {
        if (e.line == i) {
          reasons.push_back(
              {F::txt("service", u.service->id), F::txt("reason", exclusion_id(e.reason))});
          any_reason = true;
        }
      }
    }
    // A line no service set aside is held back only by the shipment as a whole (below).
    if (!any_reason) continue;
    const CartLine& line = in.cart.lines[i];
    Finding f = Finding::of("cannot-ship", Severity::Blocker);
    f.data = {F::txt("scope", "item"),        F::txt("sku", line.sku),
              F::num("qty", line.qty),        F::txt("country", d.country),
              F::txt("zone", quote.zone->id), F::txt("reason", reasons.front().back().text)};
    f.rows_name = "services";
    f.rows = std::move(reasons);
    f.action = "remove-item";
    f.action_data = {F::txt("sku", line.sku)};
    out.push_back(std::move(f));
  }
  if (quote.options.empty()) {
    for (const UnavailableOption& u : quote.unavailable) {
      if (u.reason != Unavailability::OverLastTier) continue;
      Finding f = Finding::of("cannot-ship", Severity::Blocker);
      f.data = {F::txt("scope", "cart"),          F::txt("reason", over_limit_id(u.rule.kind)),
                F::txt("country", d.country),     F::txt("zone", quote.zone->id),
                F::txt("service", u.service->id), F::num("measure", u.rule.basis),
                F::num("limit", u.rule.limit)};
      out.push_back(std::move(f));
      break;
    }
  }
  (void)config;
}

// Units above what is in stock (when nothing is due back) or above the per-order limit, summed
// over the lines of one SKU.
void over_stock(const CartCheckInput& in, std::vector<Finding>& out) {
  std::vector<std::pair<const CatalogueItem*, int64_t>> wanted;
  for (const CartLine& line : in.cart.lines) {
    if (!line.item) continue;
    auto it = std::find_if(wanted.begin(), wanted.end(),
                           [&](const auto& w) { return w.first == line.item; });
    if (it == wanted.end()) {
      wanted.emplace_back(line.item, line.qty);
    } else {
      it->second += line.qty;
    }
  }
  for (const auto& [item, qty] : wanted) {
    const bool restocks = item->restock_date.has_value() || item->made_to_order_days > 0;
    std::optional<int64_t> allowed;
    std::string reason;
    if (item->stock && !restocks && qty > *item->stock) {
      allowed = *item->stock;
      reason = "stock";
    }
    if (item->max_per_order && qty > *item->max_per_order &&
        (!allowed || *item->max_per_order < *allowed)) {
      allowed = *item->max_per_order;
      reason = "limit";
    }
    if (!allowed) continue;
    Finding f = Finding::of("over-stock", Severity::Blocker);
    f.data = {F::txt("sku", item->sku), F::num("qty", qty), F::num("available", *allowed),
              F::txt("reason", reason)};
    if (item->stock) f.data.push_back(F::num("stock", *item->stock));
    if (item->max_per_order) f.data.push_back(F::num("maxPerOrder", *item->max_per_order));
    if (*allowed > 0) {
      f.action = "set-quantity";
      f.action_data = {F::txt("sku", item->sku), F::num("qty", *allowed)};
    } else {
      f.action = "remove-item";
      f.action_data = {F::txt("sku", item->sku)};
    }
    out.push_back(std::move(f));
  }
}

// Shipping above the store's share of the subtotal, for the picked option (else the cheapest
// delivery), naming a cheaper option when there is one.
void shipping_share(const StoreConfig& config, const CartCheckInput& in, const ShippingQuote& quote,
                    std::vector<Finding>& out) {
  if (quote.options.empty()) return;
  // Without a pick, the cheapest delivery: collection is a choice, not what a shopper expects.
  const QuoteOption* picked = nullptr;
  const QuoteOption* cheapest = &quote.options.front();
  const QuoteOption* cheapest_delivery = nullptr;
  for (const QuoteOption& o : quote.options) {
    if (o.price.shown < cheapest->price.shown) cheapest = &o;
    if (!o.service->collect &&
        (!cheapest_delivery || o.price.shown < cheapest_delivery->price.shown)) {
      cheapest_delivery = &o;
    }
    if (o.service->id == in.service) picked = &o;
  }
  if (!picked) picked = cheapest_delivery ? cheapest_delivery : cheapest;
  const int64_t price = picked->price.shown;
  const int64_t subtotal = quote.subtotal;
  const int64_t limit_bp = config.checks.shipping_share_warn_bp;
  if (price <= 0) return;
  // price / subtotal > limit_bp / 10000, in integers (a zero subtotal is always over).
  if (subtotal > 0 &&
      static_cast<__int128>(price) * kBasisPoints <= static_cast<__int128>(subtotal) * limit_bp) {
    return;
  }
  Finding f = Finding::of("shipping-share-high", Severity::Warning);
  f.data = {F::txt("service", picked->service->id), F::num("shipping", price),
            F::num("subtotal", subtotal), F::num("limitBasisPoints", limit_bp)};
  if (subtotal > 0) {
    f.data.push_back(F::num("shareBasisPoints", static_cast<int64_t>(static_cast<__int128>(price) *
                                                                     kBasisPoints / subtotal)));
  }
  if (cheapest != picked && cheapest->price.shown < price) {
    f.data.push_back(F::txt("cheaperService", cheapest->service->id));
    f.data.push_back(F::num("cheaperShipping", cheapest->price.shown));
    f.data.push_back(F::num("saving", price - cheapest->price.shown));
    f.action = "switch-service";
    f.action_data = {F::txt("service", cheapest->service->id)};
  }
  out.push_back(std::move(f));
}

// The option the shopper picked, else the cheapest delivery (collection is a choice, not what a
// shopper expects), else the cheapest of all.
const QuoteOption* picked_option(const ShippingQuote& quote, const std::string& service) {
  const QuoteOption* cheapest = nullptr;
  const QuoteOption* cheapest_delivery = nullptr;
  for (const QuoteOption& o : quote.options) {
    if (o.service->id == service) return &o;
    if (!cheapest || o.price.shown < cheapest->price.shown) cheapest = &o;
    if (!o.service->collect &&
        (!cheapest_delivery || o.price.shown < cheapest_delivery->price.shown)) {
      cheapest_delivery = &o;
    }
  }
  return cheapest_delivery ? cheapest_delivery : cheapest;
}

DeliveryPromise promise_for(const StoreConfig& config, const Service& service,
                            const CartCheckInput& in, const std::vector<CartLine>& lines) {
  return promise_delivery(config, service, in.shopper.destination, lines, in.shopper.now);
}

// The promise of the picked option lands after the day the shopper needs the order: say so, and
// name the cheapest option whose promise makes it, if one does.
void needed_by_missed(const StoreConfig& config, const CartCheckInput& in,
                      const ShippingQuote& quote, std::vector<Finding>& out) {
  if (!in.needed_by) return;
  const QuoteOption* picked = picked_option(quote, in.service);
  if (!picked) return;
  const DeliveryPromise promise = promise_for(config, *picked->service, in, in.cart.lines);
  if (!promise.promised() || promise.latest <= *in.needed_by) return;
  Finding f = Finding::of("needed-by-missed", Severity::Warning);
  f.data = {F::txt("service", picked->service->id), F::txt("neededBy", format_day(*in.needed_by)),
            F::txt("promisedBy", format_day(promise.latest))};
  const QuoteOption* faster = nullptr;
  DayNumber faster_by = 0;
  for (const QuoteOption& o : quote.options) {
    if (&o == picked || o.service->collect) continue;  // a delivery date, not a collection
    const DeliveryPromise p = promise_for(config, *o.service, in, in.cart.lines);
    if (!p.promised() || p.latest > *in.needed_by) continue;
    if (!faster || o.price.shown < faster->price.shown) {
      faster = &o;
      faster_by = p.latest;
    }
  }
  if (faster) {
    f.data.push_back(F::txt("fasterService", faster->service->id));
    f.data.push_back(F::txt("fasterBy", format_day(faster_by)));
    f.data.push_back(F::num("fasterShipping", faster->price.shown));
    f.action = "switch-service";
    f.action_data = {F::txt("service", faster->service->id)};
  }
  out.push_back(std::move(f));
}

// One backordered or made-to-order line holds the whole order back: by how many days, and a split
// shipment when the store sends one.
void backorder_delay(const StoreConfig& config, const CartCheckInput& in,
                     const ShippingQuote& quote, std::vector<Finding>& out) {
  if (in.cart.lines.size() < 2) return;
  const QuoteOption* picked = picked_option(quote, in.service);
  if (!picked) return;
  const DeliveryPromise all = promise_for(config, *picked->service, in, in.cart.lines);
  if (!all.promised()) return;
  std::string slow_sku;
  for (const PromiseReason& r : all.reasons) {
    if (r.kind == ReasonKind::Backorder || r.kind == ReasonKind::MadeToOrder) slow_sku = r.sku;
  }
  if (slow_sku.empty()) return;
  std::vector<CartLine> rest;
  for (const CartLine& line : in.cart.lines) {
    if (line.sku != slow_sku) rest.push_back(line);
  }
  if (rest.empty()) return;
  const DeliveryPromise without = promise_for(config, *picked->service, in, rest);
  if (!without.promised() || without.latest >= all.latest) return;
  Finding f = Finding::of("backorder-delay", Severity::Warning);
  f.data = {F::txt("sku", slow_sku), F::num("delayDays", all.latest - without.latest),
            F::txt("promisedBy", format_day(all.latest)),
            F::txt("withoutItBy", format_day(without.latest)),
            F::flag("splitShipments", config.promise.split_shipments)};
  if (config.promise.split_shipments) {
    f.action = "split-shipment";
    f.action_data = {F::txt("sku", slow_sku)};
  }
  out.push_back(std::move(f));
}

void free_shipping_gap(const StoreConfig& config, const ShippingQuote& quote,
                       std::vector<Finding>& out) {
  if (!quote.free_shipping || quote.units == 0) return;
  const FreeShippingGap& gap = *quote.free_shipping;
  if (gap.remaining <= 0) return;
  const int64_t reach = config.checks.free_shipping_reach;
  if (reach > 0 && gap.remaining > reach) return;
  Finding f = Finding::of("free-shipping-gap", Severity::Info);
  f.data = {F::num("threshold", gap.threshold), F::num("remaining", gap.remaining),
            F::num("subtotal", quote.subtotal), F::txt("service", gap.service->id)};
  f.action = "add-to-cart";
  f.action_data = {F::num("amount", gap.remaining)};
  out.push_back(std::move(f));
}

void duties(const CartCheckInput& in, const ShippingQuote& quote, std::vector<Finding>& out) {
  if (!quote.zone || !quote.zone->duties_on_arrival || quote.options.empty()) return;
  Finding f = Finding::of("duties-on-arrival", Severity::Info);
  f.data = {F::txt("country", in.shopper.destination.country), F::txt("zone", quote.zone->id)};
  out.push_back(std::move(f));
}

void returns_summary(const StoreConfig& config, std::vector<Finding>& out) {
  const ReturnsPolicy& r = config.returns;
  if (!r.present) return;
  static const char* const kCost[] = {"unstated", "free", "shopper", "fixed"};
  Finding f = Finding::of("returns-summary", Severity::Info);
  f.data = {F::num("days", r.days), F::txt("cost", kCost[static_cast<int>(r.cost)])};
  if (r.cost == ReturnCost::Fixed) f.data.push_back(F::num("costAmount", r.cost_amount));
  if (!r.url.empty()) {
    f.data.push_back(F::txt("url", r.url));
    f.action = "open-returns-policy";
    f.action_data = {F::txt("url", r.url)};
  }
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Finding> check_cart(const StoreConfig& config, const CartCheckInput& input) {
  std::vector<Finding> out;
  ShippingQuote quote;
  const bool quoted = input.shopper.has_destination && !input.cart.empty();
  if (quoted) {
    quote = quote_shipping(config, input.cart, input.shopper.destination);
    if (quote.packing_refused) {
      // Beyond what the packer takes at once: say so rather than guess at prices.
      Finding f = Finding::of("cannot-ship", Severity::Blocker);
      f.data = {F::txt("scope", "cart"), F::txt("reason", "too-many-to-pack"),
                F::txt("country", input.shopper.destination.country)};
      out.push_back(std::move(f));
      returns_summary(config, out);
      return out;
    }
    cannot_ship(config, input, quote, out);
  }
  over_stock(input, out);
  if (quoted) {
    needed_by_missed(config, input, quote, out);
    backorder_delay(config, input, quote, out);
    shipping_share(config, input, quote, out);
    free_shipping_gap(config, quote, out);
    duties(input, quote, out);
  }
  returns_summary(config, out);
  return out;
}

}  // namespace od
