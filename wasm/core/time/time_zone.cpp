#include "core/time/time_zone.hpp"

#include <algorithm>
#include <vector>

#include "core/time/instant.hpp"
#include "core/time/posix_tz.hpp"
#include "core/time/time_zone_data.hpp"

namespace od {

// A zone or link name and the timeline of offsets it follows.
struct TimeZone {
  std::string_view name;
  uint32_t timeline;
};

namespace {

struct Timeline {
  uint32_t first;  // index of its first transition in DecodedTable
  uint32_t count;
  uint8_t initial_offset;  // index into tzdata::kOffsets
  uint8_t footer;          // index into DecodedTable::footers
};

// The generated table, indexed: built once, on first use.
struct DecodedTable {
  std::vector<TimeZone> zones;  // in name order
  std::vector<Timeline> timelines;
  std::vector<uint32_t> transition_times;   // seconds since the epoch, per timeline ascending
  std::vector<uint8_t> transition_offsets;  // index into tzdata::kOffsets, per transition
  std::vector<std::optional<PosixTimeZone>> footers;  // nullopt: the last offset stays
};

class ByteReader {
 public:
  ByteReader(const uint8_t* bytes, uint32_t size) : bytes_(bytes), size_(size) {}
  uint8_t byte() { return pos_ < size_ ? bytes_[pos_++] : 0; }
  uint64_t leb128() {
    uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const uint8_t b = byte();
      value |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) break;
    }
    return value;
  }

 private:
  const uint8_t* bytes_;
  uint32_t size_;
  uint32_t pos_ = 0;
};

// See time_zone_data.hpp for the formats.
DecodedTable decode_table() {
  DecodedTable table;
  table.zones.reserve(tzdata::kZoneCount);
  const char* name = tzdata::kNames;
  for (uint16_t i = 0; i < tzdata::kZoneCount; ++i) {
    const std::string_view n(name);
    table.zones.push_back(TimeZone{n, tzdata::kZoneTimelines[i]});
    name += n.size() + 1;
  }

  table.timelines.reserve(tzdata::kTimelineCount);
  table.transition_times.reserve(tzdata::kTransitionCount);
  table.transition_offsets.reserve(tzdata::kTransitionCount);
  ByteReader timeline_codes(tzdata::kTimelineCodes, tzdata::kTimelineCodeBytes);
  ByteReader transition_codes(tzdata::kTransitionCodes, tzdata::kTransitionCodeBytes);
  for (uint16_t i = 0; i < tzdata::kTimelineCount; ++i) {
    Timeline tl;
    tl.first = static_cast<uint32_t>(table.transition_times.size());
    tl.count = static_cast<uint32_t>(timeline_codes.leb128());
    tl.initial_offset = timeline_codes.byte();
    tl.footer = timeline_codes.byte();
    table.timelines.push_back(tl);
    uint64_t time = 0;
    uint8_t before_previous = 0;
    uint8_t previous = tl.initial_offset;
    for (uint32_t k = 0; k < tl.count; ++k) {
      const uint64_t code = transition_codes.leb128();
      uint8_t offset = before_previous;
      if (code & 1) {
        time += code >> 1;
        offset = transition_codes.byte();
      } else {
        time += (code >> 1) * 3600;
      }
      table.transition_times.push_back(static_cast<uint32_t>(time));
      table.transition_offsets.push_back(offset);
      before_previous = previous;
      previous = offset;
    }
  }

  table.footers.reserve(tzdata::kFooterCount);
  for (uint8_t i = 0; i < tzdata::kFooterCount; ++i) {
    const std::string_view text = tzdata::kFooters[i];
    table.footers.push_back(text.empty() ? std::nullopt : parse_posix_tz(text));
  }
  return table;
}

const DecodedTable& table() {
  static const DecodedTable decoded = decode_table();
  return decoded;
}

int32_t offset_value(uint8_t index) {
  return tzdata::kOffsets[index];
}

// Offset at t (already within the supported range) on one timeline.
int32_t timeline_offset_at(const Timeline& tl, Instant t) {
  const DecodedTable& d = table();
  const std::optional<PosixTimeZone>& footer = d.footers[tl.footer];
  if (tl.count == 0) return footer ? posix_offset_at(*footer, t) : offset_value(tl.initial_offset);
  const uint32_t* begin = d.transition_times.data() + tl.first;
  const uint32_t* last = begin + tl.count - 1;
  if (t < static_cast<Instant>(*begin)) return offset_value(tl.initial_offset);
  if (t >= static_cast<Instant>(*last)) {
    return footer ? posix_offset_at(*footer, t)
                  : offset_value(d.transition_offsets[tl.first + tl.count - 1]);
  }
  // t < *last < 2^32 here, so the comparison below is exact.
  const uint32_t* after = std::upper_bound(begin, last, static_cast<uint32_t>(t));
  return offset_value(d.transition_offsets[(after - 1) - d.transition_times.data()]);
}

const Timeline& timeline_of(const TimeZone& tz) {
  return table().timelines[tz.timeline];
}

}  // namespace

const TimeZone* find_time_zone(std::string_view name) {
  const std::vector<TimeZone>& zones = table().zones;
  const auto it =
      std::lower_bound(zones.begin(), zones.end(), name,
                       [](const TimeZone& z, std::string_view n) { return z.name < n; });
  return it != zones.end() && it->name == name ? &*it : nullptr;
}

std::string_view time_zone_name(const TimeZone& tz) {
  return tz.name;
}

size_t time_zone_count() {
  return table().zones.size();
}

const TimeZone* time_zone_at(size_t index) {
  const std::vector<TimeZone>& zones = table().zones;
  return index < zones.size() ? &zones[index] : nullptr;
}

std::string_view time_zone_data_version() {
  return tzdata::kVersion;
}

int32_t utc_offset_at(const TimeZone& tz, Instant t) {
  return timeline_offset_at(timeline_of(tz), clamp_to_supported_range(t));
}

std::optional<Instant> next_offset_change(const TimeZone& tz, Instant t) {
  const Timeline& tl = timeline_of(tz);
  const DecodedTable& d = table();
  t = clamp_to_supported_range(t);
  if (tl.count > 0) {
    const uint32_t* begin = d.transition_times.data() + tl.first;
    const uint32_t* last = begin + tl.count - 1;
    if (t < static_cast<Instant>(*last)) {
      // Every listed transition changes the offset (the generator merges the others away).
      const uint32_t* next =
          t < 0 ? begin : std::upper_bound(begin, last, static_cast<uint32_t>(t));
      return static_cast<Instant>(*next);
    }
  }
  const std::optional<PosixTimeZone>& footer = d.footers[tl.footer];
  if (!footer) return std::nullopt;
  const std::optional<Instant> next = posix_next_change(*footer, t);
  if (next && *next > kLatestInstant) return std::nullopt;
  return next;
}

LocalDateTime to_local(const TimeZone& tz, Instant t) {
  t = clamp_to_supported_range(t);
  const int32_t offset = timeline_offset_at(timeline_of(tz), t);
  const Instant local = t + offset;
  const DayNumber day = day_of_instant(local);
  return LocalDateTime{
      day, static_cast<int32_t>(local - static_cast<Instant>(day) * kSecondsPerDay), offset};
}

LocalTimeResolution resolve_local(const TimeZone& tz, DayNumber day, int32_t second_of_day) {
  const Timeline& tl = timeline_of(tz);
  // The wall time read as if it were UTC. Offsets are under a day, so every instant showing it
  // lies within a day of this; probing the offset a day before, at and a day after finds every
  // offset that can apply as long as the zone changes offset at most once in each of those two
  // days, which holds for all of tzdata.
  const Instant wall =
      clamp_to_supported_range(static_cast<Instant>(day) * kSecondsPerDay + second_of_day);
  const int32_t probes[3] = {
      timeline_offset_at(tl, clamp_to_supported_range(wall - kSecondsPerDay)),
      timeline_offset_at(tl, wall),
      timeline_offset_at(tl, clamp_to_supported_range(wall + kSecondsPerDay)),
  };
  Instant found[3];
  int count = 0;
  for (int i = 0; i < 3; ++i) {
    if (std::find(probes, probes + i, probes[i]) != probes + i) continue;  // seen already
    const Instant candidate = wall - probes[i];
    if (timeline_offset_at(tl, clamp_to_supported_range(candidate)) != probes[i]) continue;
    int at = count++;  // keep `found` ascending
    for (; at > 0 && found[at - 1] > candidate; --at) found[at] = found[at - 1];
    found[at] = candidate;
  }
  if (count > 0) {
    const LocalTimeKind kind = count > 1 ? LocalTimeKind::kOverlap : LocalTimeKind::kUnique;
    return LocalTimeResolution{kind, found[0], found[0], found[count - 1]};
  }
  // A gap: the offset before the change lands after it, moving the wall time forward.
  const Instant later = wall - probes[0];
  const Instant earlier = wall - probes[2];
  return LocalTimeResolution{LocalTimeKind::kGap, later, earlier, later};
}

Instant earliest_exact_instant() {
  return days_from_civil({tzdata::kSinceYear, 1, 1}) * kSecondsPerDay;
}

}  // namespace od
