#include "core/time/posix_tz.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/time/instant.hpp"
#include "support/time_literals.hpp"

namespace {

using od::testing::at;
using od::testing::kHour;

od::PosixTimeZone rule(std::string_view text) {
  const std::optional<od::PosixTimeZone> tz = od::parse_posix_tz(text);
  if (!tz) ADD_FAILURE() << "rejected " << text;
  return tz.value_or(od::PosixTimeZone{});
}

TEST(PosixTz, FixedOffsetIsWrittenWestOfGreenwich) {
  EXPECT_EQ(rule("EST5").std_offset, -5 * kHour);
  EXPECT_EQ(rule("<+0545>-5:45").std_offset, 5 * kHour + 45 * 60);
  EXPECT_EQ(rule("<-0930>9:30").std_offset, -(9 * kHour + 30 * 60));
  EXPECT_EQ(rule("UTC0").std_offset, 0);
  EXPECT_FALSE(rule("UTC0").has_dst);
  EXPECT_EQ(od::posix_offset_at(rule("<+0545>-5:45"), at("2026-07-01T00:00Z")), 20700);
}

TEST(PosixTz, DaylightTimeDefaultsToOneHourAheadAndChangesAtTwo) {
  const od::PosixTimeZone tz = rule("EST5EDT,M3.2.0,M11.1.0");
  EXPECT_EQ(tz.dst_offset, -4 * kHour);
  EXPECT_EQ(tz.dst_start.time, 2 * kHour);
  EXPECT_EQ(od::posix_next_change(tz, at("2026-01-01T00:00Z")), at("2026-03-08T07:00Z"));
  EXPECT_EQ(od::posix_next_change(tz, at("2026-03-08T07:00Z")), at("2026-11-01T06:00Z"));
}

// Each year's changes are remembered between lookups: rules that differ only in their change
// dates, asked in turn about the same instant, each get their own answer.
TEST(PosixTz, RulesAskedInTurnEachGetTheirOwnAnswer) {
  const od::Instant april = at("2026-04-01T12:00Z");
  for (int round = 0; round < 3; ++round) {
    for (int month = 3; month <= 5; ++month) {
      const od::PosixTimeZone tz = rule("CET-1CEST,M" + std::to_string(month) + ".5.0,M10.5.0/3");
      EXPECT_EQ(od::posix_offset_at(tz, april), month <= 3 ? 2 * kHour : kHour) << month;
    }
  }
}

TEST(PosixTz, WeekFiveMeansTheLastSuchWeekdayOfTheMonth) {
  const od::PosixTimeZone tz = rule("GMT0BST,M3.5.0/1,M10.5.0");
  EXPECT_EQ(od::posix_next_change(tz, at("2026-01-01T00:00Z")), at("2026-03-29T01:00Z"));
  EXPECT_EQ(od::posix_next_change(tz, at("2026-06-01T00:00Z")), at("2026-10-25T01:00Z"));
  EXPECT_EQ(od::posix_offset_at(tz, at("2026-03-29T00:59:59Z")), 0);
  EXPECT_EQ(od::posix_offset_at(tz, at("2026-03-29T01:00:00Z")), kHour);
}

TEST(PosixTz, NegativeTransitionTimeFallsOnThePreviousDay) {
  // Greenland: DST starts at -1:00 on the last Sunday of March, i.e. Saturday 23:00 local.
  const od::PosixTimeZone tz = rule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
  EXPECT_EQ(tz.dst_start.time, -kHour);
  EXPECT_EQ(od::posix_next_change(tz, at("2026-01-01T00:00Z")), at("2026-03-28T23:00-02:00"));
  EXPECT_EQ(od::posix_next_change(tz, at("2026-06-01T00:00Z")), at("2026-10-25T00:00-01:00"));
}

TEST(PosixTz, TransitionTimePastMidnightFallsOnTheNextDay) {
  // Israel: the Friday before the last Sunday of March, written as Thursday 26:00.
  const od::PosixTimeZone tz = rule("IST-2IDT,M3.4.4/26,M10.5.0");
  EXPECT_EQ(od::posix_next_change(tz, at("2026-01-01T00:00Z")), at("2026-03-27T02:00+02:00"));
}

TEST(PosixTz, TransitionTimesUpTo167HoursAreAccepted) {
  const od::PosixTimeZone tz = rule("XXX3YYY,M3.1.0/167,M10.1.0/-167");
  EXPECT_EQ(tz.dst_start.time, 167 * kHour);
  EXPECT_EQ(tz.dst_end.time, -167 * kHour);
  EXPECT_FALSE(od::parse_posix_tz("XXX3YYY,M3.1.0/168,M10.1.0"));
}

TEST(PosixTz, JulianDaysNeverCountFebruary29) {
  // J60 is March 1 in every year.
  const od::PosixTimeZone tz = rule("XXX3YYY,J60/0,J300");
  EXPECT_EQ(od::posix_next_change(tz, at("2028-01-01T00:00Z")), at("2028-03-01T00:00-03:00"));
  EXPECT_EQ(od::posix_next_change(tz, at("2027-01-01T00:00Z")), at("2027-03-01T00:00-03:00"));
}

TEST(PosixTz, ZeroBasedDaysCountFebruary29) {
  // Day 59 is February 29 in a leap year and March 1 otherwise.
  const od::PosixTimeZone tz = rule("XXX3YYY,59/0,300");
  EXPECT_EQ(od::posix_next_change(tz, at("2028-01-01T00:00Z")), at("2028-02-29T00:00-03:00"));
  EXPECT_EQ(od::posix_next_change(tz, at("2027-01-01T00:00Z")), at("2027-03-01T00:00-03:00"));
}

TEST(PosixTz, SouthernHemisphereDaylightTimeSpansTheNewYear) {
  const od::PosixTimeZone tz = rule("AEST-10AEDT,M10.1.0,M4.1.0/3");
  EXPECT_EQ(od::posix_offset_at(tz, at("2026-01-01T00:00Z")), 11 * kHour);
  EXPECT_EQ(od::posix_offset_at(tz, at("2026-07-01T00:00Z")), 10 * kHour);
  EXPECT_EQ(od::posix_offset_at(tz, at("2026-12-31T23:00Z")), 11 * kHour);
}

TEST(PosixTz, NegativeDaylightSavingGivesALowerWinterOffset) {
  const od::PosixTimeZone tz = rule("IST-1GMT0,M10.5.0,M3.5.0/1");
  EXPECT_EQ(od::posix_offset_at(tz, at("2026-01-15T00:00Z")), 0);
  EXPECT_EQ(od::posix_offset_at(tz, at("2026-07-15T00:00Z")), kHour);
  EXPECT_EQ(od::posix_next_change(tz, at("2026-01-01T00:00Z")), at("2026-03-29T01:00Z"));
}

TEST(PosixTz, DaylightTimeAllYearNeverChanges) {
  // RFC 8536's example: DST from January 1 00:00 to December 31 25:00, i.e. all year.
  const od::PosixTimeZone tz = rule("EST5EDT4,0/0,J365/25");
  for (const char* iso : {"2026-01-01T00:00Z", "2026-01-01T05:00Z", "2026-07-01T00:00Z",
                          "2026-12-31T23:59:59Z", "2027-01-01T04:59:59Z", "2027-01-01T05:00Z"}) {
    EXPECT_EQ(od::posix_offset_at(tz, at(iso)), -4 * kHour) << iso;
  }
  EXPECT_EQ(od::posix_next_change(tz, at("2026-06-01T00:00Z")), std::nullopt);
}

TEST(PosixTz, FixedOffsetNeverChanges) {
  EXPECT_EQ(od::posix_next_change(rule("<+0530>-5:30"), at("2026-01-01T00:00Z")), std::nullopt);
}

TEST(PosixTz, RejectsMalformedRules) {
  for (const char* text : {"",
                           "UTC",
                           "AB0",
                           "<AB>0",
                           "<A!B>0",
                           "<ABC0",
                           "EST",
                           "EST+",
                           "EST5EDT",
                           "EST5EDT,",
                           "EST5EDT,M3.2.0",
                           "EST5EDT,M3.2.0,",
                           "EST5EDT,M13.1.0,M11.1.0",
                           "EST5EDT,M0.1.0,M11.1.0",
                           "EST5EDT,M3.6.0,M11.1.0",
                           "EST5EDT,M3.0.0,M11.1.0",
                           "EST5EDT,M3.2.7,M11.1.0",
                           "EST5EDT,M3.2,M11.1.0",
                           "EST25",
                           "EST24:60",
                           "EST5:5",
                           "EST5 ",
                           " EST5",
                           "EST5EDT,J0,J365",
                           "EST5EDT,J366,J1",
                           "EST5EDT,366,0",
                           "EST5EDT,M3.2.0/,M11.1.0",
                           "EST5EDT,M3.2.0/2:3,M11.1.0",
                           "EST5EDT,M3.2.0,M11.1.0,",
                           "EST5EDT,M3.2.0,M11.1.0x",
                           "EST5EDT;M3.2.0,M11.1.0"}) {
    EXPECT_FALSE(od::parse_posix_tz(text)) << text;
  }
}

TEST(PosixTz, ExtremeInstantsDoNotOverflow) {
  const od::PosixTimeZone tz = rule("GMT0BST,M3.5.0/1,M10.5.0");
  EXPECT_EQ(od::posix_offset_at(tz, std::numeric_limits<od::Instant>::max()), 0);
  EXPECT_EQ(od::posix_offset_at(tz, std::numeric_limits<od::Instant>::min()), 0);
  EXPECT_EQ(od::posix_next_change(tz, std::numeric_limits<od::Instant>::max()), std::nullopt);
  EXPECT_TRUE(od::posix_next_change(tz, std::numeric_limits<od::Instant>::min()));
}

}  // namespace
