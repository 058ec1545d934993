#include <gtest/gtest.h>

#include "core/calibrate/history_reader.hpp"
#include "core/calibrate/promise_gap.hpp"
#include "support/shipment_history.hpp"

namespace od {
namespace {

CalibrationResult history_with(const StoreConfig& config, std::vector<double> transit,
                               std::vector<double> handling) {
  testing::LaneDraws lane;
  lane.transit_weights = std::move(transit);
  lane.handling_weights = std::move(handling);
  lane.shipments = 1000;
  HistoryReader reader(config, {});
  reader.feed(testing::kHistoryHeader);
  reader.feed(testing::generate_rows(config, lane, 11));
  return reader.finish();
}

TEST(PromiseGap, ATransitPromiseTighterThanHistoryIsFlaggedWithItsLateShare) {
  const StoreConfig config = testing::history_store();  // std to home promises 1-2 days
  const auto result = history_with(config, {0, 0.5, 0.2, 0.3}, {1});
  const auto gaps = promises_tighter_than_history(config, result);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0].part, PromisePart::kTransit);
  EXPECT_EQ(gaps[0].service, "std");
  EXPECT_EQ(gaps[0].zone, "home");
  EXPECT_EQ(gaps[0].configured_days, 2);
  EXPECT_EQ(gaps[0].history_days, 3);
  EXPECT_EQ(gaps[0].shipments, 1000u);
  EXPECT_EQ(gaps[0].late, result.lanes[0].transit.counts()[3]);
  EXPECT_NEAR(gaps[0].late_share(), 0.3, 0.06);
}

TEST(PromiseGap, AHandlingPromiseTighterThanHistoryIsFlagged) {
  const StoreConfig config = testing::history_store();  // handling 0-1 days
  const auto result = history_with(config, {0, 1}, {0.2, 0.2, 0.6});
  const auto gaps = promises_tighter_than_history(config, result);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0].part, PromisePart::kHandling);
  EXPECT_EQ(gaps[0].origin, "wh");
  EXPECT_EQ(gaps[0].configured_days, 1);
  EXPECT_EQ(gaps[0].history_days, 2);
}

TEST(PromiseGap, PromisesTheHistoryMeetsAreNotFlagged) {
  const StoreConfig config = testing::history_store();
  EXPECT_TRUE(
      promises_tighter_than_history(config, history_with(config, {0, 0.7, 0.3}, {1})).empty());
}

}  // namespace
}  // namespace od
