#include <cmath>
#include <set>

#include "api/config/postcode_patterns.hpp"
#include "api/config/sections.hpp"
#include "core/shipping/billable_weight.hpp"

namespace od::api::config {
namespace {

constexpr int64_t kMaxAmount = 1'000'000'000'000;  // minor units; far above any real fee

std::vector<Tier> read_tiers(ObjectReader& rule, std::string_view unit) {
  std::vector<Tier> tiers;
  rule.list("tiers", Need::Required, [&](const json& e, const std::string& p) {
    ObjectReader t(e, p, rule.errors());
    if (!t.ok()) return;
    auto up_to = t.integer("upTo", Need::Required, 0, kMaxAmount, unit);
    auto amount = t.integer("amount", Need::Required, 0, kMaxAmount, "minor currency units");
    if (!up_to || !amount) return;
    if (!tiers.empty() && *up_to <= tiers.back().up_to) {
      rule.errors().push_back(
          {t.path_of("upTo"), "Tiers must be listed in increasing order of \"upTo\"."});
      return;
    }
    tiers.push_back({*up_to, *amount});
  });
  if (const json* v = rule.get("tiers", Need::Optional); v && v->is_array() && v->empty()) {
    rule.errors().push_back({rule.path_of("tiers"),
                             "List at least one tier, such as {\"upTo\": 2000, \"amount\": 395}."});
  }
  return tiers;
}

RateRule parse_rule(const json& v, const std::string& path, Errors& errors) {
  RateRule out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  auto kind = r.choice(
      "kind", Need::Required,
      {"flat", "weight", "subtotal", "items", "perParcel", "perItem", "percent", "handling"});
  if (!kind) return out;
  auto amount = [&](std::string_view key, Need need) {
    return r.integer(key, need, 0, kMaxAmount, "minor currency units");
  };
  if (*kind == "flat" || *kind == "handling") {
    out.kind = *kind == "flat" ? RuleKind::Flat : RuleKind::Handling;
    out.amount = amount("amount", Need::Required).value_or(0);
  } else if (*kind == "weight") {
    out.kind = RuleKind::WeightTiers;
    out.tiers = read_tiers(r, "grams");
  } else if (*kind == "subtotal") {
    out.kind = RuleKind::SubtotalTiers;
    out.tiers = read_tiers(r, "minor currency units");
  } else if (*kind == "items") {
    out.kind = RuleKind::ItemTiers;
    out.tiers = read_tiers(r, "items");
  } else if (*kind == "perParcel") {
    out.kind = RuleKind::ParcelTiers;
    out.tiers = read_tiers(r, "grams");
  } else if (*kind == "perItem") {
    out.kind = RuleKind::PerItem;
    out.first = amount("first", Need::Required).value_or(0);
    out.additional = amount("additional", Need::Required).value_or(0);
    out.cap = amount("cap", Need::Optional);
  } else {
    out.kind = RuleKind::Percent;
    if (auto pct = r.number("percent", Need::Required, 0, 100, "a percentage of the subtotal")) {
      const double bp = *pct * 100;
      if (std::fabs(bp - std::round(bp)) > 1e-6) {
        errors.push_back(
            {r.path_of("percent"), "Give the percentage with at most two decimals, such as 7.5."});
      } else {
        out.percent_bp = static_cast<int32_t>(std::lround(bp));
      }
    }
    out.minimum = amount("min", Need::Optional);
    out.maximum = amount("max", Need::Optional);
    if (out.minimum && out.maximum && *out.maximum < *out.minimum) {
      errors.push_back({r.path_of("max"), "\"max\" must be at least \"min\"."});
    }
  }
  return out;
}

// Grams (1000 = whole kilograms), or "kg" or "lb" for whole kilograms or whole pounds.
int64_t read_weight_step(const json& v, const std::string& path, Errors& errors) {
  if (v.is_string()) {
    const auto unit = read_choice(v, path, errors, {"kg", "lb"});
    if (!unit) return 0;
    return *unit == "lb" ? kMicrogramsPerPound : 1000 * kMicrogramsPerGram;
  }
  if (!v.is_number()) {
    errors.push_back({path, "Expected a number of grams such as 1000, or \"kg\" or \"lb\"."});
    return 0;
  }
  return read_integer(v, path, errors, 1, 10000, "grams").value_or(0) * kMicrogramsPerGram;
}

ServiceRate parse_rate(const json& v, const std::string& path, Errors& errors) {
  ServiceRate out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (auto zone = r.text("zone", Need::Required, "a zone id")) out.zone = *zone;
  r.list("rules", Need::Required, [&](const json& e, const std::string& p) {
    out.rules.push_back(parse_rule(e, p, errors));
  });
  r.list("surcharges", Need::Optional, [&](const json& e, const std::string& p) {
    ObjectReader s(e, p, errors);
    if (!s.ok()) return;
    Surcharge surcharge;
    if (auto name = s.localized("name", Need::Required)) surcharge.name = *name;
    surcharge.postcodes = read_postcode_patterns(s, "postcodes", Need::Required);
    surcharge.amount =
        s.integer("amount", Need::Required, 0, kMaxAmount, "minor currency units").value_or(0);
    if (auto per = s.choice("per", Need::Optional, {"shipment", "parcel"})) {
      surcharge.per_parcel = *per == "parcel";
    }
    out.surcharges.push_back(std::move(surcharge));
  });
  out.free_over = r.integer("freeOver", Need::Optional, 0, kMaxAmount, "minor currency units");
  if (const json* t = r.get("transitDays", Need::Optional)) {
    out.transit_days = read_day_range(*t, r.path_of("transitDays"), errors);
  }
  return out;
}

Service parse_service(const json& v, const std::string& path, Errors& errors) {
  Service out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (auto id = r.text("id", Need::Required, "a short identifier")) out.id = *id;
  if (auto name = r.localized("name", Need::Required)) out.name = *name;
  if (auto carrier = r.text("carrier", Need::Optional, "a carrier name")) out.carrier = *carrier;
  if (auto origin = r.text("origin", Need::Optional, "an origin id")) out.origin = *origin;
  if (const json* d = r.get("deliveryDays", Need::Optional)) {
    if (auto days = read_weekdays(*d, r.path_of("deliveryDays"), errors)) out.delivery_days = *days;
  }
  if (const json* h = r.get("carrierHolidays", Need::Optional)) {
    if (auto place = read_holiday_place(*h, r.path_of("carrierHolidays"), errors)) {
      out.carrier_holidays = *place;
    }
  }
  if (auto collect = r.flag("collect", Need::Optional)) out.collect = *collect;
  out.dim_divisor = static_cast<int32_t>(
      r.integer("dimDivisor", Need::Optional, 1000, 10000, "cubic centimetres per kilogram")
          .value_or(0));
  if (const json* w = r.get("weightRounding", Need::Optional)) {
    out.weight_step_ug = read_weight_step(*w, r.path_of("weightRounding"), errors);
  }
  std::set<std::string> zones;
  r.list("rates", Need::Required, [&](const json& e, const std::string& p) {
    out.rates.push_back(parse_rate(e, p, errors));
    const std::string& zone = out.rates.back().zone;
    if (!zone.empty() && !zones.insert(zone).second) {
      errors.push_back({pointer_join(p, "zone"), "This service already has a rate for the zone \"" +
                                                     zone + "\"; give each zone one rate."});
    }
  });
  if (const json* fees = r.get("classFees", Need::Optional)) {
    ObjectReader f(*fees, r.path_of("classFees"), errors);
    if (f.ok()) {
      for (const auto& [name, value] : fees->items()) {
        if (auto fee = f.integer(name, Need::Required, 0, kMaxAmount, "minor currency units")) {
          out.class_fees.emplace_back(name, *fee);
        }
      }
    }
  }
  if (auto policy = r.choice("classPolicy", Need::Optional, {"highest", "sum"})) {
    out.class_policy = *policy == "sum" ? ClassPolicy::Sum : ClassPolicy::Highest;
  }
  out.excluded_classes = r.text_list("excludedClasses", Need::Optional, "a shipping class");
  return out;
}

}  // namespace

void parse_services(const json& v, const std::string& path, Errors& errors,
                    std::vector<Service>& out) {
  for_each_element(v, path, errors, [&](const json& e, const std::string& p) {
    out.push_back(parse_service(e, p, errors));
  });
}

}  // namespace od::api::config
