// Billable weight: what carriers charge by. Each parcel is billed at the greater of its actual
// weight (packaging included) and its dimensional weight (outer volume over the service's
// divisor), rounded up to the service's weight step (whole kilograms, whole pounds, ...).
// A shipment's billable weight is the sum over its parcels, each rounded on its own, as
// carriers bill multi-parcel shipments.
#pragma once

#include <cstdint>

#include "core/config/store_config.hpp"
#include "core/shipping/parcel_plan.hpp"

namespace od {

inline constexpr int64_t kMicrogramsPerGram = 1'000'000;
inline constexpr int64_t kMicrogramsPerPound = 453'592'370;  // 453.59237 g, exactly

// Outer volume in mm^3 over the divisor in cm^3/kg gives grams (the factors of 1000 cancel);
// rounded up to a whole gram. 0 when the divisor is 0 or the size is unknown.
int64_t dimensional_grams(const ParcelSize& outer, int32_t divisor);

// Rounds up to a whole number of steps of `step_ug` micrograms, then down to a whole gram (so a
// tier bound written as either 907 or 908 grams holds "2 lb"). 0 = no rounding.
int64_t round_up_to_step(int64_t grams, int64_t step_ug);

int64_t billable_grams(int64_t actual_grams, const ParcelSize& outer, const Service& service);

}  // namespace od
