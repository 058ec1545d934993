// Turns a country's rule tables into the holidays of one place and year.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/time/holidays.hpp"
#include "core/time/holidays/rules.hpp"

namespace od::holidays {

// The date a rule gives in `year`, before any weekend substitute; nullopt when the rule does not
// apply that year.
std::optional<DayNumber> rule_date(const HolidayRule& rule, int32_t year);

// Every holiday (with substitute days) dated in `year` for the country, or for one of its
// subdivisions when `subdivision` is not null. Sorted by date; ties keep table order.
std::vector<Holiday> holidays_in_year(const Country& country, const Subdivision* subdivision,
                                      int32_t year);

}  // namespace od::holidays
