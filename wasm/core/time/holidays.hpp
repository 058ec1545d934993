// Public holidays of countries and their subdivisions, built in (rules in holidays/*.cpp).
// "Public holidays" means every day on which businesses close in that place: the statutory or
// bank holidays, including substitute ("observed") days given when a holiday falls on a
// weekend. A subdivision's list includes the national holidays kept there.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/civil_date.hpp"

namespace od {

struct Holiday {
  DayNumber day;
  std::string name;
};

// Years the built-in rules are written for; outside them public_holidays() is empty.
constexpr int32_t kFirstHolidayYear = 1970;
constexpr int32_t kLastHolidayYear = 2100;

// "US", "GB-ENG", "DE-BY": ISO 3166-1 alpha-2, optionally "-" and an ISO 3166-2 suffix.
// Letters are matched without regard to case.
bool is_known_holiday_place(std::string_view code);

// Holidays dated in `year`, sorted by date (a day may appear twice when two holidays coincide).
// Empty when the place is unknown or the year is outside [kFirstHolidayYear, kLastHolidayYear].
std::vector<Holiday> public_holidays(std::string_view code, int32_t year);

// Every supported code, sorted.
std::vector<std::string> holiday_places();

}  // namespace od
