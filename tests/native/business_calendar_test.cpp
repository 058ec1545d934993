#include "core/time/business_calendar.hpp"

#include <gtest/gtest.h>

#include "support/time_literals.hpp"

namespace od {
namespace {

using testing::day;

BusinessCalendar calendar(const char* place, WeekdaySet open = WeekdaySet::monday_to_friday()) {
  CalendarRules rules;
  rules.open_weekdays = open;
  rules.holiday_place = place;
  return *BusinessCalendar::create(rules);
}

std::string added(const BusinessCalendar& c, const char* start, int n) {
  const auto d = c.add_business_days(day(start), n);
  return d ? format_day(*d) : "none";
}

TEST(BusinessCalendar, DefaultIsMondayToFridayWithoutHolidays) {
  const BusinessCalendar c;
  EXPECT_TRUE(c.is_business_day(day("2026-12-25")));   // a Friday, no holidays
  EXPECT_FALSE(c.is_business_day(day("2026-12-26")));  // Saturday
  EXPECT_FALSE(c.is_business_day(day("2026-12-27")));  // Sunday
}

TEST(BusinessCalendar, UnknownHolidayPlaceIsRefused) {
  CalendarRules rules;
  rules.holiday_place = "GB";
  EXPECT_FALSE(BusinessCalendar::create(rules).has_value());
  rules.holiday_place = "GB-ENG";
  EXPECT_TRUE(BusinessCalendar::create(rules).has_value());
}

TEST(BusinessCalendar, PublicHolidaysAreClosed) {
  const auto c = calendar("GB-ENG");
  EXPECT_FALSE(c.is_business_day(day("2026-04-03")));  // Good Friday
  EXPECT_FALSE(c.is_business_day(day("2026-12-28")));  // Boxing Day substitute
  EXPECT_TRUE(c.is_business_day(day("2026-12-29")));
}

TEST(BusinessCalendar, NextBusinessDayIsTheSameDayWhenOpen) {
  const auto c = calendar("US");
  EXPECT_EQ(c.next_business_day(day("2026-07-01")), day("2026-07-01"));
  EXPECT_EQ(c.next_business_day(day("2026-07-03")), day("2026-07-06"));  // observed 4 July
}

TEST(BusinessCalendar, AddingZeroDaysOnAWeekendMovesToTheNextOpenDay) {
  const auto c = calendar("US");
  EXPECT_EQ(added(c, "2026-03-07", 0), "2026-03-09");  // Saturday -> Monday
  EXPECT_EQ(added(c, "2026-03-09", 0), "2026-03-09");
}

TEST(BusinessCalendar, AddingZeroDaysOnAHolidayMovesToTheNextOpenDay) {
  EXPECT_EQ(added(calendar("GB-ENG"), "2026-04-03", 0), "2026-04-07");  // Good Friday
}

TEST(BusinessCalendar, AddingDaysFromAClosedDayCountsFromTheNextOpenDay) {
  const auto c = calendar("US");
  EXPECT_EQ(added(c, "2026-03-07", 1), "2026-03-10");   // Saturday + 1 = Tuesday
  EXPECT_EQ(added(c, "2026-03-07", -1), "2026-03-06");  // Saturday - 1 = Friday
}

TEST(BusinessCalendar, NegativeDaysStepBackOverHolidays) {
  const auto c = calendar("GB-ENG");
  EXPECT_EQ(added(c, "2026-04-07", -1), "2026-04-02");  // back over Easter Monday, Good Friday
  EXPECT_EQ(added(c, "2026-01-05", -2), "2025-12-31");  // back over New Year's Day
}

TEST(BusinessCalendar, AcrossChristmasAndNewYear) {
  const auto c = calendar("GB-ENG");
  // 2027: 25-28 Dec closed (substitutes), 1 Jan 2028 Saturday -> Monday 3 Jan closed.
  EXPECT_EQ(added(c, "2027-12-24", 1), "2027-12-29");
  EXPECT_EQ(added(c, "2027-12-24", 3), "2027-12-31");
  EXPECT_EQ(added(c, "2027-12-24", 4), "2028-01-04");
  EXPECT_EQ(c.business_days_between(day("2027-12-24"), day("2028-01-04")), 4);
}

TEST(BusinessCalendar, AcrossEaster) {
  const auto de = calendar("DE");
  EXPECT_EQ(added(de, "2026-04-02", 1), "2026-04-07");  // Maundy Thursday + 1
  const auto se = calendar("SE");
  EXPECT_EQ(added(se, "2026-04-02", 1), "2026-04-07");
  const auto dk = calendar("DK");
  EXPECT_EQ(added(dk, "2026-04-01", 1), "2026-04-07");  // Maundy Thursday closed in Denmark
}

TEST(BusinessCalendar, LeapDayIsAnOrdinaryBusinessDay) {
  const auto c = calendar("US");
  EXPECT_TRUE(c.is_business_day(day("2028-02-29")));  // a Tuesday
  EXPECT_EQ(added(c, "2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(added(c, "2028-02-29", 1), "2028-03-01");
  EXPECT_EQ(c.business_days_between(day("2028-02-28"), day("2028-03-02")), 3);
}

TEST(BusinessCalendar, BetweenIsHalfOpenAndSigned) {
  const BusinessCalendar c;
  const DayNumber mon = day("2026-03-09");
  const DayNumber fri = day("2026-03-13");
  EXPECT_EQ(c.business_days_between(mon, mon), 0);
  EXPECT_EQ(c.business_days_between(mon, fri), 4);  // Mon..Thu
  EXPECT_EQ(c.business_days_between(fri, mon), -4);
  EXPECT_EQ(c.business_days_between(day("2026-03-07"), day("2026-03-10")), 1);  // Sat..Mon
}

TEST(BusinessCalendar, BetweenInvertsAddForEveryStartAndCount) {
  const auto c = calendar("GB-SCT");
  for (DayNumber start = day("2026-12-20"); start <= day("2027-01-10"); ++start) {
    for (int n = -12; n <= 12; ++n) {
      const auto end = c.add_business_days(start, n);
      ASSERT_TRUE(end.has_value());
      ASSERT_EQ(c.business_days_between(start, *end), n) << format_day(start) << " " << n;
    }
  }
}

TEST(BusinessCalendar, BetweenCountsWholeYears) {
  const BusinessCalendar c;
  EXPECT_EQ(c.business_days_between(day("2025-01-01"), day("2026-01-01")), 261);
  EXPECT_EQ(c.business_days_between(day("2024-06-01"), day("2027-06-01")),
            c.business_days_between(day("2024-06-01"), day("2026-01-01")).value() +
                c.business_days_between(day("2026-01-01"), day("2027-06-01")).value());
}

TEST(BusinessCalendar, ClosedDatesCloseAndOpenDatesOverride) {
  CalendarRules rules;
  rules.holiday_place = "GB-ENG";
  rules.closed_days = {day("2026-12-29"), day("2026-12-30")};  // between the holidays
  rules.open_days = {day("2026-12-26"), day("2026-12-31")};    // Saturday Boxing Day open
  const auto c = *BusinessCalendar::create(rules);
  EXPECT_TRUE(c.is_business_day(day("2026-12-26")));
  EXPECT_FALSE(c.is_business_day(day("2026-12-29")));
  EXPECT_EQ(added(c, "2026-12-26", 1), "2026-12-31");
}

TEST(BusinessCalendar, CompositionIsOpenOnlyWhenEveryMemberIsOpen) {
  const auto dispatch = calendar("DE-BY");                              // warehouse
  const auto carrier = calendar("", WeekdaySet::monday_to_saturday());  // delivers Saturdays
  const auto destination = calendar("AT");
  const BusinessCalendar lane = all_of({dispatch, carrier, destination});
  EXPECT_EQ(lane.members().size(), 3u);
  EXPECT_FALSE(lane.is_business_day(day("2026-01-06")));  // Epiphany in both
  EXPECT_FALSE(lane.is_business_day(day("2026-06-04")));  // Corpus Christi
  EXPECT_FALSE(lane.is_business_day(day("2026-10-26")));  // Austrian National Day only
  EXPECT_FALSE(lane.is_business_day(day("2026-12-08")));  // Immaculate Conception, Austria
  EXPECT_FALSE(lane.is_business_day(day("2026-10-03")));  // a Saturday: warehouse closed
  EXPECT_TRUE(lane.is_business_day(day("2026-10-27")));
  EXPECT_EQ(format_day(*lane.add_business_days(day("2026-10-23"), 1)), "2026-10-27");
}

TEST(BusinessCalendar, CompositionsNest) {
  const auto a = calendar("US");
  const auto b = calendar("CA");
  const auto c = calendar("GB-ENG");
  const auto nested = all_of({all_of({a, b}), c});
  const auto flat = all_of({a, b, c});
  for (DayNumber d = day("2026-01-01"); d <= day("2026-12-31"); ++d) {
    ASSERT_EQ(nested.is_business_day(d), flat.is_business_day(d)) << format_day(d);
  }
  EXPECT_EQ(all_of({}).is_business_day(day("2026-03-09")),
            BusinessCalendar().is_business_day(day("2026-03-09")));
}

TEST(BusinessCalendar, NeverOpenCalendarAnswersNothingInsteadOfHanging) {
  const auto closed = calendar("", WeekdaySet());
  EXPECT_FALSE(closed.next_business_day(day("2026-01-01")).has_value());
  EXPECT_FALSE(closed.add_business_days(day("2026-01-01"), 5).has_value());
  EXPECT_EQ(closed.business_days_between(day("2026-01-01"), day("2027-01-01")), 0);
}

TEST(BusinessCalendar, HugeCountsAreRefusedAtOnce) {
  const BusinessCalendar c;
  EXPECT_FALSE(c.add_business_days(day("2026-01-01"), 2'000'000'000).has_value());
  EXPECT_FALSE(c.add_business_days(day("2026-01-01"), -2'000'000'000).has_value());
  EXPECT_FALSE(c.add_business_days(day("2026-01-01"), 6000).has_value());  // ~23 years
  EXPECT_TRUE(c.add_business_days(day("2026-01-01"), 5000).has_value());   // ~19 years
  EXPECT_FALSE(c.business_days_between(day("1980-01-01"), day("2026-01-01")).has_value());
}

TEST(BusinessCalendar, LongSpansMatchDayByDayCounting) {
  const auto c = calendar("JP");
  const DayNumber start = day("2026-05-01");
  const auto end = c.add_business_days(start, 3000);
  ASSERT_TRUE(end.has_value());
  int32_t count = 0;
  for (DayNumber d = start; d < *end; ++d) count += c.is_business_day(d) ? 1 : 0;
  EXPECT_EQ(count, 3000);
  EXPECT_TRUE(c.is_business_day(*end));
}

TEST(BusinessCalendar, DaysOutsideTheSupportedYearsAreNotAnswered) {
  const BusinessCalendar c;
  EXPECT_FALSE(c.is_business_day(day("1969-12-31")));
  EXPECT_FALSE(c.next_business_day(day("1969-12-31")).has_value());
  EXPECT_FALSE(c.add_business_days(day("2100-12-30"), 5).has_value());
  EXPECT_FALSE(c.add_business_days(day("1970-01-02"), -5).has_value());
}

TEST(ResolveHolidayPlace, UsesTheSubdivisionOnlyWhenItHasItsOwnList) {
  EXPECT_EQ(resolve_holiday_place("DE", "BY"), "DE-BY");
  EXPECT_EQ(resolve_holiday_place("us", "ca"), "US");
  EXPECT_EQ(resolve_holiday_place("GB", "SCT"), "GB-SCT");
  EXPECT_EQ(resolve_holiday_place("GB", ""), std::nullopt);
  EXPECT_EQ(resolve_holiday_place("ZZ", "AA"), std::nullopt);
}

}  // namespace
}  // namespace od
