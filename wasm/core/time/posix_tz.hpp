// POSIX TZ strings as TZif files end with them (RFC 8536 section 3.3): the rule that governs
// instants after a zone's last listed transition, e.g. "GMT0BST,M3.5.0/1,M10.5.0".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/time/civil_date.hpp"

namespace od {

// The day (and local time of day) on which daylight saving time starts or ends.
struct PosixDateRule {
  enum class Kind : uint8_t {
    kJulianNoLeap,  // "Jn": day 1..365, February 29 never counted
    kZeroBasedDay,  // "n": day 0..365, February 29 counted in leap years
    kMonthWeekDay,  // "Mm.w.d": weekday d (0 = Sunday) of week w (5 = last) of month m
  };
  Kind kind = Kind::kMonthWeekDay;
  uint16_t day = 0;  // Jn and n forms
  uint8_t month = 1;
  uint8_t week = 1;
  uint8_t weekday = 0;
  // Seconds after local midnight, in the time in force just before the change; RFC 8536 allows
  // -167 h .. +167 h, so a change may fall on a neighbouring day.
  int32_t time = 2 * 3600;
};

struct PosixTimeZone {
  int32_t std_offset = 0;  // seconds east of UTC (POSIX spells them west, with the sign flipped)
  bool has_dst = false;
  int32_t dst_offset = 0;
  PosixDateRule dst_start;
  PosixDateRule dst_end;
};

// Strict: the whole text must be one rule; out-of-range fields are rejected. A DST name without
// a ",start,end" rule is rejected too (TZif footers always spell the rule out).
std::optional<PosixTimeZone> parse_posix_tz(std::string_view text);

// Seconds east of UTC in force at `t`.
int32_t posix_offset_at(const PosixTimeZone& tz, Instant t);

// The first instant after `t` at which the offset changes; nullopt for a fixed offset.
std::optional<Instant> posix_next_change(const PosixTimeZone& tz, Instant t);

}  // namespace od
