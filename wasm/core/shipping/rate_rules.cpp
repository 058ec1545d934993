#include "core/shipping/rate_rules.hpp"

#include <algorithm>

namespace od {
namespace {

const Tier* tier_for(const std::vector<Tier>& tiers, int64_t value) {
  for (const Tier& tier : tiers) {
    if (value <= tier.up_to) return &tier;
  }
  return nullptr;
}

RuleOutcome too_large(ChargeKind kind) {
  RuleOutcome out;
  out.status = RuleStatus::TooLarge;
  out.kind = kind;
  return out;
}

RuleOutcome over_last_tier(ChargeKind kind, int64_t basis, const std::vector<Tier>& tiers,
                           size_t parcel = 0) {
  RuleOutcome out;
  out.status = RuleStatus::OverLastTier;
  out.kind = kind;
  out.basis = basis;
  out.limit = tiers.empty() ? 0 : tiers.back().up_to;
  out.parcel = parcel;
  return out;
}

RuleOutcome tiered(ChargeKind kind, const std::vector<Tier>& tiers, int64_t basis,
                   std::vector<Charge>& charges) {
  const Tier* tier = tier_for(tiers, basis);
  if (!tier) return over_last_tier(kind, basis, tiers);
  const auto amount = exact_minor(tier->amount);
  if (!amount) return too_large(kind);
  Charge c;
  c.kind = kind;
  c.amount = *amount;
  c.basis = basis;
  c.bound = tier->up_to;
  charges.push_back(c);
  return {};
}

RuleOutcome per_parcel(const RateRule& rule, const ShipmentMeasures& m,
                       std::vector<Charge>& charges) {
  for (size_t i = 0; i < m.parcel_billable_grams.size(); ++i) {
    const int64_t grams = m.parcel_billable_grams[i];
    const Tier* tier = tier_for(rule.tiers, grams);
    if (!tier) return over_last_tier(ChargeKind::ParcelTier, grams, rule.tiers, i);
    const auto amount = exact_minor(tier->amount);
    if (!amount) return too_large(ChargeKind::ParcelTier);
    Charge c;
    c.kind = ChargeKind::ParcelTier;
    c.amount = *amount;
    c.basis = grams;
    c.bound = tier->up_to;
    c.parcel = i;
    charges.push_back(c);
  }
  return {};
}

RuleOutcome per_item(const RateRule& rule, const ShipmentMeasures& m,
                     std::vector<Charge>& charges) {
  Charge c;
  c.kind = ChargeKind::PerItem;
  c.count = m.units;
  if (m.units > 0) {
    const auto first = exact_minor(rule.first);
    const auto each = exact_minor(rule.additional);
    const auto more = each ? exact_times(*each, m.units - 1) : std::nullopt;
    const auto total = first && more ? exact_sum(*first, *more) : std::nullopt;
    if (!total) return too_large(ChargeKind::PerItem);
    c.amount = *total;
  }
  if (rule.cap) {
    const auto cap = exact_minor(*rule.cap);
    if (!cap) return too_large(ChargeKind::PerItem);
    if (c.amount.e4 > cap->e4) {
      c.amount = *cap;
      c.limit = ChargeLimit::Cap;
      c.bound = *rule.cap;
    }
  }
  charges.push_back(c);
  return {};
}

RuleOutcome percent(const RateRule& rule, const ShipmentMeasures& m, std::vector<Charge>& charges) {
  const auto share = exact_share(m.subtotal, rule.percent_bp);
  if (!share) return too_large(ChargeKind::Percent);
  Charge c;
  c.kind = ChargeKind::Percent;
  c.amount = *share;
  c.basis = m.subtotal;
  c.count = rule.percent_bp;
  if (rule.minimum) {
    const auto least = exact_minor(*rule.minimum);
    if (!least) return too_large(ChargeKind::Percent);
    if (c.amount.e4 < least->e4) {
      c.amount = *least;
      c.limit = ChargeLimit::Minimum;
      c.bound = *rule.minimum;
    }
  }
  if (rule.maximum) {
    const auto most = exact_minor(*rule.maximum);
    if (!most) return too_large(ChargeKind::Percent);
    if (c.amount.e4 > most->e4) {
      c.amount = *most;
      c.limit = ChargeLimit::Maximum;
      c.bound = *rule.maximum;
    }
  }
  charges.push_back(c);
  return {};
}

RuleOutcome fixed(ChargeKind kind, int64_t minor, std::vector<Charge>& charges) {
  const auto amount = exact_minor(minor);
  if (!amount) return too_large(kind);
  Charge c;
  c.kind = kind;
  c.amount = *amount;
  charges.push_back(c);
  return {};
}

}  // namespace

RuleOutcome apply_rule(const RateRule& rule, const ShipmentMeasures& measures,
                       std::vector<Charge>& charges) {
  switch (rule.kind) {
    case RuleKind::Flat:
      return fixed(ChargeKind::Flat, rule.amount, charges);
    case RuleKind::Handling:
      return fixed(ChargeKind::Handling, rule.amount, charges);
    case RuleKind::WeightTiers:
      return tiered(ChargeKind::WeightTier, rule.tiers, measures.billable_grams, charges);
    case RuleKind::SubtotalTiers:
      return tiered(ChargeKind::SubtotalTier, rule.tiers, measures.subtotal, charges);
    case RuleKind::ItemTiers:
      return tiered(ChargeKind::ItemTier, rule.tiers, measures.units, charges);
    case RuleKind::ParcelTiers:
      return per_parcel(rule, measures, charges);
    case RuleKind::PerItem:
      return per_item(rule, measures, charges);
    case RuleKind::Percent:
      return percent(rule, measures, charges);
  }
  return too_large(ChargeKind::Flat);
}

RuleOutcome apply_class_fees(const Service& service, const std::vector<std::string>& classes,
                             std::vector<Charge>& charges) {
  const std::pair<std::string, int64_t>* highest = nullptr;
  for (const auto& fee : service.class_fees) {
    if (std::find(classes.begin(), classes.end(), fee.first) == classes.end()) continue;
    if (service.class_policy == ClassPolicy::Sum) {
      const auto amount = exact_minor(fee.second);
      if (!amount) return too_large(ChargeKind::ClassFee);
      Charge c;
      c.kind = ChargeKind::ClassFee;
      c.amount = *amount;
      c.shipping_class = fee.first;
      charges.push_back(c);
    } else if (!highest || fee.second > highest->second) {
      highest = &fee;
    }
  }
  if (highest) {
    const auto amount = exact_minor(highest->second);
    if (!amount) return too_large(ChargeKind::ClassFee);
    Charge c;
    c.kind = ChargeKind::ClassFee;
    c.amount = *amount;
    c.shipping_class = highest->first;
    charges.push_back(c);
  }
  return {};
}

}  // namespace od
