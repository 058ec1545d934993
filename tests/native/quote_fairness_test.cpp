// Fairness to big carts, on the demo store's catalogue: shipping is priced by the parcels a cart
// needs, so buying more never costs more to ship than buying in separate orders, and the price
// never rises faster than the parcels.
#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "core/shipping/quote.hpp"
#include "support/quote_fixtures.hpp"

namespace od {
namespace {

using od::testing::cart_of;
using od::testing::config_file;
using od::testing::to;

constexpr int64_t kMostUnits = 10;

const StoreConfig& demo() {
  static const StoreConfig config = config_file("demo/store.json");
  return config;
}

struct Priced {
  int64_t price = 0;
  int64_t parcels = 0;
};

// service id -> units -> price and parcels, for every option offered.
using Prices = std::map<std::string, std::map<int64_t, Priced>>;

Prices prices_for(const std::string& sku, const Destination& destination) {
  Prices out;
  for (int64_t n = 1; n <= kMostUnits; ++n) {
    const ShippingQuote q = quote_shipping(demo(), cart_of(demo(), {{sku, n}}), destination);
    for (const QuoteOption& o : q.options) {
      if (!o.excluded.empty()) continue;  // a part of the cart only: not comparable
      out[o.service->id][n] = {o.price.shown, static_cast<int64_t>(o.parcels.size())};
    }
  }
  return out;
}

const std::vector<Destination>& destinations() {
  static const std::vector<Destination> all = {
      to("GB", "LS1 4AP"), to("GB", "HS2 9AB"), to("GB", "BT7 1NN"), to("IE"), to("DE"),
      to("US", "10001")};
  return all;
}

// Whole-shipment weight tiers are left out: their curve is the store's price list (a 15 kg tier
// may cost more than a 1 kg and a 5 kg shipment together), not something packing decides.
bool priced_by_shipment_weight(const std::string& service, const Destination& d) {
  const ShippingQuote q = quote_shipping(demo(), cart_of(demo(), {{"TEA-TOWEL", 1}}), d);
  for (const QuoteOption& o : q.options) {
    if (o.service->id != service) continue;
    for (const RateRule& rule : o.rate->rules) {
      if (rule.kind == RuleKind::WeightTiers) return true;
    }
  }
  return false;
}

TEST(QuoteFairness, MoreUnitsNeverCostMoreToShipThanSeparateOrders) {
  int64_t checked = 0;
  for (const CatalogueItem& item : demo().catalogue) {
    for (const Destination& d : destinations()) {
      for (const auto& [service, by_units] : prices_for(item.sku, d)) {
        if (priced_by_shipment_weight(service, d)) continue;
        for (const auto& [n, whole] : by_units) {
          for (int64_t m = 1; m < n; ++m) {
            const auto a = by_units.find(m), b = by_units.find(n - m);
            if (a == by_units.end() || b == by_units.end()) continue;
            ++checked;
            EXPECT_LE(whole.price, a->second.price + b->second.price)
                << item.sku << " x" << n << " by " << service << " to " << d.country << " "
                << d.postcode << " costs more than x" << m << " and x" << n - m << " apart";
          }
        }
      }
    }
  }
  EXPECT_GT(checked, 500);
}

// Every parcel of an n-unit cart costs no more than the dearest single parcel of the same item:
// the price grows with the parcels, not with the units.
TEST(QuoteFairness, ThePriceNeverRisesFasterThanTheParcelsItNeeds) {
  int64_t checked = 0;
  for (const CatalogueItem& item : demo().catalogue) {
    for (const Destination& d : destinations()) {
      for (const auto& [service, by_units] : prices_for(item.sku, d)) {
        const Service* s = demo().find_service(service);
        if (s->collect) continue;
        int64_t dearest_single = -1;
        for (const auto& [n, p] : by_units) {
          if (p.parcels == 1) dearest_single = std::max(dearest_single, p.price);
        }
        if (dearest_single < 0) continue;
        for (const auto& [n, p] : by_units) {
          // Per-item rates are the store's choice to charge by the unit; they are checked by the
          // separate-orders test above.
          const bool per_item =
              std::any_of(s->rates.begin(), s->rates.end(), [&](const ServiceRate& r) {
                return std::any_of(r.rules.begin(), r.rules.end(), [](const RateRule& rule) {
                  return rule.kind == RuleKind::PerItem;
                });
              });
          if (per_item) continue;
          ++checked;
          EXPECT_LE(p.price, p.parcels * dearest_single)
              << item.sku << " x" << n << " by " << service << " to " << d.country << " "
              << d.postcode << ": " << p.parcels << " parcels";
        }
      }
    }
  }
  EXPECT_GT(checked, 100);
}

TEST(QuoteFairness, ABoxCostsTheSameWhateverItHolds) {
  // Three or four mugs fill the same medium box: the fourth ships for nothing more.
  const Destination belfast = to("GB", "BT7 1NN");
  const ShippingQuote three = quote_shipping(demo(), cart_of(demo(), {{"MUG-SLATE", 3}}), belfast);
  const ShippingQuote four = quote_shipping(demo(), cart_of(demo(), {{"MUG-SLATE", 4}}), belfast);
  ASSERT_EQ(three.options.size(), 1u);
  ASSERT_EQ(four.options.size(), 1u);
  ASSERT_EQ(four.options[0].parcels.size(), 1u);
  EXPECT_EQ(four.options[0].parcels[0].box, three.options[0].parcels[0].box);
  EXPECT_EQ(four.options[0].price.shown, three.options[0].price.shown);
}

}  // namespace
}  // namespace od
