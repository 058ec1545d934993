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

  // Both tests count the conditions that hold instead of stopping at the first that fails: they
  // run in the packer's innermost loops, where the early exits mispredict more than they save.
  bool overlaps(const Cuboid& o) const {
    return (lo[0] < o.hi[0]) + (o.lo[0] < hi[0]) + (lo[1] < o.hi[1]) + (o.lo[1] < hi[1]) +
               (lo[2] < o.hi[2]) + (o.lo[2] < hi[2]) ==
           6;
  }
  bool contains(const Cuboid& o) const {
    return (lo[0] <= o.lo[0]) + (o.hi[0] <= hi[0]) + (lo[1] <= o.lo[1]) + (o.hi[1] <= hi[1]) +
               (lo[2] <= o.lo[2]) + (o.hi[2] <= hi[2]) ==
           6;
  }
  friend bool operator==(const Cuboid& a, const Cuboid& b) { return a.lo == b.lo && a.hi == b.hi; }
};

}  // namespace od::packing
