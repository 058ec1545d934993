#include "core/time/time_zone.hpp"

#include <algorithm>
#include <vector>

#include "core/time/instant.hpp"
#include "core/time/posix_tz.hpp"
#include "core/time/time_zone_data.hpp"

namespace od {
namespace {

using tzdata::Timeline;

// The generated table ships transition times as compact gap codes and footers as text; both are
// turned into something searchable once, on first use.
struct DecodedTable {
  std::vector<uint32_t> transition_times;  // seconds since the epoch, per timeline ascending
  std::vector<std::optional<PosixTimeZone>> footers;  // nullopt: no rule, the last offset stays
};

DecodedTable decode_table() {
  DecodedTable table;
  table.transition_times.reserve(tzdata::kTransitionCount);
  uint32_t pos = 0;
  for (uint16_t i = 0; i < tzdata::kTimelineCount; ++i) {
    uint64_t time = 0;
    for (uint16_t k = 0; k < tzdata::kTimelines[i].count; ++k) {
      uint64_t code = 0;
      for (int shift = 0; pos < tzdata::kTransitionTimeCodeBytes && shift < 64; shift += 7) {
        const uint8_t byte = tzdata::kTransitionTimeCodes[pos++];
        code |= static_cast<uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) break;
      }
      time += (code & 1) ? code >> 1 : (code >> 1) * 3600;
      table.transition_times.push_back(static_cast<uint32_t>(time));
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
                  : offset_value(tzdata::kTransitionOffsets[tl.first + tl.count - 1]);
  }
  // t < *last < 2^32 here, so the comparison below is exact.
  const uint32_t* after = std::upper_bound(begin, last, static_cast<uint32_t>(t));
  return offset_value(tzdata::kTransitionOffsets[(after - 1) - d.transition_times.data()]);
}

const Timeline& timeline_of(const TimeZone& tz) {
  return tzdata::kTimelines[tz.timeline];
}

}  // namespace

const TimeZone* find_time_zone(std::string_view name) {
  const TimeZone* begin = tzdata::kZones;
  const TimeZone* end = tzdata::kZones + tzdata::kZoneCount;
  const TimeZone* it =
      std::lower_bound(begin, end, name,
                       [](const TimeZone& z, std::string_view n) { return time_zone_name(z) < n; });
  return it != end && time_zone_name(*it) == name ? it : nullptr;
}

std::string_view time_zone_name(const TimeZone& tz) {
  return std::string_view(tzdata::kNames + tz.name_offset, tz.name_length);
}

size_t time_zone_count() {
  return tzdata::kZoneCount;
}

const TimeZone* time_zone_at(size_t index) {
  return index < tzdata::kZoneCount ? &tzdata::kZones[index] : nullptr;
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

}  // namespace od
