#include "core/contact/opening_hours.hpp"

#include <algorithm>

#include "core/sorting/sort_by.hpp"

namespace od {
namespace {

constexpr TimeSlot kWholeDay{0, 1440};
// A slot starts on its day and ends within the next one (the parser keeps end < 2880), so the
// days scanned around a range start this many days before it.
constexpr int32_t kSlotReachDays = 2;
// The longest range one intervals() call scans, whatever it is asked.
constexpr int32_t kMaxScanDays = 4000;
// Most questions are answered within a week or so; the full window is searched only when not.
constexpr int32_t kFirstSearchDays = 8;

Instant add_days(Instant t, int32_t days) {
  return t + static_cast<Instant>(days) * kSecondsPerDay;
}

}  // namespace

OpeningHours::OpeningHours(const ContactChannel& channel, const TimeZone& zone)
    : channel_(&channel),
      zone_(&zone),
      closures_(channel.closures),
      special_(channel.special_hours) {
  sort_by(closures_);
  // Stable: when a date is listed twice, the first listing wins below.
  sort_by(special_, [](const DatedHours& a, const DatedHours& b) { return a.day < b.day; });
}

bool OpeningHours::round_the_clock() const {
  return channel_->always_open && channel_->holidays.code.empty() && closures_.empty() &&
         special_.empty();
}

bool OpeningHours::never_open() const {
  if (channel_->always_open) return false;
  for (const auto& slots : channel_->weekly) {
    if (!slots.empty()) return false;
  }
  for (const auto& dated : special_) {
    if (!dated.slots.empty()) return false;
  }
  return true;
}

std::vector<TimeSlot> OpeningHours::regular_slots(Weekday weekday) const {
  if (channel_->always_open) return {kWholeDay};
  return channel_->weekly[static_cast<size_t>(weekday) - 1];
}

std::optional<std::string> OpeningHours::holiday_on(DayNumber local_day) const {
  if (channel_->holidays.code.empty()) return std::nullopt;
  const int32_t year = civil_from_days(local_day).year;
  auto cached = holidays_by_year_.find(year);
  if (cached == holidays_by_year_.end()) {
    cached = holidays_by_year_.emplace(year, public_holidays(channel_->holidays.code, year)).first;
  }
  for (const Holiday& h : cached->second) {
    if (h.day == local_day) return h.name;
  }
  return std::nullopt;
}

ChannelDay OpeningHours::day(DayNumber local_day) const {
  ChannelDay out;
  out.day = local_day;
  if (std::binary_search(closures_.begin(), closures_.end(), local_day)) {
    out.kind = DayKind::Closure;
    return out;
  }
  const auto special =
      std::lower_bound(special_.begin(), special_.end(), local_day,
                       [](const DatedHours& d, DayNumber day) { return d.day < day; });
  if (special != special_.end() && special->day == local_day) {
    out.kind = DayKind::Special;
    out.slots = special->slots;
    return out;
  }
  if (auto name = holiday_on(local_day)) {
    out.kind = DayKind::Holiday;
    out.holiday = std::move(*name);
    return out;
  }
  out.slots = regular_slots(weekday_of(local_day));
  return out;
}

std::vector<OpenInterval> OpeningHours::day_intervals(DayNumber local_day) const {
  const auto cached = intervals_by_day_.find(local_day);
  if (cached != intervals_by_day_.end()) return cached->second;
  std::vector<OpenInterval> out;
  for (const TimeSlot& slot : day(local_day).slots) {
    const Instant start = from_local(*zone_, local_day, slot.start * 60);
    const Instant end = from_local(*zone_, local_day, slot.end * 60);
    // A slot wholly inside a DST gap resolves to nothing (or less than nothing): no open time.
    if (end > start) out.push_back({start, end});
  }
  sort_by(out, [](const OpenInterval& a, const OpenInterval& b) { return a.start < b.start; });
  intervals_by_day_.emplace(local_day, out);
  return out;
}

std::vector<OpenInterval> OpeningHours::intervals(Instant from, Instant to) const {
  if (to <= from) return {};
  const DayNumber first = to_local(*zone_, from).day - kSlotReachDays;
  const DayNumber last = std::min<DayNumber>(to_local(*zone_, to).day + 1, first + kMaxScanDays);
  std::vector<OpenInterval> raw;
  for (DayNumber d = first; d <= last; ++d) {
    for (const OpenInterval& iv : day_intervals(d)) raw.push_back(iv);
  }
  sort_by(raw, [](const OpenInterval& a, const OpenInterval& b) { return a.start < b.start; });
  std::vector<OpenInterval> merged;
  for (const OpenInterval& iv : raw) {
    if (!merged.empty() && iv.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, iv.end);
    } else {
      merged.push_back(iv);
    }
  }
  std::vector<OpenInterval> out;
  for (const OpenInterval& iv : merged) {
    if (iv.end > from && iv.start < to) out.push_back(iv);
  }
  return out;
}

bool OpeningHours::is_open(Instant t) const {
  const auto around = intervals(t, t + 1);
  return !around.empty() && around.front().start <= t;
}

OpenState OpeningHours::state_at(Instant t, int32_t search_days) const {
  search_days = std::clamp<int32_t>(search_days, 1, kMaxScanDays - 2 * kSlotReachDays);
  for (const int32_t span : {std::min(kFirstSearchDays, search_days), search_days}) {
    const Instant to = add_days(t, span);
    const auto found = intervals(t, to);
    const bool last_try = span == search_days;
    if (found.empty()) {
      if (last_try) return {false, std::nullopt};
      continue;
    }
    const OpenInterval& first = found.front();
    if (first.start > t) return {false, first.start};
    // Open now. An end after `to` may still grow with days not scanned: look further, or give
    // up at the window's edge.
    if (first.end <= to) return {true, first.end};
    if (last_try) return {true, std::nullopt};
  }
  return {false, std::nullopt};
}

}  // namespace od
