#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "core/calibrate/history_reader.hpp"
#include "core/calibrate/shipment_days.hpp"
#include "support/shipment_history.hpp"

namespace od {
namespace {

using testing::generate_rows;
using testing::history_store;
using testing::kHistoryHeader;
using testing::LaneDraws;

CalibrationResult calibrate(const StoreConfig& config, const std::string& csv, double target = 0.95,
                            size_t chunk = 0) {
  CalibrationOptions options;
  options.target = *share_to_ppm(target);
  HistoryReader reader(config, options);
  if (chunk == 0) chunk = csv.size() + 1;
  for (size_t at = 0; at < csv.size(); at += chunk)
    reader.feed(std::string_view(csv).substr(at, chunk));
  return reader.finish();
}

LaneDraws standard_lane(int shipments) {
  LaneDraws lane;
  lane.handling_weights = {0.7, 0.2, 0.1};           // cumulative 0.7, 0.9, 1
  lane.transit_weights = {0, 0.6, 0.3, 0.08, 0.02};  // cumulative 0, 0.6, 0.9, 0.98, 1
  lane.shipments = shipments;
  return lane;
}

TEST(CalibrateHistory, PromiseIsTheTrueQuantileOfTheGeneratingDistribution) {
  const StoreConfig config = history_store();
  const auto result =
      calibrate(config, kHistoryHeader + generate_rows(config, standard_lane(20000), 1));
  ASSERT_EQ(result.lanes.size(), 1u);
  const LaneCalibration& lane = result.lanes[0];
  EXPECT_EQ(lane.service, "std");
  EXPECT_EQ(lane.zone, "home");
  EXPECT_EQ(lane.count, 20000u);
  EXPECT_EQ(lane.promise_transit_days, 3);
  EXPECT_EQ(lane.transit.smallest_meeting(500000), 1);
  EXPECT_EQ(lane.transit.smallest_meeting(990000), 4);
  EXPECT_EQ(lane.handling.smallest_meeting(500000), 0);
  EXPECT_EQ(lane.handling.smallest_meeting(950000), 2);
  EXPECT_EQ(result.used, 20000u);
  EXPECT_EQ(result.rejected, 0u);
}

TEST(CalibrateHistory, AHigherTargetNeedsALongerPromise) {
  const StoreConfig config = history_store();
  const auto result =
      calibrate(config, kHistoryHeader + generate_rows(config, standard_lane(20000), 2), 0.99);
  ASSERT_EQ(result.lanes.size(), 1u);
  EXPECT_EQ(result.lanes[0].promise_transit_days, 4);
}

TEST(CalibrateHistory, BacktestOnTimeShareMeetsTheTargetWithinSamplingError) {
  const StoreConfig config = history_store();
  LaneDraws lane;
  lane.transit_weights = {0, 0.5, 0.3, 0.16, 0.04};  // cumulative 0.5, 0.8, 0.96, 1
  lane.shipments = 20000;
  const auto result = calibrate(config, kHistoryHeader + generate_rows(config, lane, 3));
  ASSERT_EQ(result.lanes.size(), 1u);
  const LaneBacktest& b = result.lanes[0].backtest;
  ASSERT_TRUE(b.available);
  EXPECT_EQ(b.test_count, 4000u);  // 40 orders a day: whole days make exactly a fifth
  EXPECT_EQ(b.calibration_count, 16000u);
  EXPECT_EQ(b.promise_transit_days, 3);
  const double sigma = std::sqrt(0.95 * 0.05 / double(b.test_count));
  EXPECT_GE(b.on_time_share(), 0.95 - 3 * sigma);
  EXPECT_NEAR(b.early_share(), 0.8, 4 * std::sqrt(0.8 * 0.2 / double(b.test_count)));
}

TEST(CalibrateHistory, LanesAreKeptApartByServiceAndZone) {
  const StoreConfig config = history_store();
  LaneDraws fr = standard_lane(500);
  fr.country = "FR";
  fr.transit_weights = {0, 0, 0, 1};
  LaneDraws exp = standard_lane(500);
  exp.service = "exp";
  exp.transit_weights = {0, 1};
  const auto result = calibrate(config, kHistoryHeader + generate_rows(config, fr, 4) +
                                            generate_rows(config, exp, 5) +
                                            generate_rows(config, standard_lane(500), 6));
  ASSERT_EQ(result.lanes.size(), 3u);
  EXPECT_EQ(result.lanes[0].zone, "home");  // services, then zones, in configuration order
  EXPECT_EQ(result.lanes[1].zone, "fr");
  EXPECT_EQ(result.lanes[1].promise_transit_days, 3);
  EXPECT_EQ(result.lanes[2].service, "exp");
  EXPECT_EQ(result.lanes[2].promise_transit_days, 1);
  ASSERT_EQ(result.origins.size(), 1u);
  EXPECT_EQ(result.origins[0].handling.total(), 1500u);
}

TEST(CalibrateHistory, CorruptRowsAreReportedWithTheirLineNumbers) {
  const std::string csv =
      std::string(kHistoryHeader) +
      "1,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,std,GB,\n"    // 2
      "2,yesterday,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,std,GB,\n"               // 3
      "3,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,slow,GB,\n"   // 4
      "4,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,std,G,\n"     // 5
      "5,2026-11-02T09:00:00Z,2026-11-04T16:00:00Z,2026-11-03T12:00:00Z,std,GB,\n"    // 6
      "6,2026-11-02T09:00:00Z,\"2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,std,GB,\n"  // 7
      "7,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,exp,FR,\n"    // 8
      "\n"                                                                            // 9
      "8,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,std,GB,\n"    // 10
      "9,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z\n"                                 // 11
      "10,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,std,US,\n";  // 12
  const StoreConfig config = history_store();
  const auto result = calibrate(config, csv);
  EXPECT_EQ(result.used, 2u);
  EXPECT_EQ(result.rejected, 8u);
  std::vector<uint64_t> lines;
  for (const RejectedRow& row : result.listed_rejections) {
    lines.push_back(row.line);
    EXPECT_FALSE(row.reason.empty());
  }
  EXPECT_EQ(lines, (std::vector<uint64_t>{3, 4, 5, 6, 7, 8, 11, 12}));
  EXPECT_NE(result.listed_rejections[0].reason.find("ordered_at"), std::string::npos);
  EXPECT_NE(result.listed_rejections[1].reason.find("slow"), std::string::npos);
}

TEST(CalibrateHistory, ListedRejectionsAreCappedButAllAreCounted) {
  CalibrationOptions options;
  options.max_listed_rejections = 3;
  const StoreConfig config = history_store();
  HistoryReader reader(config, options);
  reader.feed(kHistoryHeader);
  for (int i = 0; i < 10; ++i) reader.feed("x,bad,bad,bad,std,GB,\n");
  const auto result = reader.finish();
  EXPECT_EQ(result.rejected, 10u);
  EXPECT_EQ(result.listed_rejections.size(), 3u);
}

TEST(CalibrateHistory, AHeaderWithoutARequiredColumnIsFatal) {
  const StoreConfig config = history_store();
  HistoryReader reader(config, {});
  reader.feed("order_id,ordered_at,shipped_at,service,country\n1,a,b,std,GB\n");
  reader.finish();
  ASSERT_TRUE(reader.fatal().has_value());
  EXPECT_EQ(reader.fatal()->line, 1u);
  EXPECT_NE(reader.fatal()->reason.find("delivered_at"), std::string::npos);
}

TEST(CalibrateHistory, AnEmptyHistoryIsFatal) {
  const StoreConfig config = history_store();
  HistoryReader reader(config, {});
  reader.finish();
  EXPECT_TRUE(reader.fatal().has_value());
}

TEST(CalibrateHistory, ColumnsComeInAnyOrderAfterAByteOrderMarkWithCrLf) {
  const std::string csv =
      "\xEF\xBB\xBF"
      "Country,Service,delivered_at,shipped_at,ordered_at,extra\r\n"
      "GB,std,2026-11-04T12:00:00Z,2026-11-02T16:00:00Z,2026-11-02T09:00:00Z,x\r\n";
  const StoreConfig config = history_store();
  const auto result = calibrate(config, csv);
  EXPECT_EQ(result.used, 1u);
  ASSERT_EQ(result.lanes.size(), 1u);
  EXPECT_EQ(result.lanes[0].promise_transit_days, 2);
}

TEST(CalibrateHistory, FeedingInSmallChunksGivesTheSameFigures) {
  const StoreConfig config = history_store();
  const std::string csv = "\xEF\xBB\xBF" + std::string(kHistoryHeader) +
                          generate_rows(config, standard_lane(300), 7) + "bad,\"row\n" +
                          generate_rows(config, standard_lane(10), 8);
  const auto whole = calibrate(config, csv);
  for (size_t chunk : {1u, 2u, 7u, 64u}) {
    const auto pieces = calibrate(config, csv, 0.95, chunk);
    ASSERT_EQ(pieces.lanes.size(), whole.lanes.size()) << chunk;
    EXPECT_EQ(pieces.used, whole.used) << chunk;
    EXPECT_EQ(pieces.lanes[0].transit.counts(), whole.lanes[0].transit.counts()) << chunk;
    ASSERT_EQ(pieces.listed_rejections.size(), 1u) << chunk;
    EXPECT_EQ(pieces.listed_rejections[0].line, 302u) << chunk;
  }
}

TEST(CalibrateHistory, ARowLongerThanTheLimitIsRejectedAndReadingGoesOn) {
  const StoreConfig config = history_store();
  HistoryReader reader(config, {});
  reader.feed(kHistoryHeader);
  reader.feed(std::string(kMaxHistoryRecordBytes + 10, 'x'));
  reader.feed("\n1,2026-11-02T09:00:00Z,2026-11-02T16:00:00Z,2026-11-04T12:00:00Z,std,GB,\n");
  const auto result = reader.finish();
  EXPECT_EQ(result.used, 1u);
  ASSERT_EQ(result.listed_rejections.size(), 1u);
  EXPECT_EQ(result.listed_rejections[0].line, 2u);
}

TEST(CalibrateBacktest, TheNewestFifthIsTakenInWholeOrderDays) {
  std::map<DayNumber, DayHistogram> days;
  for (DayNumber d = 0; d < 10; ++d) days[d].add(d < 8 ? 1 : 3, 10);
  const LaneBacktest b = backtest_newest_fifth(days, 950000);
  ASSERT_TRUE(b.available);
  EXPECT_EQ(b.test_count, 20u);
  EXPECT_EQ(b.test_from, 8);
  EXPECT_EQ(b.promise_transit_days, 1);
  EXPECT_EQ(b.on_time, 0u);
  EXPECT_EQ(b.early, 0u);
}

TEST(CalibrateBacktest, ASingleOrderDayHasNoBacktest) {
  std::map<DayNumber, DayHistogram> days;
  days[3].add(1, 100);
  EXPECT_FALSE(backtest_newest_fifth(days, 950000).available);
}

TEST(CalibrateBacktest, TheOldestDayAlwaysStaysForCalibration) {
  std::map<DayNumber, DayHistogram> days;
  days[1].add(1, 1);
  days[2].add(2, 99);
  const LaneBacktest b = backtest_newest_fifth(days, 950000);
  ASSERT_TRUE(b.available);
  EXPECT_EQ(b.calibration_count, 1u);
  EXPECT_EQ(b.on_time, 0u);
}

}  // namespace
}  // namespace od

namespace od {
namespace {

TEST(CalibrateHistory, ArbitraryBytesAreCountedAsRowsNeverACrash) {
  const StoreConfig config = testing::history_store();
  std::mt19937 rng(99);
  const char alphabet[] = "ab,\"\r\n\xEF\xBB\xBF 0:-TZ";
  for (int round = 0; round < 200; ++round) {
    std::string csv = testing::kHistoryHeader;
    const size_t length = rng() % 400;
    for (size_t i = 0; i < length; ++i) csv += alphabet[rng() % (sizeof alphabet - 1)];
    HistoryReader reader(config, {});
    const size_t chunk = 1 + rng() % 16;
    for (size_t at = 0; at < csv.size(); at += chunk) {
      reader.feed(std::string_view(csv).substr(at, chunk));
    }
    const auto result = reader.finish();
    EXPECT_EQ(result.used, 0u);
    EXPECT_EQ(result.rejected, result.listed_rejections.size());
    for (const RejectedRow& row : result.listed_rejections) EXPECT_GE(row.line, 2u);
  }
}

}  // namespace
}  // namespace od
