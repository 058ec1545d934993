// United States: federal holidays.
// Sources: 5 U.S.C. 6103(a) (the list); Uniform Monday Holiday Act, Pub. L. 90-363 (Monday dates
// from 1971); Pub. L. 98-144 (Martin Luther King Jr. Day from 1986); Pub. L. 94-97 (Veterans Day
// back to 11 November from 1978); Pub. L. 117-17 (Juneteenth from 2021); Executive Order 11582
// and OPM's "Federal Holidays" rules (Saturday -> Friday before, Sunday -> Monday after);
// executive orders closing federal offices for national days of mourning.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Observance kFederal = Observance::kNearestWeekday;
constexpr Weekday kMon = Weekday::Mon;

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1).observed(kFederal),
    nth_weekday("Martin Luther King Jr. Day", 3, kMon, 1).from(1986),
    fixed("Washington's Birthday", 2, 22).until(1970).observed(kFederal),
    nth_weekday("Washington's Birthday", 3, kMon, 2).from(1971),
    fixed("Memorial Day", 5, 30).until(1970).observed(kFederal),
    last_weekday("Memorial Day", kMon, 5).from(1971),
    fixed("Juneteenth National Independence Day", 6, 19).from(2021).observed(kFederal),
    fixed("Independence Day", 7, 4).observed(kFederal),
    nth_weekday("Labor Day", 1, kMon, 9),
    fixed("Columbus Day", 10, 12).until(1970).observed(kFederal),
    nth_weekday("Columbus Day", 2, kMon, 10).from(1971),
    fixed("Veterans Day", 11, 11).until(1970).observed(kFederal),
    nth_weekday("Veterans Day", 4, kMon, 10).years(1971, 1977),
    fixed("Veterans Day", 11, 11).from(1978).observed(kFederal),
    nth_weekday("Thanksgiving Day", 4, Weekday::Thu, 11),
    fixed("Christmas Day", 12, 25).observed(kFederal),
    // National days of mourning (federal offices closed by executive order).
    once("National Day of Mourning for President Truman", 1972, 12, 28),
    once("National Day of Mourning for President Johnson", 1973, 1, 25),
    once("National Day of Mourning for President Nixon", 1994, 4, 27),
    once("National Day of Mourning for President Reagan", 2004, 6, 11),
    once("National Day of Mourning for President Ford", 2007, 1, 2),
    once("National Day of Mourning for President George H. W. Bush", 2018, 12, 5),
    once("National Day of Mourning for President Carter", 2025, 1, 9),
};

// clang-format on
}  // namespace

const Country& country_us() {
  static constexpr Country kCountry{"US", kNational, {}, true, "(observed)"};
  return kCountry;
}

}  // namespace od::holidays
