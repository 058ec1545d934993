#include "core/shipping/quote.hpp"

#include <algorithm>
#include <map>

#include "core/shipping/billable_weight.hpp"
#include "core/shipping/item_exclusions.hpp"
#include "core/shipping/zone_match.hpp"
#include "core/sorting/sort_by.hpp"

namespace od {
namespace {

TurnRule turn_of(Rotation rotation) {
  switch (rotation) {
    case Rotation::KeepFlat:
      return TurnRule::KeepFlat;
    case Rotation::None:
      return TurnRule::Fixed;
    case Rotation::Any:
      break;
  }
  return TurnRule::Any;
}

ParcelSize size_of(const Dims& dims) {
  return {dims[0], dims[1], dims[2]};
}

// Packs each distinct set of carried lines once: services usually carry the same items.
class PackingCache {
 public:
  PackingCache(const StoreConfig& config, const Cart& cart) {
    for (const Box& b : config.boxes) {
      boxes_.push_back({b.id, size_of(b.inner), size_of(b.outer), b.empty_weight, b.max_weight});
    }
    for (const CartLine& l : cart.lines) {
      lines_.push_back({size_of(l.dims), l.weight, l.qty, turn_of(l.rotation), l.own_packaging});
    }
  }

  const ParcelPlan& plan(const std::vector<bool>& include) {
    auto found = plans_.find(include);
    if (found == plans_.end()) {
      found = plans_.emplace(include, plan_parcels(boxes_, lines_, include)).first;
    }
    return found->second;
  }

 private:
  std::vector<BoxToFill> boxes_;
  std::vector<LineToPack> lines_;
  std::map<std::vector<bool>, ParcelPlan> plans_;
};

struct Carried {
  std::vector<bool> include;
  std::vector<ExcludedLine> excluded;
};

Carried carried_lines(const Cart& cart, const Zone& zone, const Destination& destination,
                      const Service& service) {
  Carried out;
  out.include.assign(cart.lines.size(), true);
  for (size_t i = 0; i < cart.lines.size(); ++i) {
    if (auto reason = exclusion_for(cart.lines[i], zone, destination, service)) {
      out.include[i] = false;
      out.excluded.push_back({i, *reason});
    }
  }
  return out;
}

void set_aside_unfit(const ParcelPlan& plan, Carried& carried) {
  for (size_t line : plan.unfit_lines) {
    carried.include[line] = false;
    carried.excluded.push_back({line, ItemExclusion::NoBoxFits});
  }
  sort_by(carried.excluded,
          [](const ExcludedLine& a, const ExcludedLine& b) { return a.line < b.line; });
}

void measure(const Cart& cart, const std::vector<bool>& include, QuoteOption& option) {
  int64_t items = 0;
  for (size_t i = 0; i < cart.lines.size(); ++i) {
    if (!include[i]) continue;
    option.measures.units += cart.lines[i].qty;
    items += cart.lines[i].line_total();
    option.actual_grams += cart.lines[i].qty * cart.lines[i].weight;
  }
  option.measures.subtotal = std::max<int64_t>(0, items - cart.discount);
}

void weigh_parcels(const ParcelPlan& plan, const Service& service, QuoteOption& option) {
  for (const PlannedParcel& p : plan.parcels) {
    QuoteParcel parcel;
    parcel.kind = p.kind;
    parcel.box = p.box;
    parcel.outer = p.outer;
    parcel.weight = p.weight;
    parcel.dimensional = dimensional_grams(p.outer, service.dim_divisor);
    parcel.billable = billable_grams(p.weight, p.outer, service);
    parcel.contents = p.contents;
    option.measures.parcel_billable_grams.push_back(parcel.billable);
    option.measures.billable_grams += parcel.billable;
    option.parcels.push_back(std::move(parcel));
  }
}

std::vector<std::string> classes_carried(const Cart& cart, const std::vector<bool>& include) {
  std::vector<std::string> classes;
  for (size_t i = 0; i < cart.lines.size(); ++i) {
    const std::string& c = cart.lines[i].shipping_class;
    if (include[i] && !c.empty() && std::find(classes.begin(), classes.end(), c) == classes.end()) {
      classes.push_back(c);
    }
  }
  return classes;
}

RuleOutcome add_surcharges(const ServiceRate& rate, const Destination& destination,
                           QuoteOption& option) {
  for (const Surcharge& s : rate.surcharges) {
    if (destination.postcode.empty()) {
      option.surcharge_unknown = true;
      continue;
    }
    if (!any_postcode_matches(s.postcodes, destination)) continue;
    const int64_t times = s.per_parcel ? static_cast<int64_t>(option.parcels.size()) : 1;
    const auto each = exact_minor(s.amount);
    const auto amount = each ? exact_times(*each, times) : std::nullopt;
    if (!amount) return {RuleStatus::TooLarge, ChargeKind::Surcharge, 0, 0, 0};
    Charge c;
    c.kind = ChargeKind::Surcharge;
    c.amount = *amount;
    c.count = s.per_parcel ? times : 0;
    c.surcharge = &s;
    option.charges.push_back(c);
  }
  return {};
}

// Applies the rate's rules, surcharges and class fees, then prices the option.
RuleOutcome price_option(const Cart& cart, const std::vector<bool>& include, const Zone& zone,
                         const Destination& destination, QuoteOption& option) {
  for (const RateRule& rule : option.rate->rules) {
    const RuleOutcome outcome = apply_rule(rule, option.measures, option.charges);
    if (outcome.status != RuleStatus::Applied) return outcome;
  }
  if (auto s = add_surcharges(*option.rate, destination, option); s.status != RuleStatus::Applied) {
    return s;
  }
  const RuleOutcome fees =
      apply_class_fees(*option.service, classes_carried(cart, include), option.charges);
  if (fees.status != RuleStatus::Applied) return fees;

  ExactMoney total;
  for (const Charge& c : option.charges) {
    const auto sum = exact_sum(total, c.amount);
    if (!sum) return {RuleStatus::TooLarge, c.kind, 0, 0, 0};
    total = *sum;
  }
  option.free = option.rate->free_over && option.measures.subtotal >= *option.rate->free_over;
  if (option.free) total = ExactMoney{};

  const auto ex_tax = round_to_minor(total);
  const auto inc_tax = round_with_tax(total, zone.tax_rate_bp);
  if (!ex_tax || !inc_tax) return {RuleStatus::TooLarge, ChargeKind::Flat, 0, 0, 0};
  option.price.ex_tax = *ex_tax;
  option.price.inc_tax = *inc_tax;
  option.price.tax = *inc_tax - *ex_tax;
  option.price.tax_rate_bp = zone.tax_rate_bp;
  option.price.tax_included = zone.tax_display == TaxDisplay::Inclusive;
  option.price.shown = option.price.tax_included ? *inc_tax : *ex_tax;
  return {};
}

const ServiceRate* rate_for(const Service& service, const Zone& zone) {
  for (const ServiceRate& rate : service.rates) {
    if (rate.zone == zone.id) return &rate;
  }
  return nullptr;
}

// Cheapest among all options; fastest among delivered ones by the fewest transit days promised
// (max, then min). Ties share the mark.
void mark_cheapest_and_fastest(std::vector<QuoteOption>& options) {
  if (options.empty()) return;
  const auto cheapest = std::min_element(options.begin(), options.end(), [](auto& a, auto& b) {
                          return a.price.shown < b.price.shown;
                        })->price.shown;
  std::optional<std::pair<int32_t, int32_t>> best;
  for (const QuoteOption& o : options) {
    if (o.service->collect || !o.rate->transit_days) continue;
    const std::pair<int32_t, int32_t> days{o.rate->transit_days->max, o.rate->transit_days->min};
    if (!best || days < *best) best = days;
  }
  for (QuoteOption& o : options) {
    o.cheapest = o.price.shown == cheapest;
    o.fastest = best && !o.service->collect && o.rate->transit_days &&
                std::make_pair(o.rate->transit_days->max, o.rate->transit_days->min) == *best;
  }
}

std::optional<FreeShippingGap> free_shipping_gap(const StoreConfig& config, const Zone& zone,
                                                 const ShippingQuote& quote) {
  std::optional<FreeShippingGap> gap;
  auto consider = [&](const Service& service, const ServiceRate& rate, int64_t subtotal) {
    if (!rate.free_over || (gap && gap->threshold <= *rate.free_over)) return;
    gap = FreeShippingGap{*rate.free_over, std::max<int64_t>(0, *rate.free_over - subtotal),
                          &service};
  };
  if (quote.units == 0) {
    for (const Service& service : config.services) {
      if (const ServiceRate* rate = rate_for(service, zone))
        consider(service, *rate, quote.subtotal);
    }
  }
  for (const QuoteOption& o : quote.options) consider(*o.service, *o.rate, o.measures.subtotal);
  return gap;
}

}  // namespace

ShippingQuote quote_shipping(const StoreConfig& config, const Cart& cart,
                             const Destination& destination) {
  ShippingQuote quote;
  quote.subtotal = cart.subtotal();
  quote.units = cart.units();
  const ZoneLookup lookup = find_zone(config.zones, destination);
  quote.zone = lookup.zone;
  quote.postcode_would_decide = lookup.postcode_would_decide;
  if (!lookup.zone) return quote;
  const Zone& zone = *lookup.zone;

  PackingCache packing(config, cart);
  for (const Service& service : config.services) {
    const ServiceRate* rate = rate_for(service, zone);
    if (rate) quote.zone_served = true;
    if (!rate || quote.units == 0) continue;
    Carried carried = carried_lines(cart, zone, destination, service);
    const ParcelPlan* plan = nullptr;
    if (!service.collect) {
      plan = &packing.plan(carried.include);
      if (plan->refused) {
        quote.packing_refused = true;
        quote.options.clear();
        quote.unavailable.clear();
        return quote;
      }
      set_aside_unfit(*plan, carried);
    }
    QuoteOption option;
    option.service = &service;
    option.rate = rate;
    option.excluded = carried.excluded;
    measure(cart, carried.include, option);
    if (option.measures.units == 0) {
      quote.unavailable.push_back({&service, Unavailability::NothingToShip, carried.excluded, {}});
      continue;
    }
    if (plan) {
      weigh_parcels(*plan, service, option);
    } else {
      // Nothing travels for collection; weight rules see the items' own weight.
      option.measures.billable_grams =
          round_up_to_step(option.actual_grams, service.weight_step_ug);
    }
    const RuleOutcome outcome = price_option(cart, carried.include, zone, destination, option);
    if (outcome.status != RuleStatus::Applied) {
      const auto reason = outcome.status == RuleStatus::OverLastTier ? Unavailability::OverLastTier
                                                                     : Unavailability::TooLarge;
      quote.unavailable.push_back({&service, reason, carried.excluded, outcome});
      continue;
    }
    if (!rate->surcharges.empty() && destination.postcode.empty()) {
      quote.postcode_would_decide = true;
    }
    quote.options.push_back(std::move(option));
  }
  mark_cheapest_and_fastest(quote.options);
  quote.free_shipping = free_shipping_gap(config, zone, quote);
  return quote;
}

}  // namespace od
