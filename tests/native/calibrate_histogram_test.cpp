#include <gtest/gtest.h>

#include "core/calibrate/day_histogram.hpp"

namespace od {
namespace {

DayHistogram from_counts(std::initializer_list<uint64_t> counts) {
  DayHistogram h;
  int32_t day = 0;
  for (uint64_t c : counts) h.add(day++, c);
  return h;
}

TEST(DayHistogram, SmallestMeetingIsTheNearestRankPercentile) {
  const DayHistogram h = from_counts({0, 60, 30, 8, 2});  // cumulative 60, 90, 98, 100
  EXPECT_EQ(h.smallest_meeting(500000), 1);
  EXPECT_EQ(h.smallest_meeting(900000), 2);
  EXPECT_EQ(h.smallest_meeting(950000), 3);
  EXPECT_EQ(h.smallest_meeting(980000), 3);
  EXPECT_EQ(h.smallest_meeting(990000), 4);
  EXPECT_EQ(h.smallest_meeting(kWhole), 4);
}

TEST(DayHistogram, AShareMetExactlyNeedsNoExtraDay) {
  // 19 of 20 is exactly 95 %: floating point must not tip it over.
  const DayHistogram h = from_counts({19, 1});
  EXPECT_EQ(h.smallest_meeting(*share_to_ppm(0.95)), 0);
}

TEST(DayHistogram, EmptyHasNoPercentile) {
  EXPECT_FALSE(DayHistogram().smallest_meeting(950000).has_value());
}

TEST(DayHistogram, CountsAtMostAndBelow) {
  const DayHistogram h = from_counts({1, 2, 3});
  EXPECT_EQ(h.count_at_most(1), 3u);
  EXPECT_EQ(h.count_below(1), 1u);
  EXPECT_EQ(h.count_below(0), 0u);
  EXPECT_EQ(h.count_at_most(9), 6u);
}

TEST(DayHistogram, SharesOutsideZeroToOneAreRefused) {
  EXPECT_FALSE(share_to_ppm(0.0).has_value());
  EXPECT_FALSE(share_to_ppm(1.5).has_value());
  EXPECT_FALSE(share_to_ppm(-0.1).has_value());
  EXPECT_EQ(share_to_ppm(0.95), 950000);
}

}  // namespace
}  // namespace od
