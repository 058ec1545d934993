// Civil (proleptic Gregorian) dates as a day count, and instants as UTC seconds.
// Branch-light conversions follow the well-known days-from-civil algorithm (era of 400 years).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace od {

// Days since 1970-01-01 (negative before). Arithmetic on dates is arithmetic on this number.
using DayNumber = int32_t;
// Seconds since 1970-01-01T00:00:00Z, leap seconds ignored (as POSIX and every browser do).
using Instant = int64_t;

struct CivilDate {
  int32_t year = 1970;
  uint8_t month = 1;  // 1..12
  uint8_t day = 1;    // 1..31
  friend bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const CivilDate& a, const CivilDate& b) { return !(a == b); }
};

// ISO weekday: Monday = 1 ... Sunday = 7.
enum class Weekday : uint8_t { Mon = 1, Tue, Wed, Thu, Fri, Sat, Sun };

constexpr bool is_leap_year(int32_t y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int days_in_month(int32_t y, int m) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29 : kDays[(m - 1) % 12];
}

constexpr bool is_valid(const CivilDate& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

constexpr DayNumber days_from_civil(const CivilDate& d) {
  const int32_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int32_t era = (y >= 0 ? y : y - 399) / 400;
  const int32_t yoe = y - era * 400;                          // [0, 399]
  const int32_t mp = (d.month + 9) % 12;                      // March = 0
  const int32_t doy = (153 * mp + 2) / 5 + d.day - 1;         // [0, 365]
  const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;  // [0, 146096]
  return era * 146097 + doe - 719468;
}

constexpr CivilDate civil_from_days(DayNumber z) {
  z += 719468;
  const int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int32_t doe = z - era * 146097;
  const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int32_t mp = (5 * doy + 2) / 153;
  const int32_t d = doy - (153 * mp + 2) / 5 + 1;
  const int32_t m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{yoe + era * 400 + (m <= 2 ? 1 : 0), static_cast<uint8_t>(m),
                   static_cast<uint8_t>(d)};
}

constexpr Weekday weekday_of(DayNumber z) {
  // 1970-01-01 was a Thursday (ISO 4).
  const int32_t w = ((z % 7) + 7 + 3) % 7;  // Monday = 0
  return static_cast<Weekday>(w + 1);
}

constexpr Weekday weekday_of(const CivilDate& d) {
  return weekday_of(days_from_civil(d));
}

constexpr int64_t kSecondsPerDay = 86400;

// The civil day that contains a UTC instant (floor division: correct before 1970 too).
constexpr DayNumber day_of_instant(Instant t) {
  return static_cast<DayNumber>(t >= 0 ? t / kSecondsPerDay
                                       : (t - kSecondsPerDay + 1) / kSecondsPerDay);
}

// "YYYY-MM-DD" <-> CivilDate. Parsing is strict: four-digit year, real calendar dates only.
std::optional<CivilDate> parse_civil_date(std::string_view text);
std::string format_civil_date(const CivilDate& d);
inline std::string format_day(DayNumber z) {
  return format_civil_date(civil_from_days(z));
}

}  // namespace od
