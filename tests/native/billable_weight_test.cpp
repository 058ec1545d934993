// Billable weight: the greater of actual and dimensional weight, rounded up as carriers do.
#include <gtest/gtest.h>

#include "core/shipping/billable_weight.hpp"

namespace od {
namespace {

Service billing(int32_t divisor, int64_t step_ug) {
  Service s;
  s.dim_divisor = divisor;
  s.weight_step_ug = step_ug;
  return s;
}

constexpr int64_t kKg = 1000 * kMicrogramsPerGram;

TEST(BillableWeight, DimensionalWeightIsOuterVolumeOverTheDivisor) {
  // 400 x 300 x 250 mm = 30 000 cm^3; over 5000 cm^3/kg that is 6 kg.
  EXPECT_EQ(dimensional_grams({400, 300, 250}, 5000), 6000);
}

TEST(BillableWeight, DimensionalWeightRoundsUpToAWholeGram) {
  EXPECT_EQ(dimensional_grams({10, 10, 11}, 5000), 1);  // 0.22 g
}

TEST(BillableWeight, WithoutADivisorOnlyActualWeightCounts) {
  EXPECT_EQ(dimensional_grams({400, 300, 250}, 0), 0);
  EXPECT_EQ(billable_grams(1200, {400, 300, 250}, billing(0, 0)), 1200);
}

TEST(BillableWeight, ALightBulkyParcelBillsByItsSize) {
  EXPECT_EQ(billable_grams(1200, {400, 300, 250}, billing(5000, 0)), 6000);
}

TEST(BillableWeight, ADenseParcelBillsByItsWeight) {
  EXPECT_EQ(billable_grams(9000, {400, 300, 250}, billing(5000, 0)), 9000);
}

TEST(BillableWeight, ALargerDivisorMakesSizeCountLess) {
  EXPECT_EQ(billable_grams(1200, {400, 300, 250}, billing(6000, 0)), 5000);
}

TEST(BillableWeight, RoundsUpToWholeKilograms) {
  EXPECT_EQ(round_up_to_step(1, kKg), 1000);
  EXPECT_EQ(round_up_to_step(1000, kKg), 1000);
  EXPECT_EQ(round_up_to_step(1001, kKg), 2000);
}

TEST(BillableWeight, RoundsUpToWholePoundsAndHoldsAPoundExactly) {
  EXPECT_EQ(round_up_to_step(1, kMicrogramsPerPound), 453);  // 453.59237 g
  EXPECT_EQ(round_up_to_step(453, kMicrogramsPerPound), 453);
  EXPECT_EQ(round_up_to_step(454, kMicrogramsPerPound), 907);  // 2 lb = 907.18474 g
  EXPECT_EQ(round_up_to_step(908, kMicrogramsPerPound), 1360);
}

TEST(BillableWeight, RoundsUpToHalfKilograms) {
  EXPECT_EQ(round_up_to_step(501, 500 * kMicrogramsPerGram), 1000);
}

TEST(BillableWeight, NothingWeighsNothingAndNoStepLeavesTheWeightAlone) {
  EXPECT_EQ(round_up_to_step(0, kKg), 0);
  EXPECT_EQ(round_up_to_step(1234, 0), 1234);
}

TEST(BillableWeight, TheGreaterWeightIsRoundedAfterTheComparison) {
  // Actual 1.9 kg, dimensional 1.95 kg: 2 kg either way; actual 2.05 kg bills 3 kg.
  EXPECT_EQ(billable_grams(1900, {300, 250, 130}, billing(5000, kKg)), 2000);
  EXPECT_EQ(billable_grams(2050, {300, 250, 130}, billing(5000, kKg)), 3000);
}

TEST(BillableWeight, AnUnknownSizeBillsByWeight) {
  EXPECT_EQ(billable_grams(700, {0, 0, 0}, billing(5000, kKg)), 1000);
}

}  // namespace
}  // namespace od
