// The time-zone table that scripts/gen-tzdata.mjs generates at build time from the host's
// compiled tzdata, as compact byte streams. Only time_zone.cpp reads it (and indexes it once, at
// first use); everyone else uses time_zone.hpp.
//
// A timeline is the list of UTC offsets one or more names share since kSinceYear: an initial
// offset, transitions to other offsets, and from the last transition on a POSIX TZ rule (the
// "footer"; empty means the last offset stays for ever).
#pragma once

#include <cstdint>

namespace od {
namespace tzdata {

extern const char kVersion[];     // tzdata release, e.g. "2025b"
extern const int32_t kSinceYear;  // offsets are exact from January 1 of this year (UTC) on

// Zone and link names, each ended by '\0', in byte order; kZoneTimelines holds each one's
// timeline.
extern const uint16_t kZoneCount;
extern const char kNames[];
extern const uint16_t kZoneTimelines[];

// Per timeline: LEB128(transition count), initial offset index, footer index.
extern const uint16_t kTimelineCount;
extern const uint8_t kTimelineCodes[];
extern const uint32_t kTimelineCodeBytes;

// The transitions of all timelines in timeline order. Each gives the gap to the previous
// transition of its timeline (the first one: to the epoch) and the new offset:
//   LEB128(2 * hours)                       a gap of whole hours, after which the offset goes
//                                           back to the one before the previous transition
//   LEB128(2 * seconds + 1), offset index   anything else
extern const uint32_t kTransitionCount;
extern const uint8_t kTransitionCodes[];
extern const uint32_t kTransitionCodeBytes;

extern const int32_t kOffsets[];  // seconds east of UTC; "offset index" means an index here
extern const uint8_t kFooterCount;
extern const char* const kFooters[];

}  // namespace tzdata
}  // namespace od
