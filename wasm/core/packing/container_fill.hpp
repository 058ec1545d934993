// Fills one container with as much of a cart as it takes: a maximal-space heuristic that
// places blocks of identical units (rows, layers, stacks) in the free corner nearest to a
// corner of the container, so that free room stays in large, usable pieces.
#pragma once

#include <cstdint>
#include <vector>

#include "core/packing/geometry.hpp"
#include "core/packing/maximal_spaces.hpp"

namespace od::packing {

// One item type as the filler sees it: its distinct allowed sizes as placed.
struct FillKind {
  std::array<Size3, 6> sizes{};
  std::uint8_t size_count = 0;
  std::int64_t volume = 0;
  std::int64_t weight = 0;  // grams per unit, at least 1
};

// count[0] x count[1] x count[2] units of one kind, all in the same orientation.
struct FillBlock {
  std::uint32_t kind = 0;
  std::uint8_t size_index = 0;
  Size3 position{};
  Size3 count{};
};

struct FillOutcome {
  std::vector<FillBlock> blocks;
  std::int64_t volume = 0;
  std::int64_t weight = 0;  // of the items only
};

enum class BlockChoice {
  LargestVolume,  // the block holding the most volume
  TightestFit,    // the block leaving the least room along the space's tightest side
};

enum class Anchoring {
  AnyCorner,    // build inwards from all eight corners of the container
  FloorCorner,  // build from the four bottom corners only
};

struct FillStrategy {
  BlockChoice block = BlockChoice::LargestVolume;
  Anchoring anchoring = Anchoring::AnyCorner;
};

class ContainerFiller {
 public:
  // Places units of `kinds` (count[k] units of kind k) into a container of `inner` size that
  // carries at most `weight_capacity` grams of items. Decrements `count` by what it places.
  FillOutcome fill(const Size3& inner, std::int64_t weight_capacity,
                   const std::vector<FillKind>& kinds, std::vector<std::int32_t>& count,
                   const FillStrategy& strategy);

 private:
  // Reused between fills to spare allocations.
  MaximalSpaces spaces_;
  std::vector<std::int64_t> most_volume_;  // per kind, the volume of all its units
  std::vector<std::uint32_t> active_;      // kinds that may still go in, most volume first
  ItemSizes remaining_;                    // the sizes those kinds may take
};

}  // namespace od::packing
