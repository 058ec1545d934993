#include "core/calibrate/day_histogram.hpp"

#include <cmath>

namespace od {

std::optional<PartsPerMillion> share_to_ppm(double share) {
  if (!(share > 0.0 && share <= 1.0)) return std::nullopt;  // also rejects NaN
  const auto ppm = static_cast<PartsPerMillion>(std::llround(share * kWhole));
  if (ppm <= 0) return std::nullopt;
  return ppm;
}

void DayHistogram::add(int32_t days, uint64_t count) {
  if (days < 0 || count == 0) return;
  const auto index = static_cast<size_t>(days);
  if (counts_.size() <= index) counts_.resize(index + 1, 0);
  counts_[index] += count;
  total_ += count;
}

void DayHistogram::merge(const DayHistogram& other) {
  for (size_t d = 0; d < other.counts_.size(); ++d) add(static_cast<int32_t>(d), other.counts_[d]);
}

std::optional<int32_t> DayHistogram::smallest_meeting(PartsPerMillion share) const {
  if (total_ == 0) return std::nullopt;
  // Exact: cumulative * 10^6 >= share * total in integers (no overflow below 9 * 10^12 entries).
  const uint64_t needed = static_cast<uint64_t>(share) * total_;
  uint64_t cumulative = 0;
  for (size_t d = 0; d < counts_.size(); ++d) {
    cumulative += counts_[d];
    if (cumulative * static_cast<uint64_t>(kWhole) >= needed) {
      return static_cast<int32_t>(d);
    }
  }
  return static_cast<int32_t>(counts_.size()) - 1;
}

uint64_t DayHistogram::count_at_most(int32_t days) const {
  uint64_t n = 0;
  for (size_t d = 0; d < counts_.size() && static_cast<int64_t>(d) <= days; ++d) n += counts_[d];
  return n;
}

uint64_t DayHistogram::count_below(int32_t days) const {
  return days <= 0 ? 0 : count_at_most(days - 1);
}

}  // namespace od
