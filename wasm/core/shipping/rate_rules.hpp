// The price rules of one service in one zone, each applied to what the shipment measures.
// A rate's rules add up; every amount is exact (see exact_money.hpp) until the option's total is
// rounded once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/config/store_config.hpp"
#include "core/shipping/exact_money.hpp"

namespace od {

// What a shipment measures, for the items it carries.
struct ShipmentMeasures {
  int64_t subtotal = 0;  // minor units: items at their listed prices, less discounts, before tax
  int64_t units = 0;
  int64_t billable_grams = 0;                  // sum over parcels
  std::vector<int64_t> parcel_billable_grams;  // one per parcel
};

enum class ChargeKind {
  Flat,          // per shipment
  WeightTier,    // tier on the shipment's billable weight
  SubtotalTier,  // tier on the subtotal
  ItemTier,      // tier on the number of units
  ParcelTier,    // one parcel, by its billable weight
  PerItem,       // first unit plus each additional one
  Percent,       // share of the subtotal
  Handling,      // handling fee
  Surcharge,     // the destination's postcode is listed as remote
  ClassFee,      // a shipping class in the cart
};

enum class ChargeLimit { None, Cap, Minimum, Maximum };

// One line of "why this price": an amount and what it was worked out from.
struct Charge {
  ChargeKind kind = ChargeKind::Flat;
  ExactMoney amount;
  int64_t basis = 0;  // what the rule looked at: grams, minor units or units
  int64_t bound = 0;  // the tier's upper bound, or the cap, minimum or maximum that applied
  int64_t count = 0;  // PerItem: units; Percent: basis points; per-parcel surcharge: parcels
  size_t parcel = 0;  // ParcelTier: the parcel's index
  ChargeLimit limit = ChargeLimit::None;
  const Surcharge* surcharge = nullptr;  // Surcharge
  std::string shipping_class;            // ClassFee
};

enum class RuleStatus {
  Applied,
  OverLastTier,  // the measure is above the last tier: the service does not take this shipment
  TooLarge,      // the amount does not fit in 64 bits
};

struct RuleOutcome {
  RuleStatus status = RuleStatus::Applied;
  ChargeKind kind = ChargeKind::Flat;
  int64_t basis = 0;  // OverLastTier: the measure
  int64_t limit = 0;  // OverLastTier: the last tier's upper bound
  size_t parcel = 0;  // OverLastTier of a ParcelTier rule: the parcel
};

// Appends the rule's charges (one per parcel for a per-parcel rule, else one).
RuleOutcome apply_rule(const RateRule& rule, const ShipmentMeasures& measures,
                       std::vector<Charge>& charges);

// The class fees a service charges for the distinct classes present, combined by its policy:
// the highest (the first listed wins a tie) or one charge per class.
RuleOutcome apply_class_fees(const Service& service, const std::vector<std::string>& classes,
                             std::vector<Charge>& charges);

}  // namespace od
