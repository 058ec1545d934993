#include "core/packing/container_fill.hpp"

#include <algorithm>
#include <limits>

#include "core/sorting/sort_by.hpp"

namespace od::packing {
namespace {

using Key = std::array<Coord, 3>;

Key sorted_key(Coord a, Coord b, Coord c) {
  Key k{a, b, c};
  if (k[0] > k[1]) std::swap(k[0], k[1]);
  if (k[1] > k[2]) std::swap(k[1], k[2]);
  if (k[0] > k[1]) std::swap(k[0], k[1]);
  return k;
}

// Drops from `active` the kinds that ran out or that the weight left no longer allows, keeping the
// order of the rest. True if any was dropped.
bool drop_spent(const std::vector<FillKind>& kinds, const std::vector<std::int32_t>& count,
                std::int64_t capacity_left, std::vector<std::uint32_t>& active) {
  const auto spent = [&](std::uint32_t k) {
    return count[k] <= 0 || kinds[k].weight > capacity_left;
  };
  const auto kept = std::remove_if(active.begin(), active.end(), spent);
  if (kept == active.end()) return false;
  active.erase(kept, active.end());
  return true;
}

// Above this many sizes, comparing each new space with every size costs more than the useless
// spaces it finds (a cart of many distinct items, each one unit, is three times slower).
constexpr std::size_t kMostSizesListed = 512;

// The sizes the `active` kinds may take.
void collect_sizes(const std::vector<FillKind>& kinds, const std::vector<std::uint32_t>& active,
                   ItemSizes& remaining) {
  constexpr Coord kNone = std::numeric_limits<Coord>::max();
  remaining.smallest = {kNone, kNone, kNone};
  remaining.sizes.clear();
  std::size_t count = 0;
  for (const std::uint32_t k : active) count += kinds[k].size_count;
  remaining.listed = count <= kMostSizesListed;
  for (const std::uint32_t k : active) {
    for (std::uint8_t s = 0; s < kinds[k].size_count; ++s) {
      const Size3& size = kinds[k].sizes[s];
      if (remaining.listed) remaining.sizes.push_back(size);
      for (int a = 0; a < 3; ++a) remaining.smallest[a] = std::min(remaining.smallest[a], size[a]);
    }
  }
}

// The space to fill next and the corner of it to build from: the space whose corner lies
// closest to a corner of the container (distances compared smallest first), the larger space
// on ties. Filling from the corners inwards keeps the free room in large pieces.
struct Anchor {
  std::size_t space = 0;
  std::array<bool, 3> from_high{};  // per axis: build from the space's upper side
};

// A space's nearest corner takes, on each axis, the nearer of its two sides to the container's
// wall: no other corner has a smaller distance on any axis, so none has a smaller sorted key.
// On an axis where both sides are equally near, the lower side is taken.
Anchor choose_anchor(const std::vector<Cuboid>& spaces, const Size3& inner, Anchoring anchoring) {
  Anchor best;
  Key best_key{};
  std::int64_t best_volume = -1;
  const int free_axes = anchoring == Anchoring::AnyCorner ? 3 : 2;  // the floor: never from above
  for (std::size_t i = 0; i < spaces.size(); ++i) {
    const Cuboid& space = spaces[i];
    Coord d[3];
    std::array<bool, 3> from_high{};
    for (int a = 0; a < 3; ++a) {
      const Coord below = space.lo[a];
      const Coord above = inner[a] - space.hi[a];
      from_high[a] = a < free_axes && above < below;
      d[a] = from_high[a] ? above : below;
    }
    const Key key = sorted_key(d[0], d[1], d[2]);
    if (best_volume >= 0 && best_key < key) continue;
    const std::int64_t volume = space.volume();
    if (best_volume < 0 || key < best_key || volume > best_volume) {
      best = {i, from_high};
      best_key = key;
      best_volume = volume;
    }
  }
  return best;
}

struct Candidate {
  std::uint32_t kind = 0;
  std::uint8_t size_index = 0;
  Size3 count{};
  std::int64_t volume = -1;  // -1: no candidate yet
  Key waste{};               // room left along each axis of the space, smallest first
};

bool better(const Candidate& c, const Candidate& best, BlockChoice choice) {
  if (best.volume < 0) return true;
  if (choice == BlockChoice::LargestVolume) {
    if (c.volume != best.volume) return c.volume > best.volume;
    return c.waste < best.waste;
  }
  if (c.waste != best.waste) return c.waste < best.waste;
  return c.volume > best.volume;
}

// Blocks of one kind and size in a space: rows, layers and stacks, grown along the axes in each
// of the six orders, as far as the space and the units at hand allow.
void consider_blocks(std::uint32_t kind, std::uint8_t size_index, const Size3& unit,
                     std::int64_t units, std::int64_t unit_volume, const Size3& room,
                     BlockChoice choice, Candidate& best) {
  static constexpr std::array<std::array<int, 3>, 6> kAxisOrders{
      {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}};
  const std::int64_t most[3] = {room[0] / unit[0], room[1] / unit[1], room[2] / unit[2]};
  const std::size_t orders = units == 1 ? 1 : kAxisOrders.size();  // one unit: one block
  for (std::size_t o = 0; o < orders; ++o) {
    const auto& order = kAxisOrders[o];
    std::int64_t n[3] = {0, 0, 0};
    std::int64_t left = units;
    for (int axis : order) {
      n[axis] = std::min(most[axis], left);
      left /= n[axis];
    }
    Candidate c;
    c.kind = kind;
    c.size_index = size_index;
    c.count = {static_cast<Coord>(n[0]), static_cast<Coord>(n[1]), static_cast<Coord>(n[2])};
    c.volume = n[0] * n[1] * n[2] * unit_volume;
    c.waste = sorted_key(room[0] - c.count[0] * unit[0], room[1] - c.count[1] * unit[1],
                         room[2] - c.count[2] * unit[2]);
    if (better(c, best, choice)) best = c;
  }
}

}  // namespace

FillOutcome ContainerFiller::fill(const Size3& inner, std::int64_t weight_capacity,
                                  const std::vector<FillKind>& kinds,
                                  std::vector<std::int32_t>& count, const FillStrategy& strategy) {
  FillOutcome out;
  // Kinds by the most volume they could bring at all, so that the search for the largest block
  // can stop at the first kind that cannot beat the best found.
  most_volume_.resize(kinds.size());
  active_.clear();
  for (std::uint32_t k = 0; k < kinds.size(); ++k) {
    most_volume_[k] = std::max(count[k], 0) * kinds[k].volume;
    active_.push_back(k);
  }
  sort_by(active_, [&](std::uint32_t a, std::uint32_t b) {
    return most_volume_[a] != most_volume_[b] ? most_volume_[a] > most_volume_[b] : a < b;
  });
  const bool largest_first = strategy.block == BlockChoice::LargestVolume;

  drop_spent(kinds, count, weight_capacity, active_);
  collect_sizes(kinds, active_, remaining_);
  spaces_.reset(inner);
  spaces_.prune(remaining_.smallest);

  while (!spaces_.empty()) {
    const Anchor anchor = choose_anchor(spaces_.spaces(), inner, strategy.anchoring);
    const Cuboid space = spaces_.spaces()[anchor.space];
    const Size3 room = space.size();

    Candidate best;
    const std::int64_t capacity_left = weight_capacity - out.weight;
    for (const std::uint32_t k : active_) {
      if (largest_first && most_volume_[k] < best.volume) break;
      const FillKind& kind = kinds[k];
      const std::int64_t units = std::min<std::int64_t>(count[k], capacity_left / kind.weight);
      if (units <= 0) continue;
      for (std::uint8_t s = 0; s < kind.size_count; ++s) {
        if (!fits_within(kind.sizes[s], room)) continue;
        consider_blocks(k, s, kind.sizes[s], units, kind.volume, room, strategy.block, best);
      }
    }
    if (best.volume < 0) {
      spaces_.erase(anchor.space);  // nothing left fits here
      continue;
    }

    const Size3& unit = kinds[best.kind].sizes[best.size_index];
    Cuboid block;
    for (int a = 0; a < 3; ++a) {
      const Coord extent = best.count[a] * unit[a];
      block.lo[a] = anchor.from_high[a] ? space.hi[a] - extent : space.lo[a];
      block.hi[a] = block.lo[a] + extent;
    }
    const std::int32_t units = best.count[0] * best.count[1] * best.count[2];
    out.blocks.push_back({best.kind, best.size_index, block.lo, best.count});
    out.volume += best.volume;
    out.weight += units * kinds[best.kind].weight;
    count[best.kind] -= units;

    if (drop_spent(kinds, count, weight_capacity - out.weight, active_)) {
      const Size3 smallest_before = remaining_.smallest;
      collect_sizes(kinds, active_, remaining_);
      if (remaining_.smallest != smallest_before) spaces_.prune(remaining_.smallest);
    }
    spaces_.occupy(block, remaining_);
  }
  return out;
}

}  // namespace od::packing
