#include "core/contact/week_table.hpp"

#include <algorithm>

#include "core/sorting/sort_by.hpp"

namespace od {
namespace {

constexpr int32_t kMaxTableDays = 62;

std::vector<OpenInterval> merge(std::vector<OpenInterval> raw) {
  sort_by(raw, [](const OpenInterval& a, const OpenInterval& b) { return a.start < b.start; });
  std::vector<OpenInterval> merged;
  for (const OpenInterval& iv : raw) {
    if (!merged.empty() && iv.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, iv.end);
    } else {
      merged.push_back(iv);
    }
  }
  return merged;
}

int32_t wall_minute(const TimeZone& zone, Instant t) {
  return to_local(zone, t).second_of_day / 60;
}

}  // namespace

DayNumber monday_of(DayNumber day) {
  return day - (static_cast<int32_t>(weekday_of(day)) - 1);
}

std::vector<ZoneDay> split_into_local_days(const std::vector<OpenInterval>& open,
                                           const TimeZone& viewer, DayNumber first_day,
                                           int32_t days) {
  days = std::clamp<int32_t>(days, 0, kMaxTableDays);
  std::vector<ZoneDay> rows;
  for (DayNumber d = first_day; d < first_day + days; ++d) {
    ZoneDay row;
    row.day = d;
    const Instant day_start = from_local(viewer, d, 0);
    const Instant day_end = from_local(viewer, d + 1, 0);
    for (const OpenInterval& iv : open) {
      const Instant start = std::max(iv.start, day_start);
      const Instant end = std::min(iv.end, day_end);
      if (end <= start) continue;
      const int32_t end_minute = end == day_end ? 1440 : wall_minute(viewer, end);
      row.slots.push_back({wall_minute(viewer, start), end_minute, start, end});
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<ZoneDay> open_days_in_zone(const OpeningHours& hours, const TimeZone& viewer,
                                       DayNumber first_day, int32_t days) {
  days = std::clamp<int32_t>(days, 0, kMaxTableDays);
  const Instant from = from_local(viewer, first_day, 0);
  const Instant to = from_local(viewer, first_day + days, 0);
  return split_into_local_days(hours.intervals(from, to), viewer, first_day, days);
}

std::vector<ZoneDay> regular_week_in_zone(const OpeningHours& hours, const TimeZone& viewer,
                                          Instant reference) {
  const DayNumber monday = monday_of(to_local(viewer, reference).day);
  const Instant from = from_local(viewer, monday, 0);
  const Instant to = from_local(viewer, monday + 7, 0);
  // Channel days whose slots can reach into the viewer's week: two days of slack on each side
  // cover any offset difference and slots past midnight.
  const DayNumber first = to_local(hours.zone(), from).day - 2;
  const DayNumber last = to_local(hours.zone(), to).day + 1;
  std::vector<OpenInterval> raw;
  for (DayNumber d = first; d <= last; ++d) {
    for (const TimeSlot& slot : hours.regular_slots(weekday_of(d))) {
      const Instant start = from_local(hours.zone(), d, slot.start * 60);
      const Instant end = from_local(hours.zone(), d, slot.end * 60);
      if (end > start) raw.push_back({start, end});
    }
  }
  return split_into_local_days(merge(std::move(raw)), viewer, monday, 7);
}

}  // namespace od
