// Integer geometry shared by the packer's parts. Inputs are validated to at most kMaxEdgeMm per
// edge before they get here, so 32-bit coordinates and 64-bit volumes never overflow.
#pragma once

#include <array>
#include <cstdint>

namespace od::packing {

using Coord = std::int32_t;
using Size3 = std::array<Coord, 3>;

inline std::int64_t volume_of(const Size3& s) {
  return std::int64_t{s[0]} * std::int64_t{s[1]} * std::int64_t{s[2]};
}

inline bool fits_within(const Size3& item, const Size3& space) {
  return item[0] <= space[0] && item[1] <= space[1] && item[2] <= space[2];
}

// An axis-aligned box [lo, hi) in a container's inner space.
struct Cuboid {
  Size3 lo{};
  Size3 hi{};

  Size3 size() const { return {hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]}; }
  std::int64_t volume() const { return volume_of(size()); }

  bool overlaps(const Cuboid& o) const {
    for (int a = 0; a < 3; ++a) {
      if (hi[a] <= o.lo[a] || o.hi[a] <= lo[a]) return false;
    }
    return true;
  }
  bool contains(const Cuboid& o) const {
    for (int a = 0; a < 3; ++a) {
      if (o.lo[a] < lo[a] || o.hi[a] > hi[a]) return false;
    }
    return true;
  }
  friend bool operator==(const Cuboid& a, const Cuboid& b) { return a.lo == b.lo && a.hi == b.hi; }
};

}  // namespace od::packing
