// Lets every item of a parcel drop straight down until it rests on the floor or on another
// item, so that the layout shown to people is one they could actually build.
#pragma once

#include <vector>

#include "core/packing/packing.hpp"

namespace od::packing {

// Keeps placements non-overlapping and inside the box; orders them bottom-up (z, y, x).
void settle(std::vector<Placement>& placements);

}  // namespace od::packing
