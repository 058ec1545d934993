// Counts of whole business days (0, 1, 2, ...) and their exact order statistics. A lane keeps
// histograms instead of rows, so a history of any length needs memory only for the longest
// duration seen.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace od {

// Shares are given in parts per million so that comparisons are exact integer arithmetic:
// 0.95 is 950000.
using PartsPerMillion = int64_t;
constexpr PartsPerMillion kWhole = 1000000;

// `share` (0..1) in parts per million, rounded to the nearest; nullopt outside (0, 1].
std::optional<PartsPerMillion> share_to_ppm(double share);

class DayHistogram {
 public:
  void add(int32_t days, uint64_t count = 1);
  void merge(const DayHistogram& other);

  uint64_t total() const { return total_; }
  bool empty() const { return total_ == 0; }
  const std::vector<uint64_t>& counts() const { return counts_; }  // index: days

  // The smallest whole number of days that at least `share` of the entries took no more than:
  // min k with count(days <= k) >= share * total (the nearest-rank percentile). nullopt when
  // empty. With share = 0.95 this is both the 95th percentile and the promise that 95 % meet.
  std::optional<int32_t> smallest_meeting(PartsPerMillion share) const;

  uint64_t count_at_most(int32_t days) const;  // entries with days <= `days`
  uint64_t count_below(int32_t days) const;    // entries with days < `days`

 private:
  std::vector<uint64_t> counts_;
  uint64_t total_ = 0;
};

}  // namespace od
