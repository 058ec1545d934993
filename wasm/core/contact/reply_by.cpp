#include "core/contact/reply_by.hpp"

#include <algorithm>

namespace od {
namespace {

Instant add_days(Instant t, int32_t days) {
  return t + static_cast<Instant>(days) * kSecondsPerDay;
}

// Counts `budget` open seconds from `received`. The answer is trusted only up to the window's
// end: open time in days beyond it was not looked at.
std::optional<Instant> after_open_seconds(const OpeningHours& hours, int64_t budget,
                                          Instant received, int32_t search_days) {
  for (const int32_t span : {16, 128, search_days}) {
    if (span > search_days) continue;
    const Instant to = add_days(received, span);
    int64_t left = budget;
    for (const OpenInterval& iv : hours.intervals(received, to)) {
      const Instant start = std::max(iv.start, received);
      if (iv.end - start >= left) {
        const Instant due = start + left;
        if (due <= to) return due;
        break;
      }
      left -= iv.end - start;
    }
    if (span == search_days) break;
  }
  return std::nullopt;
}

std::optional<Instant> after_whole_days(const OpeningHours& hours, int32_t days, Instant received,
                                        int32_t search_days) {
  const DayNumber today = to_local(hours.zone(), received).day;
  int32_t counted = 0;
  for (DayNumber d = today - 1; d <= today + search_days; ++d) {
    const auto open = hours.day_intervals(d);
    if (open.empty() || open.front().start < received) continue;
    if (++counted == days) {
      Instant closes = open.front().end;
      for (const OpenInterval& iv : open) closes = std::max(closes, iv.end);
      return closes;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Instant> reply_by(const OpeningHours& hours, const ReplyPromise& promise,
                                Instant received, int32_t search_days) {
  if (promise.amount <= 0 || hours.never_open()) return std::nullopt;
  search_days = std::clamp<int32_t>(search_days, 1, kReplySearchDays);
  switch (promise.unit) {
    case ReplyUnit::None:
      return std::nullopt;
    case ReplyUnit::Minutes:
      return after_open_seconds(hours, int64_t{promise.amount} * 60, received, search_days);
    case ReplyUnit::BusinessHours:
      return after_open_seconds(hours, int64_t{promise.amount} * 3600, received, search_days);
    case ReplyUnit::BusinessDays:
      return after_whole_days(hours, promise.amount, received, search_days);
  }
  return std::nullopt;
}

int64_t open_seconds_between(const OpeningHours& hours, Instant from, Instant to) {
  int64_t total = 0;
  for (const OpenInterval& iv : hours.intervals(from, to)) {
    total += std::min(iv.end, to) - std::max(iv.start, from);
  }
  return total;
}

}  // namespace od
