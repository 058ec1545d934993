// The empty room left in a container, kept as the set of maximal empty cuboids: every empty
// point lies in at least one of them, and none lies inside another. Spaces overlap, which is
// what lets a placement use the whole of a free region whichever way it extends.
#pragma once

#include <vector>

#include "core/packing/geometry.hpp"

namespace od::packing {

// The sizes the items still to be placed may take, which tell a useful space from a useless one.
struct ItemSizes {
  Size3 smallest{};          // per axis, the least room any of them needs: a quick first test
  std::vector<Size3> sizes;  // every allowed size of every item left, or none: see `listed`
  bool listed = true;        // false: too many sizes to compare one by one, `smallest` only

  // False only when no size fits `room` (`listed`) or `room` is narrower than `smallest`.
  bool any_fits(const Size3& room) const;
};

class MaximalSpaces {
 public:
  // Starts with the whole container empty.
  void reset(const Size3& container);

  // Removes `block` from the free room. New spaces that no remaining item fits are dropped: items
  // only ever run out, so such a space stays useless, and it would slow every later step.
  void occupy(const Cuboid& block, const ItemSizes& remaining);

  // Drops spaces smaller than `smallest` along any axis, e.g. after the smallest item ran out.
  void prune(const Size3& smallest);

  void erase(std::size_t index);

  const std::vector<Cuboid>& spaces() const { return spaces_; }
  bool empty() const { return spaces_.empty(); }

 private:
  std::vector<Cuboid> spaces_;
  std::vector<Cuboid> fresh_;  // scratch, kept to avoid allocating on every placement
};

}  // namespace od::packing
