// The `quote` verb: every delivery option for a cart and destination, as JSON (CLI.md).
// Explanations are machine-readable (a kind and its numbers) so the page can phrase them in the
// shopper's language; money is in minor units of the store's currency.
#include <algorithm>
#include <string>

#include "api/requests/shopper_request.hpp"
#include "api/verbs/promise_json.hpp"
#include "api/verbs/verbs.hpp"
#include "core/promise/delivery_promise.hpp"
#include "core/shipping/billable_weight.hpp"
#include "core/shipping/quote.hpp"
#include "core/shipping/reason_ids.hpp"

namespace od::api {
namespace {

const char* charge_kind_name(ChargeKind kind) {
  switch (kind) {
    case ChargeKind::Flat:
      return "flat";
    case ChargeKind::WeightTier:
      return "weight-tier";
    case ChargeKind::SubtotalTier:
      return "subtotal-tier";
    case ChargeKind::ItemTier:
      return "item-tier";
    case ChargeKind::ParcelTier:
      return "parcel-tier";
    case ChargeKind::PerItem:
      return "per-item";
    case ChargeKind::Percent:
      return "percent";
    case ChargeKind::Handling:
      return "handling";
    case ChargeKind::Surcharge:
      return "surcharge";
    case ChargeKind::ClassFee:
      return "class-fee";
  }
  return "charge";
}

// An exact amount (ten-thousandths of a minor unit) as a decimal string of minor units: "1657.5".
std::string exact_text(ExactMoney amount) {
  std::string text = std::to_string(amount.e4 / kExactPerMinor);
  int64_t rest = amount.e4 % kExactPerMinor;
  if (rest == 0) return text;
  std::string digits = std::to_string(rest);
  digits.insert(0, 4 - digits.size(), '0');
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  return text + "." + digits;
}

// Basis points as a JSON number of percent: 825 -> 8.25.
json percent_of(int64_t basis_points) {
  if (basis_points % 100 == 0) return basis_points / 100;
  return static_cast<double>(basis_points) / 100.0;
}

std::string item_name(const CartLine& line, const std::string& language) {
  if (line.item && !line.item->name.empty()) return line.item->name.in(language);
  return line.sku;
}

json excluded_items(const std::vector<ExcludedLine>& excluded, const Cart& cart,
                    const std::string& language) {
  json out = json::array();
  for (const ExcludedLine& e : excluded) {
    const CartLine& line = cart.lines[e.line];
    json item = {{"sku", line.sku},
                 {"name", item_name(line, language)},
                 {"qty", line.qty},
                 {"reason", exclusion_id(e.reason)}};
    if (e.reason == ItemExclusion::ClassNotCarried) item["class"] = line.shipping_class;
    out.push_back(std::move(item));
  }
  return out;
}

json parcels_of(const QuoteOption& option, const Cart& cart) {
  json out = json::array();
  for (const QuoteParcel& p : option.parcels) {
    json items = json::array();
    for (const auto& [line, qty] : p.contents) {
      items.push_back({{"sku", cart.lines[line].sku}, {"qty", qty}});
    }
    json parcel;
    parcel["packaging"] = p.kind == ParcelKind::Box            ? "box"
                          : p.kind == ParcelKind::OwnPackaging ? "own"
                                                               : "unboxed";
    if (p.kind == ParcelKind::Box) parcel["box"] = p.box;
    if (p.kind != ParcelKind::Unboxed) parcel["dims"] = p.outer;
    parcel["weight"] = p.weight;
    parcel["dimensionalWeight"] = p.dimensional;
    parcel["billableWeight"] = p.billable;
    parcel["items"] = std::move(items);
    out.push_back(std::move(parcel));
  }
  return out;
}

json explain_charge(const Charge& c, const RateRule* rule, const Service& service,
                    const std::string& language) {
  json out = {{"kind", charge_kind_name(c.kind)}};
  switch (c.kind) {
    case ChargeKind::WeightTier:
      out["billableWeight"] = c.basis;
      out["upTo"] = c.bound;
      break;
    case ChargeKind::SubtotalTier:
      out["subtotal"] = c.basis;
      out["upTo"] = c.bound;
      break;
    case ChargeKind::ItemTier:
      out["units"] = c.basis;
      out["upTo"] = c.bound;
      break;
    case ChargeKind::ParcelTier:
      out["parcel"] = c.parcel;
      out["billableWeight"] = c.basis;
      out["upTo"] = c.bound;
      break;
    case ChargeKind::PerItem:
      out["units"] = c.count;
      if (rule) {
        out["first"] = rule->first;
        out["additional"] = rule->additional;
      }
      if (c.limit == ChargeLimit::Cap) out["cap"] = c.bound;
      break;
    case ChargeKind::Percent:
      out["percent"] = percent_of(c.count);
      out["subtotal"] = c.basis;
      if (c.limit == ChargeLimit::Minimum) out["min"] = c.bound;
      if (c.limit == ChargeLimit::Maximum) out["max"] = c.bound;
      break;
    case ChargeKind::Surcharge:
      if (c.surcharge) out["name"] = c.surcharge->name.in(language);
      if (c.count > 0) out["parcels"] = c.count;
      break;
    case ChargeKind::ClassFee:
      out["class"] = c.shipping_class;
      out["policy"] = service.class_policy == ClassPolicy::Sum ? "sum" : "highest";
      break;
    case ChargeKind::Flat:
    case ChargeKind::Handling:
      break;
  }
  out["amount"] = round_to_minor(c.amount).value_or(0);
  if (c.amount.e4 % kExactPerMinor != 0) out["exactAmount"] = exact_text(c.amount);
  return out;
}

// The rule behind each rule charge, in order: rules append their charges in the rate's order.
const RateRule* rule_of(const QuoteOption& option, size_t charge_index) {
  const auto& rules = option.rate->rules;
  size_t seen = 0;
  for (const RateRule& rule : rules) {
    const size_t produced =
        rule.kind == RuleKind::ParcelTiers ? option.measures.parcel_billable_grams.size() : 1;
    if (charge_index < seen + produced) return &rule;
    seen += produced;
  }
  return nullptr;
}

json explanation_of(const QuoteOption& option, const std::string& language) {
  json out = json::array();
  for (size_t i = 0; i < option.charges.size(); ++i) {
    out.push_back(explain_charge(option.charges[i], rule_of(option, i), *option.service, language));
  }
  if (option.free) {
    out.push_back({{"kind", "free-over"},
                   {"threshold", *option.rate->free_over},
                   {"subtotal", option.measures.subtotal}});
  }
  if (option.price.tax_rate_bp > 0) {
    out.push_back({{"kind", "tax"},
                   {"percent", percent_of(option.price.tax_rate_bp)},
                   {"amount", option.price.tax},
                   {"included", option.price.tax_included}});
  }
  return out;
}

// The delivery promise of an option (as the promise verb gives it) with the rate's transit days;
// the transit days alone when the store's configuration cannot support a dated promise.
json promise_of(const QuoteOption& option, const Cart& cart, const StoreConfig& config,
                const ShopperContext& shopper) {
  json promise = json::object();
  const DeliveryPromise dated =
      promise_delivery(config, *option.service, shopper.destination, cart.lines, shopper.now);
  if (dated.promised()) promise = promise_json(dated, cart, config);
  if (const auto& days = option.rate->transit_days) {
    promise["transitDays"] = {{"min", days->min}, {"max", days->max}};
  }
  return promise;
}

const char* weight_unit_of(const Service& service) {
  if (service.weight_step_ug == kMicrogramsPerPound) return "lb";
  if (service.weight_step_ug == 1000 * kMicrogramsPerGram) return "kg";
  return nullptr;
}

json option_json(const QuoteOption& o, const Cart& cart, const StoreConfig& config,
                 const ShopperContext& shopper) {
  const Service& service = *o.service;
  json out;
  out["service"] = service.id;
  out["name"] = service.name.in(shopper.language);
  if (!service.carrier.empty()) out["carrier"] = service.carrier;
  out["kind"] = service.collect ? "collect" : "delivery";
  out["price"] = o.price.shown;
  out["currency"] = config.store.currency;
  out["priceExTax"] = o.price.ex_tax;
  out["priceIncTax"] = o.price.inc_tax;
  out["tax"] = o.price.tax;
  out["taxIncluded"] = o.price.tax_included;
  out["free"] = o.free;
  out["cheapest"] = o.cheapest;
  out["fastest"] = o.fastest;
  out["promise"] = promise_of(o, cart, config, shopper);
  out["units"] = o.measures.units;
  out["subtotal"] = o.measures.subtotal;
  out["actualWeight"] = o.actual_grams;
  out["billableWeight"] = o.measures.billable_grams;
  if (const char* unit = weight_unit_of(service)) out["weightUnit"] = unit;
  out["parcels"] = parcels_of(o, cart);
  out["explanation"] = explanation_of(o, shopper.language);
  out["excludedItems"] = excluded_items(o.excluded, cart, shopper.language);
  if (o.surcharge_unknown) out["surchargeMayApply"] = true;
  return out;
}

json unavailable_json(const UnavailableOption& u, const Cart& cart, const ShopperContext& shopper) {
  json out = {{"service", u.service->id}, {"name", u.service->name.in(shopper.language)}};
  switch (u.reason) {
    case Unavailability::NothingToShip:
      out["reason"] = "nothing-to-ship";
      break;
    case Unavailability::OverLastTier:
      out["reason"] = over_limit_id(u.rule.kind);
      out["measure"] = u.rule.basis;
      out["limit"] = u.rule.limit;
      break;
    case Unavailability::TooLarge:
      out["reason"] = "price-too-large";
      break;
  }
  out["excludedItems"] = excluded_items(u.excluded, cart, shopper.language);
  return out;
}

// Countries a destination picker offers: the store's sellsTo, else those its zones name.
json ships_to(const StoreConfig& config, bool& anywhere) {
  std::vector<std::string> countries = config.store.sells_to;
  anywhere = false;
  for (const Zone& zone : config.zones) {
    for (const ZoneMatch& m : zone.matches) {
      if (m.country == "*") {
        anywhere = true;
      } else if (config.store.sells_to.empty() &&
                 std::find(countries.begin(), countries.end(), m.country) == countries.end()) {
        countries.push_back(m.country);
      }
    }
  }
  return countries;
}

json quote_json(const ShippingQuote& quote, const Cart& cart, const StoreConfig& config,
                const ShopperContext& shopper) {
  json out = {{"ok", true}, {"currency", config.store.currency}};
  if (quote.zone) {
    out["zone"] = {{"id", quote.zone->id}, {"name", quote.zone->name.in(shopper.language)}};
  } else {
    out["zone"] = nullptr;
  }
  out["shipsHere"] = quote.zone_served;
  out["postcodeNeeded"] = quote.postcode_would_decide;
  out["subtotal"] = quote.subtotal;
  out["units"] = quote.units;
  json options = json::array();
  for (const QuoteOption& o : quote.options)
    options.push_back(option_json(o, cart, config, shopper));
  out["options"] = std::move(options);
  json unavailable = json::array();
  for (const UnavailableOption& u : quote.unavailable) {
    unavailable.push_back(unavailable_json(u, cart, shopper));
  }
  out["unavailable"] = std::move(unavailable);
  if (quote.free_shipping) {
    out["freeShipping"] = {{"threshold", quote.free_shipping->threshold},
                           {"remaining", quote.free_shipping->remaining},
                           {"reached", quote.free_shipping->remaining == 0},
                           {"service", quote.free_shipping->service->id}};
  }
  bool anywhere = false;
  out["shipsTo"] = ships_to(config, anywhere);
  out["shipsAnywhere"] = anywhere;
  out["storeCountry"] = config.store.country;
  return out;
}

}  // namespace

json quote_verb(const StoreConfig& config, const json& request) {
  Errors errors;
  ShopperContext shopper;
  Cart cart;
  {
    ObjectReader r(request, "", errors);
    if (r.ok()) {
      shopper = read_shopper_context(r, config, Need::Optional);
      cart = read_cart(r, config, Need::Required);
    }
  }
  if (!errors.empty()) return error_result(errors);
  if (shopper.language.empty()) shopper.language = config.store.locale;

  ShippingQuote quote;
  if (shopper.has_destination) {
    quote = quote_shipping(config, cart, shopper.destination);
  } else {
    quote.subtotal = cart.subtotal();
    quote.units = cart.units();
  }
  if (quote.packing_refused) {
    return error_result({{"/cart/items",
                          "This cart holds more than can be packed at once; split very large "
                          "orders."}});
  }
  json out = quote_json(quote, cart, config, shopper);
  if (!shopper.has_destination) out["destinationNeeded"] = true;
  return out;
}

}  // namespace od::api
