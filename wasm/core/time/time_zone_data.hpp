// Layout of the time-zone table that scripts/gen-tzdata.mjs generates at build time from the
// host's compiled tzdata. Only time_zone.cpp reads it; everyone else uses time_zone.hpp.
#pragma once

#include <cstdint>

namespace od {

// One zone or link name. Several names share a timeline when their offsets agree since the
// table's first year.
struct TimeZone {
  uint16_t name_offset;  // into tzdata::kNames
  uint8_t name_length;
  uint16_t timeline;  // into tzdata::kTimelines
};

namespace tzdata {

// The UTC offsets of one timeline: kOffsets[initial_offset] until its first transition, the
// transitions [first, first + count) of the shared arrays, and from the last of them on the
// POSIX TZ rule kFooters[footer] (an empty rule means the last offset stays for ever).
struct Timeline {
  uint16_t first;
  uint16_t count;
  uint8_t initial_offset;
  uint8_t footer;
};

extern const char kVersion[];     // tzdata release, e.g. "2025b"
extern const int32_t kSinceYear;  // offsets are exact from January 1 of this year (UTC) on

extern const char kNames[];      // all names back to back, in byte order
extern const TimeZone kZones[];  // sorted by name
extern const uint16_t kZoneCount;

extern const Timeline kTimelines[];
extern const uint16_t kTimelineCount;

// Transition times of all timelines in timeline order, each as the LEB128 code of the gap to the
// previous transition of its timeline (the first one: to the epoch): 2 * hours for a gap of whole
// hours, 2 * seconds + 1 otherwise.
extern const uint16_t kTransitionCount;
extern const uint8_t kTransitionTimeCodes[];
extern const uint32_t kTransitionTimeCodeBytes;
extern const uint8_t kTransitionOffsets[];  // per transition: index into kOffsets

extern const int32_t kOffsets[];  // seconds east of UTC
extern const char* const kFooters[];
extern const uint8_t kFooterCount;

}  // namespace tzdata
}  // namespace od
