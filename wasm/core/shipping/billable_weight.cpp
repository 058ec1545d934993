#include "core/shipping/billable_weight.hpp"

#include <algorithm>

namespace od {

int64_t dimensional_grams(const ParcelSize& outer, int32_t divisor) {
  if (divisor <= 0) return 0;
  for (int64_t edge : outer) {
    if (edge <= 0) return 0;
  }
  int64_t volume = 0;
  if (__builtin_mul_overflow(outer[0], outer[1], &volume) ||
      __builtin_mul_overflow(volume, outer[2], &volume)) {
    return INT64_MAX / 2;  // absurd sizes bill as absurdly heavy; tiers then refuse them
  }
  return (volume + divisor - 1) / divisor;
}

int64_t round_up_to_step(int64_t grams, int64_t step_ug) {
  if (step_ug <= 0 || grams <= 0) return std::max<int64_t>(grams, 0);
  int64_t ug = 0;
  if (__builtin_mul_overflow(grams, kMicrogramsPerGram, &ug)) return grams;
  const int64_t steps = (ug + step_ug - 1) / step_ug;
  int64_t rounded = 0;
  if (__builtin_mul_overflow(steps, step_ug, &rounded)) return grams;
  return rounded / kMicrogramsPerGram;
}

int64_t billable_grams(int64_t actual_grams, const ParcelSize& outer, const Service& service) {
  const int64_t heavier = std::max(actual_grams, dimensional_grams(outer, service.dim_divisor));
  return round_up_to_step(heavier, service.weight_step_ug);
}

}  // namespace od
