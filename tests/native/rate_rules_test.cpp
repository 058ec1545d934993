// Each rate rule kind, applied to what a shipment measures, and its edges.
#include <gtest/gtest.h>

#include "core/shipping/rate_rules.hpp"

namespace od {
namespace {

RateRule tiers(RuleKind kind, std::vector<Tier> t) {
  RateRule r;
  r.kind = kind;
  r.tiers = std::move(t);
  return r;
}

ShipmentMeasures shipment(int64_t subtotal, int64_t units, std::vector<int64_t> parcels = {}) {
  ShipmentMeasures m;
  m.subtotal = subtotal;
  m.units = units;
  m.parcel_billable_grams = std::move(parcels);
  for (int64_t g : m.parcel_billable_grams) m.billable_grams += g;
  return m;
}

struct Applied {
  RuleOutcome outcome;
  std::vector<Charge> charges;
  int64_t total_e4() const {
    int64_t sum = 0;
    for (const Charge& c : charges) sum += c.amount.e4;
    return sum;
  }
};

Applied apply(const RateRule& rule, const ShipmentMeasures& m) {
  Applied a;
  a.outcome = apply_rule(rule, m, a.charges);
  return a;
}

constexpr int64_t minor(int64_t m) {
  return m * kExactPerMinor;
}

const std::vector<Tier> kWeight = {{2000, 395}, {10000, 595}, {20000, 895}};

// ---- Flat and handling -------------------------------------------------------------------

TEST(RateRule, FlatChargesOncePerShipmentWhateverItHolds) {
  RateRule r;
  r.kind = RuleKind::Flat;
  r.amount = 750;
  EXPECT_EQ(apply(r, shipment(1000, 1, {1000})).total_e4(), minor(750));
  EXPECT_EQ(apply(r, shipment(90000, 40, {9000, 9000, 9000})).total_e4(), minor(750));
}

TEST(RateRule, HandlingIsAFixedFeeNamedAsSuch) {
  RateRule r;
  r.kind = RuleKind::Handling;
  r.amount = 150;
  const Applied a = apply(r, shipment(1000, 1));
  ASSERT_EQ(a.charges.size(), 1u);
  EXPECT_EQ(a.charges[0].kind, ChargeKind::Handling);
  EXPECT_EQ(a.total_e4(), minor(150));
}

TEST(RateRule, AFreeFlatRateIsZeroNotMissing) {
  RateRule r;
  r.kind = RuleKind::Flat;
  const Applied a = apply(r, shipment(1000, 1));
  EXPECT_EQ(a.outcome.status, RuleStatus::Applied);
  EXPECT_EQ(a.total_e4(), 0);
}

// ---- Tiers -------------------------------------------------------------------------------

TEST(RateRule, WeightExactlyAtATierBoundaryStaysInThatTier) {
  const Applied a = apply(tiers(RuleKind::WeightTiers, kWeight), shipment(0, 1, {2000}));
  EXPECT_EQ(a.total_e4(), minor(395));
  EXPECT_EQ(a.charges[0].bound, 2000);
}

TEST(RateRule, OneGramOverATierBoundaryMovesUp) {
  EXPECT_EQ(apply(tiers(RuleKind::WeightTiers, kWeight), shipment(0, 1, {2001})).total_e4(),
            minor(595));
}

TEST(RateRule, WeightTiersLookAtTheWholeShipment) {
  const Applied a = apply(tiers(RuleKind::WeightTiers, kWeight), shipment(0, 2, {2000, 2000}));
  EXPECT_EQ(a.charges[0].basis, 4000);
  EXPECT_EQ(a.total_e4(), minor(595));
}

TEST(RateRule, AboveTheLastTierTheServiceRefusesTheShipment) {
  const Applied a = apply(tiers(RuleKind::WeightTiers, kWeight), shipment(0, 1, {20001}));
  EXPECT_EQ(a.outcome.status, RuleStatus::OverLastTier);
  EXPECT_EQ(a.outcome.basis, 20001);
  EXPECT_EQ(a.outcome.limit, 20000);
  EXPECT_TRUE(a.charges.empty());
}

TEST(RateRule, SubtotalTiersIncludeTheirUpperBound) {
  const RateRule r = tiers(RuleKind::SubtotalTiers, {{2999, 900}, {7499, 600}, {99999999, 0}});
  EXPECT_EQ(apply(r, shipment(2999, 1)).total_e4(), minor(900));
  EXPECT_EQ(apply(r, shipment(3000, 1)).total_e4(), minor(600));
  EXPECT_EQ(apply(r, shipment(7500, 1)).total_e4(), 0);
}

TEST(RateRule, ItemTiersCountUnitsNotLines) {
  const RateRule r = tiers(RuleKind::ItemTiers, {{2, 600}, {5, 900}, {20, 1400}});
  EXPECT_EQ(apply(r, shipment(0, 2)).total_e4(), minor(600));
  EXPECT_EQ(apply(r, shipment(0, 3)).total_e4(), minor(900));
  EXPECT_EQ(apply(r, shipment(0, 21)).outcome.status, RuleStatus::OverLastTier);
}

TEST(RateRule, PerParcelTiersPriceEachParcelByItsOwnWeight) {
  const Applied a = apply(tiers(RuleKind::ParcelTiers, kWeight), shipment(0, 5, {2000, 9000}));
  ASSERT_EQ(a.charges.size(), 2u);
  EXPECT_EQ(a.charges[0].parcel, 0u);
  EXPECT_EQ(a.charges[1].parcel, 1u);
  EXPECT_EQ(a.total_e4(), minor(395 + 595));
}

TEST(RateRule, OneParcelOverTheLastTierRefusesTheShipmentAndSaysWhichParcel) {
  const Applied a = apply(tiers(RuleKind::ParcelTiers, kWeight), shipment(0, 5, {2000, 25000}));
  EXPECT_EQ(a.outcome.status, RuleStatus::OverLastTier);
  EXPECT_EQ(a.outcome.parcel, 1u);
  EXPECT_EQ(a.outcome.basis, 25000);
}

// ---- Per item ----------------------------------------------------------------------------

RateRule per_item(int64_t first, int64_t additional, std::optional<int64_t> cap = {}) {
  RateRule r;
  r.kind = RuleKind::PerItem;
  r.first = first;
  r.additional = additional;
  r.cap = cap;
  return r;
}

TEST(RateRule, PerItemChargesTheFirstUnitThenEachAdditionalOne) {
  EXPECT_EQ(apply(per_item(695, 250), shipment(0, 1)).total_e4(), minor(695));
  EXPECT_EQ(apply(per_item(695, 250), shipment(0, 3)).total_e4(), minor(695 + 2 * 250));
}

TEST(RateRule, PerItemStopsAtItsCap) {
  const Applied a = apply(per_item(695, 250, 1500), shipment(0, 10));
  EXPECT_EQ(a.total_e4(), minor(1500));
  EXPECT_EQ(a.charges[0].limit, ChargeLimit::Cap);
}

TEST(RateRule, PerItemExactlyAtTheCapIsNotMarkedAsCapped) {
  // 695 + 250 * 3 = 1445; with the cap at 1445 nothing was taken off.
  const Applied a = apply(per_item(695, 250, 1445), shipment(0, 4));
  EXPECT_EQ(a.total_e4(), minor(1445));
  EXPECT_EQ(a.charges[0].limit, ChargeLimit::None);
}

TEST(RateRule, PerItemWithNoUnitsChargesNothing) {
  EXPECT_EQ(apply(per_item(695, 250), shipment(0, 0)).total_e4(), 0);
}

// ---- Percent -----------------------------------------------------------------------------

RateRule percent(int32_t bp, std::optional<int64_t> min = {}, std::optional<int64_t> max = {}) {
  RateRule r;
  r.kind = RuleKind::Percent;
  r.percent_bp = bp;
  r.minimum = min;
  r.maximum = max;
  return r;
}

TEST(RateRule, PercentIsExactWithoutRoundingOnTheWay) {
  // 15 % of 110.50 is 16.575: kept exact, rounded only with the option's total.
  const Applied a = apply(percent(1500), shipment(11050, 1));
  EXPECT_EQ(a.total_e4(), 16575000);
}

TEST(RateRule, PercentRisesToItsMinimum) {
  const Applied a = apply(percent(1500, 995, 4995), shipment(2000, 1));
  EXPECT_EQ(a.total_e4(), minor(995));
  EXPECT_EQ(a.charges[0].limit, ChargeLimit::Minimum);
}

TEST(RateRule, PercentFallsToItsMaximum) {
  const Applied a = apply(percent(1500, 995, 4995), shipment(100000, 1));
  EXPECT_EQ(a.total_e4(), minor(4995));
  EXPECT_EQ(a.charges[0].limit, ChargeLimit::Maximum);
}

TEST(RateRule, PercentBetweenItsLimitsIsTheShare) {
  const Applied a = apply(percent(1500, 995, 4995), shipment(10000, 1));
  EXPECT_EQ(a.total_e4(), minor(1500));
  EXPECT_EQ(a.charges[0].limit, ChargeLimit::None);
}

TEST(RateRule, FractionalPercentagesAreExact) {
  // 12.5 % of 0.999 KWD (999 fils) is 124.875 fils.
  EXPECT_EQ(apply(percent(1250), shipment(999, 1)).total_e4(), 1248750);
}

// ---- Shipping classes --------------------------------------------------------------------

Service with_class_fees(ClassPolicy policy) {
  Service s;
  s.id = "s";
  s.class_fees = {{"bulky", 1500}, {"fragile", 500}, {"cold", 1500}};
  s.class_policy = policy;
  return s;
}

int64_t class_total(const Service& s, const std::vector<std::string>& classes,
                    std::vector<Charge>* out = nullptr) {
  std::vector<Charge> charges;
  EXPECT_EQ(apply_class_fees(s, classes, charges).status, RuleStatus::Applied);
  int64_t sum = 0;
  for (const Charge& c : charges) sum += c.amount.e4;
  if (out) *out = charges;
  return sum;
}

TEST(ClassFees, AMixedCartPaysOnlyTheHighestFeeUnderHighest) {
  std::vector<Charge> charges;
  EXPECT_EQ(class_total(with_class_fees(ClassPolicy::Highest), {"fragile", "bulky"}, &charges),
            minor(1500));
  ASSERT_EQ(charges.size(), 1u);
  EXPECT_EQ(charges[0].shipping_class, "bulky");
}

TEST(ClassFees, UnderHighestTheFirstListedClassWinsATie) {
  std::vector<Charge> charges;
  class_total(with_class_fees(ClassPolicy::Highest), {"cold", "bulky"}, &charges);
  ASSERT_EQ(charges.size(), 1u);
  EXPECT_EQ(charges[0].shipping_class, "bulky");
}

TEST(ClassFees, AMixedCartPaysEachDistinctClassOnceUnderSum) {
  std::vector<Charge> charges;
  EXPECT_EQ(class_total(with_class_fees(ClassPolicy::Sum), {"fragile", "bulky"}, &charges),
            minor(2000));
  EXPECT_EQ(charges.size(), 2u);
}

TEST(ClassFees, ClassesWithoutAFeeCostNothing) {
  EXPECT_EQ(class_total(with_class_fees(ClassPolicy::Sum), {"hazmat"}), 0);
  EXPECT_EQ(class_total(with_class_fees(ClassPolicy::Highest), {}), 0);
}

}  // namespace
}  // namespace od
