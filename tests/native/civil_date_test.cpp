#include "core/time/civil_date.hpp"

#include <gtest/gtest.h>

namespace od {
namespace {

TEST(CivilDate, EpochIsDayZeroAndAThursday) {
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(weekday_of(0), Weekday::Thu);
}

TEST(CivilDate, RoundTripsEveryDayFrom1900To2100) {
  for (DayNumber z = days_from_civil({1900, 1, 1}); z <= days_from_civil({2100, 12, 31}); ++z) {
    ASSERT_EQ(days_from_civil(civil_from_days(z)), z);
  }
}

TEST(CivilDate, LeapDayExistsOnlyInLeapYears) {
  EXPECT_TRUE(parse_civil_date("2024-02-29").has_value());
  EXPECT_FALSE(parse_civil_date("2025-02-29").has_value());
  EXPECT_FALSE(parse_civil_date("1900-02-29").has_value());
  EXPECT_TRUE(parse_civil_date("2000-02-29").has_value());
}

TEST(CivilDate, ParsingRejectsMalformedText) {
  for (const char* bad : {"", "2026-1-01", "2026/01/01", "2026-13-01", "2026-00-10", "2026-04-31",
                          "20260101", "2026-01-01T", "abcd-ef-gh"}) {
    EXPECT_FALSE(parse_civil_date(bad).has_value()) << bad;
  }
}

TEST(CivilDate, FormatsWithZeroPadding) {
  EXPECT_EQ(format_civil_date({2026, 3, 7}), "2026-03-07");
}

TEST(CivilDate, InstantsBeforeEpochFloorToThePreviousDay) {
  EXPECT_EQ(day_of_instant(-1), -1);
  EXPECT_EQ(day_of_instant(0), 0);
  EXPECT_EQ(day_of_instant(86399), 0);
}

}  // namespace
}  // namespace od
