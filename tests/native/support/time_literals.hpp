// Dates, instants and zones written as text in tests: "2026-03-29", "2026-03-29T01:00Z",
// "Europe/London". A typo fails the test that made it instead of passing a default along.
#pragma once

#include <cstdint>
#include <string_view>

#include <gtest/gtest.h>

#include "core/time/civil_date.hpp"
#include "core/time/instant.hpp"
#include "core/time/time_zone.hpp"

namespace od::testing {

inline constexpr int32_t kHour = 3600;

inline DayNumber day(std::string_view yyyy_mm_dd) {
  const auto d = parse_civil_date(yyyy_mm_dd);
  EXPECT_TRUE(d.has_value()) << "bad date " << yyyy_mm_dd;
  return d ? days_from_civil(*d) : 0;
}

inline Instant at(std::string_view iso) {
  const auto t = parse_instant(iso);
  EXPECT_TRUE(t.has_value()) << "bad instant " << iso;
  return t.value_or(0);
}

inline const TimeZone& zone(std::string_view name) {
  const TimeZone* z = find_time_zone(name);
  EXPECT_NE(z, nullptr) << "unknown zone " << name;
  return z ? *z : *find_time_zone("UTC");
}

}  // namespace od::testing
