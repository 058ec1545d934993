// A shipping quote: every delivery option a store offers for a cart and a destination, priced
// fairly. The cart is packed into the store's boxes and the parcels are priced, so four items in
// one box are not charged as four shipments.
//
// For each service with a rate for the destination's zone (in the order the store lists them):
//   1. items the configuration keeps off this option are set aside with a reason, never priced:
//      the item cannot go to the zone or country, cannot go by the service, its shipping class
//      is not carried, or no box can take it;
//   2. the rest is packed (collection services skip packing: nothing travels);
//   3. the rate's rules are applied to the shipment (subtotal, units, billable weight, parcels),
//      then remote-postcode surcharges and class fees are added;
//   4. when the subtotal reaches the rate's free-delivery threshold the option is free, every
//      charge included;
//   5. the exact total is rounded once (exact_money.hpp), with and without the zone's tax.
// "Subtotal" is always the items' listed prices times quantities, less the order's discount,
// before any tax the checkout adds, never below zero; for an option that sets items aside, only
// the items it carries count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/cart/cart.hpp"
#include "core/config/store_config.hpp"
#include "core/shipping/parcel_plan.hpp"
#include "core/shipping/rate_rules.hpp"

namespace od {

enum class ItemExclusion {
  CannotShipToZone,     // the catalogue lists the zone or the country under cannotShipTo
  CannotShipByService,  // the catalogue lists the service under cannotShipBy
  ClassNotCarried,      // the service excludes the item's shipping class
  NoBoxFits,            // too large or too heavy for every box (and not in its own packaging)
};

struct ExcludedLine {
  size_t line = 0;  // index into the cart's lines
  ItemExclusion reason = ItemExclusion::CannotShipToZone;
};

struct QuoteParcel {
  ParcelKind kind = ParcelKind::Box;
  std::string box;
  ParcelSize outer{};
  int64_t weight = 0;       // actual grams, packaging included
  int64_t dimensional = 0;  // grams by size (0 when the service does not bill by size)
  int64_t billable = 0;     // the greater of the two, rounded up to the service's step
  std::vector<std::pair<size_t, int64_t>> contents;  // (line index, units)
};

struct OptionPrice {
  int64_t shown = 0;    // what the shopper sees: with tax where the zone shows prices with tax
  int64_t ex_tax = 0;   // rounded once from the exact total
  int64_t inc_tax = 0;  // rounded once from the exact total with tax
  int64_t tax = 0;      // inc_tax - ex_tax
  bool tax_included = false;
  int32_t tax_rate_bp = 0;
};

struct QuoteOption {
  const Service* service = nullptr;
  const ServiceRate* rate = nullptr;
  std::vector<ExcludedLine> excluded;
  std::vector<QuoteParcel> parcels;  // empty for collection
  ShipmentMeasures measures;
  int64_t actual_grams = 0;
  std::vector<Charge> charges;     // listed even when the option is free, to explain it
  bool free = false;               // the subtotal reached rate->free_over
  bool surcharge_unknown = false;  // the rate has postcode surcharges and no postcode was given
  OptionPrice price;
  bool cheapest = false;  // no option costs less
  bool fastest = false;   // no delivery option promises fewer transit days (collection aside)
};

enum class Unavailability {
  NothingToShip,  // every item of the cart is set aside for this service
  OverLastTier,   // the shipment is beyond the rate's last tier (too heavy, too many items...)
  TooLarge,       // the price does not fit in 64-bit arithmetic
};

struct UnavailableOption {
  const Service* service = nullptr;
  Unavailability reason = Unavailability::NothingToShip;
  std::vector<ExcludedLine> excluded;
  RuleOutcome rule;  // OverLastTier and TooLarge: which rule and measure
};

struct FreeShippingGap {
  int64_t threshold = 0;
  int64_t remaining = 0;  // 0 once reached
  const Service* service = nullptr;
};

struct ShippingQuote {
  const Zone* zone = nullptr;  // nullptr: no zone holds the destination
  bool zone_served = false;    // some service has a rate for the zone
  bool postcode_would_decide = false;  // a postcode could change the zone or a surcharge
  bool packing_refused = false;        // the cart is beyond what the packer accepts
  int64_t subtotal = 0;                // the whole cart's
  int64_t units = 0;
  std::vector<QuoteOption> options;
  std::vector<UnavailableOption> unavailable;
  // The lowest free-delivery threshold among this zone's options, with what is missing.
  std::optional<FreeShippingGap> free_shipping;
};

ShippingQuote quote_shipping(const StoreConfig& config, const Cart& cart,
                             const Destination& destination);

}  // namespace od
