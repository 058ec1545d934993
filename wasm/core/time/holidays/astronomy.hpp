// Dates that holiday rules hang on: Gregorian Easter Sunday and Japan's equinox days.
#pragma once

#include <cstdint>

#include "core/time/civil_date.hpp"

namespace od::holidays {

// Easter Sunday of the Gregorian calendar (the "anonymous" computus: golden number, epact with
// solar and lunar corrections, then the Sunday after the paschal full moon).
constexpr CivilDate easter_sunday(int32_t year) {
  const int32_t golden = year % 19;  // position in the Metonic cycle
  const int32_t century = year / 100;
  const int32_t year_in_century = year % 100;
  const int32_t skipped_leap_days = century / 4;
  const int32_t century_rest = century % 4;
  const int32_t lunar_correction = (century + 8) / 25;
  const int32_t moon_shift = (century - lunar_correction + 1) / 3;
  const int32_t epact = (19 * golden + century - skipped_leap_days - moon_shift + 15) % 30;
  const int32_t quarter = year_in_century / 4;
  const int32_t quarter_rest = year_in_century % 4;
  const int32_t to_sunday = (32 + 2 * century_rest + 2 * quarter - epact - quarter_rest) % 7;
  const int32_t late_correction = (golden + 11 * epact + 22 * to_sunday) / 451;
  const int32_t n = epact + to_sunday - 7 * late_correction + 114;
  return CivilDate{year, static_cast<uint8_t>(n / 31), static_cast<uint8_t>(n % 31 + 1)};
}

// Japan's equinox holidays follow the National Astronomical Observatory's published day,
// approximated by the widely used formula (exact for 1900-2099 against the observatory's
// tables, and for 2100 with the next period's constants). Fixed point in millionths of a day
// so that native and wasm builds agree bit for bit.
constexpr int equinox_day_of_month(int32_t year, bool autumn) {
  int64_t base = 0;
  int32_t leap_anchor = 1980;
  if (year <= 1979) {
    base = autumn ? 23258800 : 20835700;
    leap_anchor = 1983;
  } else if (year <= 2099) {
    base = autumn ? 23248800 : 20843100;
  } else {
    base = autumn ? 24248800 : 21851000;
  }
  // The formula truncates (y - anchor) / 4 towards zero; C++ integer division does the same.
  const int64_t value =
      base + int64_t{242194} * (year - 1980) - int64_t{1000000} * ((year - leap_anchor) / 4);
  return static_cast<int>(value / 1000000);
}

}  // namespace od::holidays
