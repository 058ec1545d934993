// Reply-by instants: open time counted across nights, weekends and holidays; whole open days.
#include <gtest/gtest.h>

#include "core/contact/reply_by.hpp"
#include "support/channel_builder.hpp"

namespace od {
namespace {

using testing::at;
using testing::ChannelBuilder;
using testing::slot;

// Mon-Fri 09:00-17:30 in London with the bank holidays of England. January 2026: GMT;
// 2026-01-05 is a Monday.
ChannelBuilder english_office() {
  ChannelBuilder b;
  b.weekdays("09:00", "17:30").holidays("GB-ENG");
  return b;
}

std::optional<Instant> due(const ChannelBuilder& b, ReplyUnit unit, int32_t amount,
                           const std::string& received) {
  const OpeningHours hours(b.get(), b.time_zone());
  return reply_by(hours, ReplyPromise{unit, amount}, at(received));
}

TEST(ReplyBy, BusinessHoursWithinOneOpenDay) {
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessHours, 3, "2026-01-05T10:00:00Z"),
            at("2026-01-05T13:00:00Z"));
}

TEST(ReplyBy, BusinessHoursRunningOutAtClosingFallDueAtClosing) {
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessHours, 8, "2026-01-05T09:30:00Z"),
            at("2026-01-05T17:30:00Z"));
}

TEST(ReplyBy, BusinessHoursCarryOverTheNight) {
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessHours, 3, "2026-01-05T16:00:00Z"),
            at("2026-01-06T10:30:00Z"));
}

TEST(ReplyBy, BusinessHoursCarryOverTheWeekend) {
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessHours, 3, "2026-01-09T16:00:00Z"),
            at("2026-01-12T10:30:00Z"));
}

TEST(ReplyBy, BusinessHoursSkipAWeekendAndTheBankHolidaysAroundIt) {
  // Thursday 2 April 2026, 16:00 BST; Good Friday and Easter Monday are bank holidays.
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessHours, 3, "2026-04-02T15:00:00Z"),
            at("2026-04-07T09:30:00Z"));  // Tuesday 10:30 BST
}

TEST(ReplyBy, AMessageSentWhileClosedStartsCountingAtTheNextOpening) {
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessHours, 1, "2026-01-10T12:00:00Z"),  // Saturday
            at("2026-01-12T10:00:00Z"));
}

TEST(ReplyBy, AMessageSentAtTheClosingMinuteStartsCountingTomorrow) {
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessHours, 1, "2026-01-05T17:30:00Z"),
            at("2026-01-06T10:00:00Z"));
}

TEST(ReplyBy, MinutesCountOpenMinutesToo) {
  EXPECT_EQ(due(english_office(), ReplyUnit::Minutes, 45, "2026-01-05T17:00:00Z"),
            at("2026-01-06T09:15:00Z"));
}

TEST(ReplyBy, BusinessDaysCountWholeOpenDaysAfterTheMessage) {
  // Sent Monday 10:00: Monday is not whole, Tuesday is the first whole open day.
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessDays, 1, "2026-01-05T10:00:00Z"),
            at("2026-01-06T17:30:00Z"));
}

TEST(ReplyBy, AMessageSentAtTheOpeningMinuteFindsThatDayWhole) {
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessDays, 1, "2026-01-05T09:00:00Z"),
            at("2026-01-05T17:30:00Z"));
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessDays, 1, "2026-01-05T09:01:00Z"),
            at("2026-01-06T17:30:00Z"));
}

TEST(ReplyBy, BusinessDaysSkipWeekendsAndBankHolidays) {
  // Thursday 2 April 2026 noon: Friday and Monday are bank holidays; Tuesday and Wednesday count.
  EXPECT_EQ(due(english_office(), ReplyUnit::BusinessDays, 2, "2026-04-02T11:00:00Z"),
            at("2026-04-08T16:30:00Z"));  // Wednesday 17:30 BST
}

TEST(ReplyBy, BusinessDaysEndWhenAShortSpecialDayCloses) {
  auto b = english_office();
  b.special("2026-12-24", {slot("09:00", "13:00")});
  EXPECT_EQ(due(b, ReplyUnit::BusinessDays, 1, "2026-12-23T12:00:00Z"), at("2026-12-24T13:00:00Z"));
}

TEST(ReplyBy, RoundTheClockChannelsCountClockTime) {
  ChannelBuilder b;
  b.always_open();
  EXPECT_EQ(due(b, ReplyUnit::BusinessHours, 8, "2026-01-10T20:00:00Z"),
            at("2026-01-11T04:00:00Z"));
}

TEST(ReplyBy, RoundTheClockChannelsCountClockTimeAcrossAClockChange) {
  ChannelBuilder b;  // 2026-03-29 01:00Z: London skips an hour of wall time, not of real time
  b.always_open();
  EXPECT_EQ(due(b, ReplyUnit::BusinessHours, 2, "2026-03-29T00:00:00Z"),
            at("2026-03-29T02:00:00Z"));
}

TEST(ReplyBy, ANeverOpenChannelPromisesNothing) {
  ChannelBuilder b;
  EXPECT_FALSE(due(b, ReplyUnit::BusinessHours, 8, "2026-01-05T10:00:00Z").has_value());
}

TEST(ReplyBy, AChannelWithoutAPromisePromisesNothing) {
  EXPECT_FALSE(due(english_office(), ReplyUnit::None, 0, "2026-01-05T10:00:00Z").has_value());
}

TEST(ReplyBy, APromiseThatCannotBeKeptWithinTheSearchHasNoInstant) {
  ChannelBuilder b;  // one hour, once, too little for eight business hours
  b.special("2026-02-02", {slot("10:00", "11:00")});
  EXPECT_FALSE(due(b, ReplyUnit::BusinessHours, 8, "2026-01-05T10:00:00Z").has_value());
}

TEST(ReplyBy, OpenSecondsCountOnlyTimeInsideSlots) {
  const auto b = english_office();
  const OpeningHours hours(b.get(), b.time_zone());
  EXPECT_EQ(open_seconds_between(hours, at("2026-01-09T17:00:00Z"), at("2026-01-12T10:00:00Z")),
            90 * 60);
}

}  // namespace
}  // namespace od
