// Checks a packing against the contract: every unit accounted for exactly once, placements
// inside their box, apart from each other and in an orientation the item allows, weights
// right and within limits. Returns the first fault found in words, or "" for none.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "core/packing/packing.hpp"

namespace od::testing {

inline bool allowed_placement(const ItemType& item, const Dims& placed) {
  for (std::size_t k = 0; k < kOrientationEdges.size(); ++k) {
    if ((item.rotation.allowed & (1u << k)) == 0) continue;
    const auto& e = kOrientationEdges[k];
    if (Dims{item.dims[e[0]], item.dims[e[1]], item.dims[e[2]]} == placed) return true;
  }
  return false;
}

inline bool overlap(const Placement& a, const Placement& b) {
  for (int axis = 0; axis < 3; ++axis) {
    if (a.position[axis] + a.dims[axis] <= b.position[axis] ||
        b.position[axis] + b.dims[axis] <= a.position[axis]) {
      return false;
    }
  }
  return true;
}

inline std::string find_packing_fault(const std::vector<BoxType>& boxes,
                                      const std::vector<ItemType>& items, const PackResult& result,
                                      const PackOptions& options = {}) {
  if (result.status != PackStatus::Ok) {
    if (!result.parcels.empty() || !result.unpacked.empty()) return "a refused request has units";
    return "";
  }
  std::vector<std::int64_t> seen(items.size(), 0);
  std::size_t box_parcels = 0;
  for (std::size_t p = 0; p < result.parcels.size(); ++p) {
    const Parcel& parcel = result.parcels[p];
    const std::string where = "parcel " + std::to_string(p) + ": ";
    if (parcel.items.empty()) return where + "empty";
    for (const Placement& pl : parcel.items) {
      if (pl.item >= items.size()) return where + "unknown item";
      ++seen[pl.item];
      if (!allowed_placement(items[pl.item], pl.dims)) return where + "orientation not allowed";
    }
    if (!parcel.box) {
      const Placement& only = parcel.items.front();
      const ItemType& item = items[only.item];
      if (parcel.items.size() != 1 || !item.own_packaging) return where + "boxless but not own";
      if (parcel.outer != item.dims || parcel.weight != item.weight || only.dims != item.dims ||
          only.position != Dims{0, 0, 0}) {
        return where + "own packaging parcel differs from its item";
      }
      continue;
    }
    ++box_parcels;
    if (*parcel.box >= boxes.size()) return where + "unknown box";
    const BoxType& box = boxes[*parcel.box];
    if (parcel.outer != box.outer) return where + "outer size is not the box's";
    std::int64_t weight = box.empty_weight;
    for (std::size_t i = 0; i < parcel.items.size(); ++i) {
      const Placement& a = parcel.items[i];
      if (items[a.item].own_packaging) return where + "own-packaging item inside a box";
      weight += items[a.item].weight;
      for (int axis = 0; axis < 3; ++axis) {
        if (a.position[axis] < 0 || a.position[axis] + a.dims[axis] > box.inner[axis]) {
          return where + "item " + std::to_string(i) + " leaves the box";
        }
      }
      for (std::size_t j = 0; j < i; ++j) {
        if (overlap(a, parcel.items[j])) {
          return where + "items " + std::to_string(j) + " and " + std::to_string(i) + " overlap";
        }
      }
    }
    if (weight != parcel.weight) return where + "weight is not box plus items";
    if (weight > box.max_weight) return where + "heavier than the box allows";
  }
  for (const UnpackedUnit& u : result.unpacked) {
    if (u.item >= items.size()) return "unpacked unit of an unknown item";
    ++seen[u.item];
    if (u.reason == UnpackedReason::ParcelLimitReached &&
        (options.max_parcels == 0 || box_parcels < options.max_parcels)) {
      return "parcel limit given as reason below the limit";
    }
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (seen[i] != items[i].quantity) {
      return "item " + std::to_string(i) + " has " + std::to_string(items[i].quantity) +
             " units but " + std::to_string(seen[i]) + " are accounted for";
    }
  }
  if (options.max_parcels != 0 && box_parcels > options.max_parcels) return "too many parcels";
  return "";
}

inline bool verify_packing(const std::vector<BoxType>& boxes, const std::vector<ItemType>& items,
                           const PackResult& result, const PackOptions& options = {}) {
  return find_packing_fault(boxes, items, result, options).empty();
}

}  // namespace od::testing
