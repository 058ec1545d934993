#include "core/packing/maximal_spaces.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace od::packing {
namespace {

Cuboid cuboid(Size3 lo, Size3 hi) {
  return Cuboid{lo, hi};
}

ItemSizes sizes(std::vector<Size3> list) {
  ItemSizes out;
  out.smallest = list.front();
  for (const Size3& s : list) {
    for (int a = 0; a < 3; ++a) out.smallest[a] = std::min(out.smallest[a], s[a]);
  }
  out.sizes = std::move(list);
  return out;
}

bool has_space(const MaximalSpaces& spaces, const Cuboid& wanted) {
  const auto& all = spaces.spaces();
  return std::find(all.begin(), all.end(), wanted) != all.end();
}

TEST(Cuboid, BoxesThatOnlyTouchDoNotOverlap) {
  const Cuboid a = cuboid({0, 0, 0}, {5, 5, 5});
  EXPECT_FALSE(a.overlaps(cuboid({5, 0, 0}, {9, 5, 5})));
  EXPECT_FALSE(a.overlaps(cuboid({0, 0, 5}, {5, 5, 9})));
  EXPECT_TRUE(a.overlaps(cuboid({4, 4, 4}, {9, 9, 9})));
}

TEST(Cuboid, ContainsItselfAndWhatLiesWithinButNothingThatSticksOut) {
  const Cuboid a = cuboid({0, 0, 0}, {5, 5, 5});
  EXPECT_TRUE(a.contains(a));
  EXPECT_TRUE(a.contains(cuboid({1, 1, 1}, {5, 5, 5})));
  EXPECT_FALSE(a.contains(cuboid({1, 1, 1}, {5, 6, 5})));
  EXPECT_FALSE(a.contains(cuboid({0, 0, -1}, {5, 5, 5})));
}

TEST(MaximalSpaces, StartsWithTheWholeContainerEmpty) {
  MaximalSpaces spaces;
  spaces.reset({10, 20, 30});
  ASSERT_EQ(spaces.spaces().size(), 1u);
  EXPECT_EQ(spaces.spaces()[0], cuboid({0, 0, 0}, {10, 20, 30}));
}

TEST(MaximalSpaces, ABlockInACornerLeavesThreeOverlappingSpaces) {
  MaximalSpaces spaces;
  spaces.reset({10, 10, 10});
  spaces.occupy(cuboid({0, 0, 0}, {4, 4, 4}), sizes({{1, 1, 1}}));
  EXPECT_EQ(spaces.spaces().size(), 3u);
  EXPECT_TRUE(has_space(spaces, cuboid({4, 0, 0}, {10, 10, 10})));
  EXPECT_TRUE(has_space(spaces, cuboid({0, 4, 0}, {10, 10, 10})));
  EXPECT_TRUE(has_space(spaces, cuboid({0, 0, 4}, {10, 10, 10})));
}

TEST(MaximalSpaces, ASpaceNoRemainingItemFitsIsDropped) {
  MaximalSpaces spaces;
  spaces.reset({10, 10, 10});
  // Leaves a 10 x 10 x 2 slab on top: wide enough on every axis for some size listed, but no
  // single size fits it.
  spaces.occupy(cuboid({0, 0, 0}, {10, 10, 8}), sizes({{3, 3, 3}, {1, 11, 1}}));
  EXPECT_TRUE(spaces.empty());
}

TEST(MaximalSpaces, ASpaceOneRemainingSizeFitsIsKept) {
  MaximalSpaces spaces;
  spaces.reset({10, 10, 10});
  spaces.occupy(cuboid({0, 0, 0}, {10, 10, 8}), sizes({{3, 3, 3}, {6, 6, 2}}));
  ASSERT_EQ(spaces.spaces().size(), 1u);
  EXPECT_EQ(spaces.spaces()[0], cuboid({0, 0, 8}, {10, 10, 10}));
}

TEST(ItemSizes, WithoutTheListOnlyTheSmallestSizeDecides) {
  ItemSizes remaining = sizes({{3, 3, 3}, {1, 11, 1}});
  remaining.sizes.clear();
  remaining.listed = false;
  EXPECT_TRUE(remaining.any_fits({10, 10, 2}));   // might take something: kept
  EXPECT_FALSE(remaining.any_fits({10, 10, 0}));  // narrower than the smallest
}

TEST(MaximalSpaces, APartInsideAnUntouchedSpaceIsNotAdded) {
  MaximalSpaces spaces;
  spaces.reset({10, 10, 10});
  spaces.occupy(cuboid({0, 0, 0}, {4, 10, 10}), sizes({{1, 1, 1}}));  // leaves x 4..10
  // A block inside the free room, touching its floor: what is left above it lies within no
  // other space, what is left beside it does.
  spaces.occupy(cuboid({4, 0, 0}, {6, 2, 2}), sizes({{1, 1, 1}}));
  for (const Cuboid& a : spaces.spaces()) {
    for (const Cuboid& b : spaces.spaces()) {
      if (&a != &b) {
        EXPECT_FALSE(b.contains(a));
      }
    }
  }
  EXPECT_TRUE(has_space(spaces, cuboid({6, 0, 0}, {10, 10, 10})));
  EXPECT_TRUE(has_space(spaces, cuboid({4, 2, 0}, {10, 10, 10})));
  EXPECT_TRUE(has_space(spaces, cuboid({4, 0, 2}, {10, 10, 10})));
  EXPECT_EQ(spaces.spaces().size(), 3u);
}

TEST(MaximalSpaces, PruneDropsSpacesNarrowerThanTheSmallestItem) {
  MaximalSpaces spaces;
  spaces.reset({10, 10, 10});
  spaces.occupy(cuboid({0, 0, 0}, {7, 10, 10}), sizes({{1, 1, 1}}));  // leaves x 7..10
  spaces.prune({4, 1, 1});
  EXPECT_TRUE(spaces.empty());
}

}  // namespace
}  // namespace od::packing
