// ISO 8601 text for instants and local civil times.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/time/civil_date.hpp"
#include "core/time/time_zone.hpp"

namespace od {

// The instants the time functions handle: 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59Z. Outside
// it they answer as for the nearest end (parse_instant never produces such instants).
constexpr Instant kEarliestInstant = -62135596800;
constexpr Instant kLatestInstant = 253402300799;

constexpr Instant clamp_to_supported_range(Instant t) {
  return t < kEarliestInstant ? kEarliestInstant : t > kLatestInstant ? kLatestInstant : t;
}

// Strict "YYYY-MM-DDTHH:MM[:SS[.f...]]" then "Z" or "+HH:MM"/"-HH:MM": uppercase T and Z, real
// calendar dates, hours 00-23, no leap second, 1-9 fraction digits (dropped: an Instant is whole
// seconds), offsets up to 23:59, and years 1900..2200. Anything else is nullopt.
std::optional<Instant> parse_instant(std::string_view text);

// "YYYY-MM-DDTHH:MM:SSZ".
std::string format_instant(Instant t);

// "YYYY-MM-DDTHH:MM:SS" (the offset is not written).
std::string format_local(const LocalDateTime& local);

}  // namespace od
