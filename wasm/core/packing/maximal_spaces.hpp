// The empty room left in a container, kept as the set of maximal empty cuboids: every empty
// point lies in at least one of them, and none lies inside another. Spaces overlap, which is
// what lets a placement use the whole of a free region whichever way it extends.
#pragma once

#include <vector>

#include "core/packing/geometry.hpp"

namespace od::packing {

class MaximalSpaces {
 public:
  // Starts with the whole container empty.
  void reset(const Size3& container);

  // Removes `block` from the free room. Spaces smaller than `smallest` along any axis can never
  // take a remaining item and are dropped.
  void occupy(const Cuboid& block, const Size3& smallest);

  // Drops spaces that can no longer take anything, e.g. after the smallest remaining item grew.
  void prune(const Size3& smallest);

  void erase(std::size_t index);

  const std::vector<Cuboid>& spaces() const { return spaces_; }
  bool empty() const { return spaces_.empty(); }

 private:
  std::vector<Cuboid> spaces_;
  std::vector<Cuboid> fresh_;  // scratch, kept to avoid allocating on every placement
};

}  // namespace od::packing
