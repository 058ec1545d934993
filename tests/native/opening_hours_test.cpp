// When a channel is open: slots as wall-clock time in the channel's zone, half-open intervals,
// dated exceptions, DST days and a bounded search for the next change.
#include <gtest/gtest.h>

#include "core/contact/opening_hours.hpp"
#include "support/channel_builder.hpp"

namespace od {
namespace {

using testing::at;
using testing::ChannelBuilder;
using testing::day;
using testing::slot;

// 2026-01-05 is a Monday; London is on GMT (UTC+0) in January.
ChannelBuilder office() {
  ChannelBuilder b;
  b.weekdays("09:00", "17:30");
  return b;
}

TEST(OpeningHours, OpenAtExactlyTheOpeningMinute) {
  const auto b = office();
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_FALSE(hours.is_open(at("2026-01-05T08:59:59Z")));
  EXPECT_TRUE(hours.is_open(at("2026-01-05T09:00:00Z")));
}

TEST(OpeningHours, ClosedAtExactlyTheClosingMinute) {
  const auto b = office();
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_TRUE(hours.is_open(at("2026-01-05T17:29:59Z")));
  EXPECT_FALSE(hours.is_open(at("2026-01-05T17:30:00Z")));
}

TEST(OpeningHours, AtTheOpeningMinuteTheNextChangeIsTheClosing) {
  const auto b = office();
  const OpenState s = OpeningHours(b.get(), b.time_zone()).state_at(at("2026-01-05T09:00:00Z"));
  EXPECT_TRUE(s.open);
  EXPECT_EQ(s.next_change, at("2026-01-05T17:30:00Z"));
}

TEST(OpeningHours, AtTheClosingMinuteTheNextChangeIsTomorrowsOpening) {
  const auto b = office();
  const OpenState s = OpeningHours(b.get(), b.time_zone()).state_at(at("2026-01-05T17:30:00Z"));
  EXPECT_FALSE(s.open);
  EXPECT_EQ(s.next_change, at("2026-01-06T09:00:00Z"));
}

TEST(OpeningHours, OnFridayEveningTheNextOpeningIsMonday) {
  const auto b = office();
  const OpenState s = OpeningHours(b.get(), b.time_zone()).state_at(at("2026-01-09T18:00:00Z"));
  EXPECT_FALSE(s.open);
  EXPECT_EQ(s.next_change, at("2026-01-12T09:00:00Z"));
}

TEST(OpeningHours, SlotsAreWallClockTimeSoSummerHoursMoveWithTheClocks) {
  const auto b = office();
  const OpeningHours hours(b.get(), b.time_zone());
  // 2026-07-06 is a Monday; London is on BST (UTC+1): 09:00 is 08:00Z.
  EXPECT_TRUE(hours.is_open(at("2026-07-06T08:00:00Z")));
  EXPECT_FALSE(hours.is_open(at("2026-07-06T16:30:00Z")));
}

TEST(OpeningHours, ASlotPastMidnightKeepsTheChannelOpenIntoTheNextDay) {
  ChannelBuilder b;
  b.on({Weekday::Fri}, {slot("20:00", "02:00")});
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_TRUE(hours.is_open(at("2026-01-10T01:59:00Z")));  // Saturday
  EXPECT_FALSE(hours.is_open(at("2026-01-10T02:00:00Z")));
  EXPECT_EQ(hours.state_at(at("2026-01-09T23:00:00Z")).next_change, at("2026-01-10T02:00:00Z"));
}

TEST(OpeningHours, ASlotPastMidnightJoinsTheNextDaysFirstSlotWithoutAFalseChange) {
  ChannelBuilder b;
  b.on({Weekday::Mon}, {slot("20:00", "02:00")}).on({Weekday::Tue}, {slot("00:00", "06:00")});
  const OpenState s = OpeningHours(b.get(), b.time_zone()).state_at(at("2026-01-05T21:00:00Z"));
  EXPECT_TRUE(s.open);
  EXPECT_EQ(s.next_change, at("2026-01-06T06:00:00Z"));
}

TEST(OpeningHours, APublicHolidayOfTheHolidayPlaceClosesTheDay) {
  auto b = office();
  b.holidays("GB-ENG");
  const OpeningHours hours(b.get(), b.time_zone());
  const ChannelDay christmas = hours.day(day("2026-12-25"));
  EXPECT_EQ(christmas.kind, DayKind::Holiday);
  EXPECT_EQ(christmas.holiday, "Christmas Day");
  EXPECT_TRUE(christmas.slots.empty());
  EXPECT_FALSE(hours.is_open(at("2026-12-25T12:00:00Z")));
}

TEST(OpeningHours, WithoutAHolidayPlaceHolidaysAreOrdinaryDays) {
  const auto b = office();
  EXPECT_TRUE(OpeningHours(b.get(), b.time_zone()).is_open(at("2026-12-25T12:00:00Z")));
}

TEST(OpeningHours, SpecialHoursReplaceTheWeeklyHoursForTheirDate) {
  auto b = office();
  b.special("2026-12-24", {slot("09:00", "13:00")});
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_EQ(hours.day(day("2026-12-24")).kind, DayKind::Special);
  EXPECT_TRUE(hours.is_open(at("2026-12-24T12:59:00Z")));
  EXPECT_FALSE(hours.is_open(at("2026-12-24T13:00:00Z")));
  EXPECT_EQ(hours.state_at(at("2026-12-24T10:00:00Z")).next_change, at("2026-12-24T13:00:00Z"));
}

TEST(OpeningHours, SpecialHoursOpenTheChannelOnAPublicHoliday) {
  auto b = office();
  b.holidays("GB-ENG").special("2026-12-28", {slot("10:00", "12:00")});  // Boxing Day observed
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_TRUE(hours.is_open(at("2026-12-28T11:00:00Z")));
}

TEST(OpeningHours, AClosureWinsOverSpecialHoursOnTheSameDate) {
  auto b = office();
  b.special("2026-01-07", {slot("09:00", "13:00")}).closed_on("2026-01-07");
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_EQ(hours.day(day("2026-01-07")).kind, DayKind::Closure);
  EXPECT_FALSE(hours.is_open(at("2026-01-07T10:00:00Z")));
}

TEST(OpeningHours, AlwaysOpenMeansOpenWithNoChangeWithinTheWindow) {
  ChannelBuilder b;
  b.always_open();
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_TRUE(hours.round_the_clock());
  const OpenState s = hours.state_at(at("2026-03-29T01:30:00Z"));
  EXPECT_TRUE(s.open);
  EXPECT_FALSE(s.next_change.has_value());
}

TEST(OpeningHours, AlwaysOpenStillClosesOnItsHolidays) {
  ChannelBuilder b;
  b.always_open().holidays("GB-ENG");
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_FALSE(hours.round_the_clock());
  const OpenState s = hours.state_at(at("2026-12-24T12:00:00Z"));
  EXPECT_TRUE(s.open);
  EXPECT_EQ(s.next_change, at("2026-12-25T00:00:00Z"));
}

TEST(OpeningHours, AChannelWithNoHoursIsNeverOpenAndHasNoNextChange) {
  ChannelBuilder b;
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_TRUE(hours.never_open());
  const OpenState s = hours.state_at(at("2026-01-05T12:00:00Z"));
  EXPECT_FALSE(s.open);
  EXPECT_FALSE(s.next_change.has_value());
}

TEST(OpeningHours, AnOpeningFarAheadIsFoundWithinTheWindow) {
  ChannelBuilder b;
  b.special("2026-11-02", {slot("10:00", "11:00")});
  const OpenState s = OpeningHours(b.get(), b.time_zone()).state_at(at("2026-01-05T12:00:00Z"));
  EXPECT_FALSE(s.open);
  EXPECT_EQ(s.next_change, at("2026-11-02T10:00:00Z"));
}

TEST(OpeningHours, AnOpeningBeyondTheWindowIsReportedAsNone) {
  ChannelBuilder b;
  b.special("2027-06-01", {slot("10:00", "11:00")});
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_FALSE(hours.never_open());
  EXPECT_FALSE(hours.state_at(at("2026-01-05T12:00:00Z")).next_change.has_value());
  EXPECT_TRUE(hours.state_at(at("2026-01-05T12:00:00Z"), 600).next_change.has_value());
}

TEST(OpeningHours, ASlotCrossingTheSpringGapEndsOnTheNewClock) {
  ChannelBuilder b;  // 2026-03-29: London clocks go from 01:00 GMT to 02:00 BST
  b.on({Weekday::Sun}, {slot("00:30", "03:00")});
  const auto open = OpeningHours(b.get(), b.time_zone()).day_intervals(day("2026-03-29"));
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].start, at("2026-03-29T00:30:00Z"));
  EXPECT_EQ(open[0].end, at("2026-03-29T02:00:00Z"));  // 03:00 BST
}

TEST(OpeningHours, ASlotStartingInsideTheSpringGapMovesForwardByTheGap) {
  ChannelBuilder b;
  b.on({Weekday::Sun}, {slot("01:00", "01:30")});
  const auto open = OpeningHours(b.get(), b.time_zone()).day_intervals(day("2026-03-29"));
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].start, at("2026-03-29T01:00:00Z"));  // 02:00 BST
  EXPECT_EQ(open[0].end, at("2026-03-29T01:30:00Z"));    // 02:30 BST
}

TEST(OpeningHours, ASlotInTheAutumnOverlapStartsAtTheFirstOccurrence) {
  ChannelBuilder b;  // 2026-10-25: London clocks go back from 02:00 BST to 01:00 GMT
  b.on({Weekday::Sun}, {slot("01:00", "03:00")});
  const auto open = OpeningHours(b.get(), b.time_zone()).day_intervals(day("2026-10-25"));
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].start, at("2026-10-25T00:00:00Z"));  // 01:00 BST
  EXPECT_EQ(open[0].end, at("2026-10-25T03:00:00Z"));    // 03:00 GMT: three hours open
}

TEST(OpeningHours, IntervalsAreMergedAndOrdered) {
  ChannelBuilder b;
  b.always_open();
  const auto open = OpeningHours(b.get(), b.time_zone())
                        .intervals(at("2026-01-05T12:00:00Z"), at("2026-01-09T12:00:00Z"));
  ASSERT_EQ(open.size(), 1u);
  EXPECT_LE(open[0].start, at("2026-01-05T12:00:00Z"));
  EXPECT_GE(open[0].end, at("2026-01-09T12:00:00Z"));
}

TEST(OpeningHours, IntervalsListEachOpeningInTheRange) {
  const auto b = office();
  const auto open = OpeningHours(b.get(), b.time_zone())
                        .intervals(at("2026-01-05T12:00:00Z"), at("2026-01-07T10:00:00Z"));
  ASSERT_EQ(open.size(), 3u);
  EXPECT_EQ(open[0], (OpenInterval{at("2026-01-05T09:00:00Z"), at("2026-01-05T17:30:00Z")}));
  EXPECT_EQ(open[2], (OpenInterval{at("2026-01-07T09:00:00Z"), at("2026-01-07T17:30:00Z")}));
}

TEST(OpeningHours, EachChannelUsesItsOwnZone) {
  ChannelBuilder b("America/New_York");
  b.weekdays("09:00", "17:00");
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_FALSE(hours.is_open(at("2026-01-05T13:59:00Z")));
  EXPECT_TRUE(hours.is_open(at("2026-01-05T14:00:00Z")));
}

}  // namespace
}  // namespace od
