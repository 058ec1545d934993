// What the packer accepts: sizes and weights it can compute with exactly, rotations that allow
// at least one orientation. Everything else is reported, never guessed at.
#pragma once

#include <optional>

#include "core/packing/container_fill.hpp"
#include "core/packing/packing.hpp"

namespace od::packing {

bool is_usable(const BoxType& box);

// Why the item's units cannot be packed whatever the boxes, or nothing.
std::optional<UnpackedReason> item_problem(const ItemType& item);

// Only for dims that passed the checks above.
Size3 to_size(const Dims& dims);

// The item's distinct sizes as placed (a cube has one), in kOrientationEdges order.
FillKind make_fill_kind(const ItemType& item);

}  // namespace od::packing
