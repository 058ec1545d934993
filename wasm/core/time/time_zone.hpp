// IANA time zones compiled into the core: UTC offsets, local civil time and back, for every zone
// and link name of the tzdata release the build used. No host zone data is ever consulted, so
// native and wasm builds give the same answers.
//
// Offsets are exact from 2000-01-01T00:00Z (the CMake option OD_TZDATA_SINCE picks the year);
// earlier instants get the offset in force at that moment, so the request readers refuse them
// (see earliest_exact_instant). Storefront times are now and the weeks ahead: the table costs
// about 20 KB of wasm data this way, against 39 KB from 1970.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/time/civil_date.hpp"

namespace od {

struct TimeZone;  // an entry of the compiled table; only ever handled by pointer or reference

// Exact, case-sensitive IANA names and their links ("Europe/London", "GB", "US/Eastern", "UTC",
// "Etc/GMT+5"); nullptr for anything else.
const TimeZone* find_time_zone(std::string_view name);

// The first instant whose offsets the table keeps exactly (January 1 of the build's first year,
// UTC). Callers refuse earlier instants rather than answer with a plausible wrong offset.
Instant earliest_exact_instant();
std::string_view time_zone_name(const TimeZone& tz);  // the name it was found under

// Every known name, in byte order, for pickers and listings.
size_t time_zone_count();
const TimeZone* time_zone_at(size_t index);  // nullptr past the end

std::string_view time_zone_data_version();  // the tzdata release, e.g. "2025b"

// Seconds east of UTC in force at `t`.
int32_t utc_offset_at(const TimeZone& tz, Instant t);

// The first instant after `t` at which the zone's UTC offset changes; nullopt when it never
// changes again.
std::optional<Instant> next_offset_change(const TimeZone& tz, Instant t);

struct LocalDateTime {
  DayNumber day;
  int32_t second_of_day;   // 0..86399
  int32_t offset_seconds;  // local = UTC + offset
};

LocalDateTime to_local(const TimeZone& tz, Instant t);

// How a local civil time maps to instants around an offset change.
enum class LocalTimeKind : uint8_t {
  kUnique,   // exactly one instant shows this wall time
  kGap,      // skipped (clocks jumped forward over it): no instant shows it
  kOverlap,  // repeated (clocks went back): two instants show it
};

struct LocalTimeResolution {
  LocalTimeKind kind;
  // The "compatible" choice of JavaScript Temporal, the one from_local returns: in an overlap the
  // earlier instant, in a gap the wall time moved forward by the length of the gap.
  Instant instant;
  // Temporal's "earlier" and "later": in an overlap the two instants; in a gap the wall time read
  // with the offset after the change (lands before it) and with the one before (lands after it).
  // Both equal `instant` when the time is unique.
  Instant earlier;
  Instant later;
};

// `second_of_day` outside 0..86399 rolls over into neighbouring days.
LocalTimeResolution resolve_local(const TimeZone& tz, DayNumber day, int32_t second_of_day);

inline Instant from_local(const TimeZone& tz, DayNumber day, int32_t second_of_day) {
  return resolve_local(tz, day, second_of_day).instant;
}

}  // namespace od
