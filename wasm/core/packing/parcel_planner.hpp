// Splits a cart over as few boxes as it can, then moves each parcel into the smallest box that
// still takes it. Greedy: while units remain, use the smallest box that takes all of them if
// there is one, otherwise the box that takes the largest volume of them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/packing/container_fill.hpp"

namespace od::packing {

struct PlannerBox {
  Size3 inner{};
  std::int64_t capacity = 0;  // grams of items it may carry
};

struct PlannedParcel {
  std::size_t box = 0;  // index into the planner's boxes
  FillOutcome fill;
};

struct ParcelPlan {
  std::vector<PlannedParcel> parcels;
  std::vector<std::int32_t> left;  // units of each kind in no parcel
};

// `boxes` must be in order of preference, smallest first. Every kind with a count must fit
// alone, by size and weight, in at least one box. max_parcels == 0 means no limit.
ParcelPlan plan_parcels(const std::vector<PlannerBox>& boxes, const std::vector<FillKind>& kinds,
                        std::vector<std::int32_t> count, std::size_t max_parcels);

}  // namespace od::packing
