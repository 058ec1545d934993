#include "core/packing/input_check.hpp"

#include <algorithm>

namespace od::packing {
namespace {

bool edge_ok(std::int64_t e) {
  return e >= 1 && e <= kMaxEdgeMm;
}
bool dims_ok(const Dims& d) {
  return edge_ok(d[0]) && edge_ok(d[1]) && edge_ok(d[2]);
}

}  // namespace

bool is_usable(const BoxType& box) {
  if (!dims_ok(box.inner) || !dims_ok(box.outer)) return false;
  for (int a = 0; a < 3; ++a) {
    if (box.outer[a] < box.inner[a]) return false;  // walls cannot be thinner than nothing
  }
  return box.empty_weight >= 0 && box.max_weight > box.empty_weight &&
         box.max_weight <= kMaxWeightGrams;
}

std::optional<UnpackedReason> item_problem(const ItemType& item) {
  if (!dims_ok(item.dims)) return UnpackedReason::InvalidDimensions;
  if (item.weight < 1 || item.weight > kMaxWeightGrams) return UnpackedReason::InvalidWeight;
  if ((item.rotation.allowed & 0x3F) == 0) return UnpackedReason::InvalidRotation;
  return std::nullopt;
}

Size3 to_size(const Dims& dims) {
  return {static_cast<Coord>(dims[0]), static_cast<Coord>(dims[1]), static_cast<Coord>(dims[2])};
}

FillKind make_fill_kind(const ItemType& item) {
  FillKind kind;
  const Size3 own = to_size(item.dims);
  for (std::uint8_t k = 0; k < kOrientationEdges.size(); ++k) {
    if ((item.rotation.allowed & (1u << k)) == 0) continue;
    const auto& edges = kOrientationEdges[k];
    const Size3 placed{own[edges[0]], own[edges[1]], own[edges[2]]};
    const auto end = kind.sizes.begin() + kind.size_count;
    if (std::find(kind.sizes.begin(), end, placed) != end) continue;
    kind.sizes[kind.size_count] = placed;
    ++kind.size_count;
  }
  kind.volume = volume_of(own);
  kind.weight = item.weight;
  return kind;
}

}  // namespace od::packing
