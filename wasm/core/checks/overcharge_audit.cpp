// per-item-overcharge: a rate that charges by the unit makes a multi-item cart pay far more than
// the parcels it ships in. For each rate and catalogue item, carts of 1..10 units are packed and
// priced twice: as the rate charges them, and as if every parcel counted as one unit (the same
// weight, subtotal and parcels). The difference is what the unit count alone adds.
#include <algorithm>
#include <string>

#include "core/cart/cart.hpp"
#include "core/checks/store_audit.hpp"
#include "core/shipping/billable_weight.hpp"
#include "core/shipping/item_exclusions.hpp"
#include "core/shipping/parcel_plan.hpp"
#include "core/shipping/rate_rules.hpp"

namespace od {
namespace {

using F = FindingField;

TurnRule turn_of(Rotation rotation) {
  if (rotation == Rotation::KeepFlat) return TurnRule::KeepFlat;
  if (rotation == Rotation::None) return TurnRule::Fixed;
  return TurnRule::Any;
}

ParcelSize size_of(const Dims& d) {
  return {d[0], d[1], d[2]};
}

// The rules' total for these measures, rounded once; nullopt when the rate refuses them.
std::optional<int64_t> price_of(const ServiceRate& rate, const ShipmentMeasures& m) {
  std::vector<Charge> charges;
  for (const RateRule& rule : rate.rules) {
    if (apply_rule(rule, m, charges).status != RuleStatus::Applied) return std::nullopt;
  }
  ExactMoney total;
  for (const Charge& c : charges) {
    auto sum = exact_sum(total, c.amount);
    if (!sum) return std::nullopt;
    total = *sum;
  }
  return round_to_minor(total);
}

struct Point {
  int64_t units = 0;
  int64_t parcels = 0;
  int64_t charged = 0;
  int64_t per_parcel = 0;
};

// A destination that stands for the zone: its first country (the rates do not look further).
Destination destination_of(const Zone& zone) {
  Destination d;
  for (const ZoneMatch& m : zone.matches) {
    if (m.country != "*") {
      d.country = m.country;
      break;
    }
  }
  return d;
}

std::vector<Point> series_for(const StoreConfig& config, const Service& service,
                              const ServiceRate& rate, const CatalogueItem& item,
                              const std::vector<BoxToFill>& boxes) {
  std::vector<Point> points;
  int64_t most = kAuditMaxUnits;
  if (item.max_per_order && *item.max_per_order < most) most = *item.max_per_order;
  for (int64_t n = 1; n <= most; ++n) {
    const std::vector<LineToPack> lines{
        {size_of(item.dims), item.weight, n, turn_of(item.rotation), item.own_packaging}};
    const ParcelPlan plan = plan_parcels(boxes, lines, {true});
    if (plan.refused || !plan.unfit_lines.empty() || plan.parcels.empty()) break;
    ShipmentMeasures m;
    m.subtotal = item.price * n;
    if (rate.free_over && m.subtotal >= *rate.free_over) break;  // free from here on
    for (const PlannedParcel& p : plan.parcels) {
      const int64_t billable = billable_grams(p.weight, p.outer, service);
      m.parcel_billable_grams.push_back(billable);
      m.billable_grams += billable;
    }
    m.units = n;
    const auto charged = price_of(rate, m);
    m.units = static_cast<int64_t>(plan.parcels.size());
    const auto per_parcel = price_of(rate, m);
    if (!charged || !per_parcel) break;
    points.push_back({n, m.units, *charged, *per_parcel});
  }
  (void)config;
  return points;
}

// The first rule that counts units, else the rate itself.
std::string cause_path(size_t service, size_t rate, const ServiceRate& r) {
  std::string path = "/services/" + std::to_string(service) + "/rates/" + std::to_string(rate);
  for (size_t i = 0; i < r.rules.size(); ++i) {
    if (r.rules[i].kind == RuleKind::PerItem || r.rules[i].kind == RuleKind::ItemTiers) {
      return path + "/rules/" + std::to_string(i);
    }
  }
  return path;
}

}  // namespace

std::vector<Finding> audit_per_item_overcharge(const StoreConfig& config) {
  std::vector<Finding> out;
  std::vector<BoxToFill> boxes;
  for (const Box& b : config.boxes) {
    boxes.push_back({b.id, size_of(b.inner), size_of(b.outer), b.empty_weight, b.max_weight});
  }
  for (size_t si = 0; si < config.services.size(); ++si) {
    const Service& service = config.services[si];
    if (service.collect) continue;  // nothing travels
    for (size_t ri = 0; ri < service.rates.size(); ++ri) {
      const ServiceRate& rate = service.rates[ri];
      const Zone* zone = config.find_zone(rate.zone);
      if (!zone) continue;
      const Destination destination = destination_of(*zone);
      const CatalogueItem* worst_item = nullptr;
      std::vector<Point> worst_series;
      Point worst;
      int64_t items_affected = 0;
      for (const CatalogueItem& item : config.catalogue) {
        CartLine line;
        line.sku = item.sku;
        line.qty = 1;
        line.unit_price = item.price;
        line.weight = item.weight;
        line.dims = item.dims;
        line.rotation = item.rotation;
        line.shipping_class = item.shipping_class;
        line.own_packaging = item.own_packaging;
        line.item = &item;
        if (exclusion_for(line, *zone, destination, service)) continue;
        const std::vector<Point> series = series_for(config, service, rate, item, boxes);
        bool affected = false;
        for (const Point& p : series) {
          const int64_t over = p.charged - p.per_parcel;
          if (over <= 0) continue;
          affected = true;
          if (!worst_item || over > worst.charged - worst.per_parcel) {
            worst_item = &item;
            worst = p;
            worst_series = series;
          }
        }
        if (affected) ++items_affected;
      }
      if (!worst_item) continue;
      Finding f = Finding::of("per-item-overcharge", Severity::Warning);
      f.path = cause_path(si, ri, rate);
      f.data = {F::txt("service", service.id),
                F::txt("zone", rate.zone),
                F::txt("sku", worst_item->sku),
                F::num("units", worst.units),
                F::num("parcels", worst.parcels),
                F::num("charged", worst.charged),
                F::num("perParcel", worst.per_parcel),
                F::num("overcharge", worst.charged - worst.per_parcel),
                F::num("itemsAffected", items_affected)};
      for (const RateRule& rule : rate.rules) {
        if (rule.kind != RuleKind::PerItem) continue;
        f.data.push_back(F::num("first", rule.first));
        f.data.push_back(F::num("additional", rule.additional));
        f.data.push_back(F::flag("capped", rule.cap.has_value()));
        // The band a per-parcel replacement would need: the heaviest box's load.
        int32_t heaviest = 0;
        for (const Box& b : config.boxes) heaviest = std::max(heaviest, b.max_weight);
        f.data.push_back(F::num("parcelUpTo", heaviest > 0 ? heaviest : 20000));
        break;
      }
      f.rows_name = "carts";
      for (const Point& p : worst_series) {
        f.rows.push_back({F::num("units", p.units), F::num("parcels", p.parcels),
                          F::num("charged", p.charged), F::num("perParcel", p.per_parcel),
                          F::num("overcharge", p.charged - p.per_parcel)});
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace od
