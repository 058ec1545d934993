#include "core/packing/settle.hpp"

#include <algorithm>
#include <tuple>

#include "core/sorting/sort_by.hpp"

namespace od::packing {
namespace {

bool footprints_overlap(const Placement& a, const Placement& b) {
  for (int axis = 0; axis < 2; ++axis) {
    if (a.position[axis] + a.dims[axis] <= b.position[axis] ||
        b.position[axis] + b.dims[axis] <= a.position[axis]) {
      return false;
    }
  }
  return true;
}

auto bottom_up(const Placement& p) {
  return std::make_tuple(p.position[2], p.position[1], p.position[0]);
}

}  // namespace

// Taken lowest first, an item can only land on items already settled: anything above it that
// shares its footprint started at or above its top, and it only moves down.
void settle(std::vector<Placement>& placements) {
  sort_by(placements,
          [](const Placement& a, const Placement& b) { return bottom_up(a) < bottom_up(b); });
  for (std::size_t i = 0; i < placements.size(); ++i) {
    std::int64_t floor = 0;
    for (std::size_t j = 0; j < i; ++j) {
      if (footprints_overlap(placements[i], placements[j])) {
        floor = std::max(floor, placements[j].position[2] + placements[j].dims[2]);
      }
    }
    placements[i].position[2] = floor;
  }
  sort_by(placements,
          [](const Placement& a, const Placement& b) { return bottom_up(a) < bottom_up(b); });
}

}  // namespace od::packing
