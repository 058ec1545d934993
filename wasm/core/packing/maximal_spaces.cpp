#include "core/packing/maximal_spaces.hpp"

namespace od::packing {

bool ItemSizes::any_fits(const Size3& room) const {
  if (!fits_within(smallest, room)) return false;
  if (!listed) return true;
  for (const Size3& size : sizes) {
    if (fits_within(size, room)) return true;
  }
  return false;
}

void MaximalSpaces::reset(const Size3& container) {
  spaces_.clear();
  spaces_.push_back(Cuboid{{0, 0, 0}, container});
}

void MaximalSpaces::occupy(const Cuboid& block, const ItemSizes& remaining) {
  fresh_.clear();
  std::size_t kept = 0;
  for (const Cuboid& space : spaces_) {
    if (!space.overlaps(block)) {
      spaces_[kept++] = space;
      continue;
    }
    // What is left of this space on each of the six sides of the block.
    for (int a = 0; a < 3; ++a) {
      if (block.lo[a] > space.lo[a]) {
        Cuboid part = space;
        part.hi[a] = block.lo[a];
        if (remaining.any_fits(part.size())) fresh_.push_back(part);
      }
      if (block.hi[a] < space.hi[a]) {
        Cuboid part = space;
        part.lo[a] = block.hi[a];
        if (remaining.any_fits(part.size())) fresh_.push_back(part);
      }
    }
  }
  spaces_.resize(kept);

  // Untouched spaces were maximal and each new part lies inside a former space, so a new part can
  // only be inside an untouched space or another new part, never the other way round.
  const std::size_t untouched = spaces_.size();
  for (std::size_t i = 0; i < fresh_.size(); ++i) {
    bool inside_another = false;
    for (std::size_t j = 0; j < fresh_.size() && !inside_another; ++j) {
      if (j == i || !fresh_[j].contains(fresh_[i])) continue;
      // Of two equal parts keep the first.
      inside_another = !(fresh_[j] == fresh_[i]) || j < i;
    }
    for (std::size_t j = 0; j < untouched && !inside_another; ++j) {
      inside_another = spaces_[j].contains(fresh_[i]);
    }
    if (!inside_another) spaces_.push_back(fresh_[i]);
  }
}

void MaximalSpaces::prune(const Size3& smallest) {
  std::size_t kept = 0;
  for (const Cuboid& space : spaces_) {
    if (fits_within(smallest, space.size())) spaces_[kept++] = space;
  }
  spaces_.resize(kept);
}

void MaximalSpaces::erase(std::size_t index) {
  spaces_[index] = spaces_.back();
  spaces_.pop_back();
}

}  // namespace od::packing
