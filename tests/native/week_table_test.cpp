// Weekly hours in another zone: rows are the viewer's local days, with the offsets of that week.
#include <gtest/gtest.h>

#include "core/contact/week_table.hpp"
#include "support/channel_builder.hpp"

namespace od {
namespace {

using testing::at;
using testing::ChannelBuilder;
using testing::day;
using testing::minutes;
using testing::slot;
using testing::zone;

struct Wall {
  int32_t start;
  int32_t end;
  friend bool operator==(const Wall& a, const Wall& b) {
    return a.start == b.start && a.end == b.end;
  }
  friend std::ostream& operator<<(std::ostream& os, const Wall& w) {
    return os << w.start / 60 << ":" << w.start % 60 << "-" << w.end / 60 << ":" << w.end % 60;
  }
};

Wall wall(const std::string& start, const std::string& end) {
  return {minutes(start), end == "24:00" ? 1440 : minutes(end)};
}

std::vector<Wall> walls(const ZoneDay& row) {
  std::vector<Wall> out;
  for (const WallSlot& s : row.slots) out.push_back({s.start_minute, s.end_minute});
  return out;
}

ChannelBuilder london_office() {
  ChannelBuilder b;
  b.weekdays("09:00", "17:00");
  return b;
}

TEST(WeekTable, ALondonDaySeenFromSydneySpansTwoLocalDays) {
  const auto b = london_office();
  const OpeningHours hours(b.get(), b.time_zone());
  // Week of Monday 2026-01-05 in Sydney (AEDT, UTC+11; London on GMT).
  const auto rows = open_days_in_zone(hours, zone("Australia/Sydney"), day("2026-01-05"), 2);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(walls(rows[0]), (std::vector<Wall>{wall("20:00", "24:00")}));
  EXPECT_EQ(walls(rows[1]), (std::vector<Wall>{wall("00:00", "04:00"), wall("20:00", "24:00")}));
  EXPECT_EQ(rows[1].slots[0].start, at("2026-01-05T13:00:00Z"));
}

TEST(WeekTable, WhenOnlyNewYorkHasChangedClocksTheStoreOpensAtFiveThere) {
  // 2026-03-08 New York moved to EDT; London stays on GMT until 2026-03-29.
  const auto b = london_office();
  const auto rows = open_days_in_zone(OpeningHours(b.get(), b.time_zone()),
                                      zone("America/New_York"), day("2026-03-09"), 1);
  EXPECT_EQ(walls(rows[0]), (std::vector<Wall>{wall("05:00", "13:00")}));
}

TEST(WeekTable, OnceBothHaveChangedClocksItIsFourAgain) {
  const auto b = london_office();
  const auto rows = open_days_in_zone(OpeningHours(b.get(), b.time_zone()),
                                      zone("America/New_York"), day("2026-03-30"), 1);
  EXPECT_EQ(walls(rows[0]), (std::vector<Wall>{wall("04:00", "12:00")}));
}

TEST(WeekTable, WhenOnlyLondonHasChangedBackTheStoreOpensAtFiveInNewYork) {
  // 2026-10-25 London back to GMT; New York stays on EDT until 2026-11-01.
  const auto b = london_office();
  const auto rows = open_days_in_zone(OpeningHours(b.get(), b.time_zone()),
                                      zone("America/New_York"), day("2026-10-26"), 1);
  EXPECT_EQ(walls(rows[0]), (std::vector<Wall>{wall("05:00", "13:00")}));
}

TEST(WeekTable, TheSameZoneShowsTheConfiguredSlots) {
  const auto b = london_office();
  const auto rows = open_days_in_zone(OpeningHours(b.get(), b.time_zone()), zone("Europe/London"),
                                      day("2026-01-05"), 7);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(walls(rows[0]), (std::vector<Wall>{wall("09:00", "17:00")}));
  EXPECT_TRUE(rows[5].slots.empty());  // Saturday
}

TEST(WeekTable, ASlotPastMidnightIsSplitAtTheViewersMidnight) {
  ChannelBuilder b;
  b.on({Weekday::Fri}, {slot("20:00", "02:00")});
  const auto rows = open_days_in_zone(OpeningHours(b.get(), b.time_zone()), zone("Europe/London"),
                                      day("2026-01-09"), 2);
  EXPECT_EQ(walls(rows[0]), (std::vector<Wall>{wall("20:00", "24:00")}));
  EXPECT_EQ(walls(rows[1]), (std::vector<Wall>{wall("00:00", "02:00")}));
}

TEST(WeekTable, RoundTheClockDaysShowOneWholeDaySlot) {
  ChannelBuilder b;
  b.always_open();
  const auto rows = open_days_in_zone(OpeningHours(b.get(), b.time_zone()), zone("Asia/Kolkata"),
                                      day("2026-01-05"), 3);
  for (const auto& row : rows) EXPECT_EQ(walls(row), (std::vector<Wall>{wall("00:00", "24:00")}));
}

TEST(WeekTable, AHolidayShowsInTheActualWeekButNotInTheRegularOne) {
  auto b = london_office();
  b.holidays("GB-ENG");
  const OpeningHours hours(b.get(), b.time_zone());
  const auto actual = open_days_in_zone(hours, zone("Europe/London"), day("2026-12-21"), 7);
  EXPECT_TRUE(actual[4].slots.empty());  // Friday 25 December
  const auto regular =
      regular_week_in_zone(hours, zone("Europe/London"), at("2026-12-23T12:00:00Z"));
  ASSERT_EQ(regular.size(), 7u);
  EXPECT_EQ(regular[0].day, day("2026-12-21"));
  EXPECT_EQ(walls(regular[4]), (std::vector<Wall>{wall("09:00", "17:00")}));
}

TEST(WeekTable, TheRegularWeekInSydneyWrapsTheWeekend) {
  const auto b = london_office();
  const auto rows = regular_week_in_zone(OpeningHours(b.get(), b.time_zone()),
                                         zone("Australia/Sydney"), at("2026-01-07T00:00:00Z"));
  EXPECT_EQ(walls(rows[0]), (std::vector<Wall>{wall("20:00", "24:00")}));  // Monday
  EXPECT_EQ(walls(rows[5]), (std::vector<Wall>{wall("00:00", "04:00")}));  // Saturday
  EXPECT_TRUE(rows[6].slots.empty());                                      // Sunday
}

TEST(WeekTable, MondayOfAnyDayIsTheWeeksMonday) {
  EXPECT_EQ(monday_of(day("2026-01-11")), day("2026-01-05"));
  EXPECT_EQ(monday_of(day("2026-01-05")), day("2026-01-05"));
}

}  // namespace
}  // namespace od
