// Ireland: public holidays.
// Sources: Organisation of Working Time Act 1997, Schedule 2 (as amended, St Brigid's Day from
// 2023 by S.I. 559/2022); citizensinformation.ie "Public holidays in Ireland"; S.I. 50/2022 (the
// 2022 Day of Remembrance and Recognition). Good Friday is not a public holiday. A holiday on a
// weekend gives each employee a day in lieu or pay (Act s. 21), not a common substitute date.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Weekday kMon = Weekday::Mon;

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1).from(1974),
    // "The first Monday in February, or 1 February if that date falls on a Friday".
    weekday_on_or_after("St Brigid's Day", kMon, 2, 1)
        .or_the_date_itself_if(Weekday::Fri)
        .from(2023),
    fixed("St Patrick's Day", 3, 17),
    once("Day of Remembrance and Recognition", 2022, 3, 18),
    easter("Easter Monday", 1),
    nth_weekday("May Day", 1, kMon, 5).from(1994),
    nth_weekday("June Bank Holiday", 1, kMon, 6).from(1973),
    nth_weekday("August Bank Holiday", 1, kMon, 8),
    last_weekday("October Bank Holiday", kMon, 10).from(1977),
    fixed("Christmas Day", 12, 25),
    fixed("St Stephen's Day", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_ie() {
  static constexpr Country kCountry{"IE", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
