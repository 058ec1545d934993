#include "core/packing/packing.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>

#include "packing_checker.hpp"

namespace od::packing {
namespace {

using check::find_packing_fault;

BoxType box(std::string id, Dims inner, std::int64_t max_weight = 20000,
            std::int64_t empty_weight = 100) {
  const Dims outer{inner[0] + 10, inner[1] + 10, inner[2] + 10};
  return {std::move(id), inner, outer, empty_weight, max_weight};
}

ItemType item(std::string id, Dims dims, std::int64_t qty = 1, Rotation rotation = Rotation::any(),
              std::int64_t weight = 100) {
  return {std::move(id), dims, weight, qty, rotation};
}

std::size_t units_in_parcels(const PackResult& r) {
  std::size_t n = 0;
  for (const Parcel& p : r.parcels) n += p.items.size();
  return n;
}

// Packs and checks the result against the contract before any test looks at it.
PackResult checked_pack(const std::vector<BoxType>& boxes, const std::vector<ItemType>& items,
                        const PackOptions& options = {}) {
  PackResult r = pack(boxes, items, options);
  EXPECT_EQ(find_packing_fault(boxes, items, r, options), "");
  return r;
}

// ---- rotation ------------------------------------------------------------------------------

TEST(Packing, KeepFlatItemTurnsAboutTheVerticalAxisToFit) {
  const auto r = checked_pack({box("B", {100, 300, 50})},
                              {item("tray", {300, 100, 50}, 1, Rotation::keep_flat())});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].items[0].dims, (Dims{100, 300, 50}));
}

TEST(Packing, KeepFlatItemNeverLiesOnItsSide) {
  // It would fit lying on its side, but its third edge must stay vertical.
  const auto r = checked_pack({box("B", {300, 100, 50})},
                              {item("cake", {300, 50, 100}, 1, Rotation::keep_flat())});
  EXPECT_TRUE(r.parcels.empty());
  ASSERT_EQ(r.unpacked.size(), 1u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::LargerThanEveryBox);
}

TEST(Packing, FreelyRotatableItemLiesDownToFit) {
  const auto r = checked_pack({box("B", {300, 100, 50})}, {item("poster", {50, 100, 300})});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].items[0].dims, (Dims{300, 100, 50}));
}

TEST(Packing, UnrotatableItemIsPlacedExactlyAsGiven) {
  const ItemType fixed = item("jar", {100, 300, 50}, 1, Rotation::none());
  EXPECT_EQ(checked_pack({box("B", {300, 100, 50})}, {fixed}).unpacked.size(), 1u);
  const auto r = checked_pack({box("B", {100, 300, 50})}, {fixed});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].items[0].dims, (Dims{100, 300, 50}));
}

TEST(Packing, StandingOnLetsOnlyTheFlaggedEdgesBeVertical) {
  // Edge 1 (300) may stand upright, edge 2 (50) may not: the 300 mm edge goes up.
  const auto r = checked_pack({box("B", {100, 60, 300}), box("C", {300, 100, 60})},
                              {item("roll", {100, 300, 50}, 1, Rotation::standing_on(0, 1, 0))});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(*r.parcels[0].box, 0u);
  EXPECT_EQ(r.parcels[0].items[0].dims[2], 300);
}

// ---- exact fits and preferences ------------------------------------------------------------

TEST(Packing, CubesThatTileTheBoxExactlyShareOneParcel) {
  const auto r = checked_pack({box("B", {200, 200, 200})}, {item("cube", {100, 100, 100}, 8)});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].items.size(), 8u);
  EXPECT_TRUE(r.unpacked.empty());
}

TEST(Packing, BricksTileTheBoxExactlyWhenTurned) {
  // 200 x 300 x 100 holds six 100 x 200 x 50 bricks only if they turn to 200 x 100.
  const auto r = checked_pack({box("B", {200, 300, 100})},
                              {item("brick", {100, 200, 50}, 6, Rotation::keep_flat())});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].items.size(), 6u);
}

TEST(Packing, ItemExactlyAsLargeAsTheBoxFits) {
  const auto r = checked_pack({box("B", {120, 80, 40})}, {item("book", {120, 80, 40})});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].items[0].position, (Dims{0, 0, 0}));
}

TEST(Packing, OneBigParcelBeatsSeveralSmallOnes) {
  // Four small boxes have less volume than one large box, but fewer parcels come first.
  const auto r = checked_pack({box("S", {100, 100, 100}), box("L", {200, 200, 100})},
                              {item("cube", {100, 100, 100}, 4)});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(*r.parcels[0].box, 1u);
}

TEST(Packing, SmallestBoxThatTakesEverythingIsChosen) {
  // Boxes listed largest first: the order they are given in must not matter.
  const std::vector<BoxType> boxes{box("L", {500, 500, 500}), box("M", {300, 300, 300}),
                                   box("S", {100, 100, 100})};
  const auto r = checked_pack(boxes, {item("mug", {100, 100, 120}, 2)});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(boxes[*r.parcels[0].box].id, "M");
}

TEST(Packing, SmallerOuterSizeDecidesBetweenBoxesOfEqualInnerSize) {
  BoxType thick = box("thick", {200, 200, 200});
  thick.outer = {260, 260, 260};
  const BoxType thin = box("thin", {200, 200, 200});
  const auto r = checked_pack({thick, thin}, {item("cube", {100, 100, 100})});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(*r.parcels[0].box, 1u);
}

TEST(Packing, LeftoverParcelMovesToASmallerBox) {
  // Nine cubes: eight fill the large box, the ninth needs only the small one.
  const std::vector<BoxType> boxes{box("S", {100, 100, 100}), box("L", {200, 200, 200})};
  const auto r = checked_pack(boxes, {item("cube", {100, 100, 100}, 9)});
  ASSERT_EQ(r.parcels.size(), 2u);
  std::vector<std::string> used;
  for (const Parcel& p : r.parcels) used.push_back(boxes[*p.box].id);
  std::sort(used.begin(), used.end());
  EXPECT_EQ(used, (std::vector<std::string>{"L", "S"}));
}

// ---- weight --------------------------------------------------------------------------------

TEST(Packing, ParcelWeightIncludesTheEmptyBox) {
  const auto r = checked_pack({box("B", {300, 300, 300}, 5000, 250)},
                              {item("jar", {100, 100, 100}, 3, Rotation::any(), 400)});
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].weight, 250 + 3 * 400);
}

TEST(Packing, WeightLimitSplitsACartThatWouldFitByVolume) {
  // Room for 27 cubes, but 1,000 g of capacity carries only three at 300 g.
  const std::vector<BoxType> boxes{box("B", {300, 300, 300}, 1100, 100)};
  const auto r = checked_pack(boxes, {item("weight", {100, 100, 100}, 6, Rotation::any(), 300)});
  EXPECT_EQ(r.parcels.size(), 2u);
  for (const Parcel& p : r.parcels) EXPECT_LE(p.weight, 1100);
}

TEST(Packing, ItemHeavierThanEveryBoxAllowsIsUnpacked) {
  const auto r = checked_pack({box("B", {500, 500, 500}, 2000, 200)},
                              {item("anvil", {100, 100, 100}, 2, Rotation::any(), 1900)});
  EXPECT_TRUE(r.parcels.empty());
  ASSERT_EQ(r.unpacked.size(), 2u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::HeavierThanEveryBox);
}

TEST(Packing, ItemWhoseSizeAndWeightNoSingleBoxMatchesIsUnpacked) {
  // The big box is weak, the strong box is small.
  const auto r = checked_pack(
      {box("big-weak", {500, 500, 500}, 1000, 100), box("small-strong", {50, 50, 50}, 50000)},
      {item("safe", {300, 300, 300}, 1, Rotation::any(), 5000)});
  ASSERT_EQ(r.unpacked.size(), 1u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::NoBoxForSizeAndWeight);
}

TEST(Packing, ItemLargerThanEveryBoxIsUnpackedWhileTheRestShips) {
  const auto r = checked_pack({box("B", {300, 300, 300})},
                              {item("canoe", {4000, 800, 400}), item("paddle", {100, 100, 280})});
  ASSERT_EQ(r.unpacked.size(), 1u);
  EXPECT_EQ(r.unpacked[0].item, 0u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::LargerThanEveryBox);
  EXPECT_EQ(units_in_parcels(r), 1u);
}

// ---- own packaging -------------------------------------------------------------------------

TEST(Packing, EachUnitInOwnPackagingIsAParcelOfItsOwn) {
  ItemType bike = item("bike", {1500, 300, 800}, 2, Rotation::none(), 14000);
  bike.own_packaging = true;
  const auto r = checked_pack({box("B", {300, 300, 300})}, {bike, item("bell", {60, 60, 40})});
  ASSERT_EQ(r.parcels.size(), 3u);
  int own = 0;
  for (const Parcel& p : r.parcels) {
    if (p.box) continue;
    ++own;
    EXPECT_EQ(p.outer, bike.dims);
    EXPECT_EQ(p.weight, 14000);
    EXPECT_EQ(p.items.size(), 1u);
  }
  EXPECT_EQ(own, 2);
}

TEST(Packing, OwnPackagingNeedsNoBoxAtAll) {
  ItemType tv = item("tv", {1200, 200, 800});
  tv.own_packaging = true;
  const auto r = checked_pack({}, {tv});
  EXPECT_EQ(r.parcels.size(), 1u);
  EXPECT_TRUE(r.unpacked.empty());
}

// ---- single container ----------------------------------------------------------------------

TEST(Packing, ParcelLimitFillsOneBoxAndLeavesTheRestUnpacked) {
  PackOptions one;
  one.max_parcels = 1;
  const auto r =
      checked_pack({box("B", {200, 200, 200})}, {item("cube", {100, 100, 100}, 10)}, one);
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(r.parcels[0].items.size(), 8u);
  ASSERT_EQ(r.unpacked.size(), 2u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::ParcelLimitReached);
}

TEST(Packing, ParcelLimitPrefersTheBoxTakingTheMostVolume) {
  PackOptions one;
  one.max_parcels = 1;
  const std::vector<BoxType> boxes{box("S", {100, 100, 100}), box("L", {200, 200, 100})};
  const auto r = checked_pack(boxes, {item("cube", {100, 100, 100}, 10)}, one);
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(boxes[*r.parcels[0].box].id, "L");
}

// ---- layout --------------------------------------------------------------------------------

TEST(Packing, EveryItemRestsOnTheFloorOrOnAnotherItem) {
  const auto r = checked_pack(
      {box("B", {400, 300, 300})},
      {item("a", {170, 90, 60}, 7), item("b", {120, 120, 110}, 3), item("c", {60, 40, 30}, 11)});
  ASSERT_EQ(r.parcels.size(), 1u);
  const auto& placed = r.parcels[0].items;
  for (const Placement& p : placed) {
    if (p.position[2] == 0) continue;
    bool supported = false;
    for (const Placement& q : placed) {
      const bool under = q.position[2] + q.dims[2] == p.position[2];
      const bool shared =
          q.position[0] < p.position[0] + p.dims[0] && p.position[0] < q.position[0] + q.dims[0] &&
          q.position[1] < p.position[1] + p.dims[1] && p.position[1] < q.position[1] + q.dims[1];
      supported = supported || (under && shared);
    }
    EXPECT_TRUE(supported) << "item at height " << p.position[2] << " floats";
  }
}

TEST(Packing, SameRequestGivesTheSameAnswer) {
  const std::vector<BoxType> boxes{box("S", {200, 150, 100}), box("M", {300, 250, 150})};
  const std::vector<ItemType> items{item("a", {90, 80, 40}, 9), item("b", {140, 60, 60}, 4)};
  const auto first = pack(boxes, items);
  const auto second = pack(boxes, items);
  ASSERT_EQ(first.parcels.size(), second.parcels.size());
  for (std::size_t p = 0; p < first.parcels.size(); ++p) {
    EXPECT_EQ(first.parcels[p].box, second.parcels[p].box);
    ASSERT_EQ(first.parcels[p].items.size(), second.parcels[p].items.size());
    for (std::size_t i = 0; i < first.parcels[p].items.size(); ++i) {
      EXPECT_EQ(first.parcels[p].items[i].position, second.parcels[p].items[i].position);
      EXPECT_EQ(first.parcels[p].items[i].dims, second.parcels[p].items[i].dims);
    }
  }
}

// ---- bad and extreme input -----------------------------------------------------------------

TEST(Packing, ZeroOrNegativeDimensionsAreReportedPerUnit) {
  const auto r = checked_pack({box("B", {300, 300, 300})},
                              {item("flat", {100, 0, 100}, 2), item("neg", {-5, 10, 10})});
  ASSERT_EQ(r.unpacked.size(), 3u);
  for (const auto& u : r.unpacked) EXPECT_EQ(u.reason, UnpackedReason::InvalidDimensions);
}

TEST(Packing, ZeroOrNegativeWeightIsReported) {
  const auto r = checked_pack({box("B", {300, 300, 300})},
                              {item("ghost", {10, 10, 10}, 1, Rotation::any(), 0),
                               item("balloon", {10, 10, 10}, 1, Rotation::any(), -3)});
  ASSERT_EQ(r.unpacked.size(), 2u);
  for (const auto& u : r.unpacked) EXPECT_EQ(u.reason, UnpackedReason::InvalidWeight);
}

TEST(Packing, HugeDimensionsAndWeightsAreReportedNotOverflowed) {
  constexpr auto kHuge = std::numeric_limits<std::int64_t>::max();
  const auto r = checked_pack(
      {box("B", {300, 300, 300})},
      {item("wide", {kHuge, kHuge, kHuge}), item("dense", {10, 10, 10}, 1, Rotation::any(), kHuge),
       item("long", {kMaxEdgeMm + 1, 10, 10})});
  ASSERT_EQ(r.unpacked.size(), 3u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::InvalidDimensions);
  EXPECT_EQ(r.unpacked[1].reason, UnpackedReason::InvalidWeight);
  EXPECT_EQ(r.unpacked[2].reason, UnpackedReason::InvalidDimensions);
}

TEST(Packing, RotationAllowingNoOrientationIsReported) {
  const auto r =
      checked_pack({box("B", {300, 300, 300})}, {item("odd", {10, 10, 10}, 1, Rotation{0})});
  ASSERT_EQ(r.unpacked.size(), 1u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::InvalidRotation);
}

TEST(Packing, ZeroQuantityPacksNothing) {
  const auto r = checked_pack({box("B", {300, 300, 300})}, {item("none", {10, 10, 10}, 0)});
  EXPECT_TRUE(r.parcels.empty());
  EXPECT_TRUE(r.unpacked.empty());
}

TEST(Packing, NegativeQuantityRefusesTheRequest) {
  const auto r = pack({box("B", {300, 300, 300})},
                      {item("ok", {10, 10, 10}, 3), item("minus", {10, 10, 10}, -1)});
  EXPECT_EQ(r.status, PackStatus::NegativeQuantity);
  EXPECT_EQ(r.refused_item, std::optional<std::size_t>{1});
  EXPECT_TRUE(r.parcels.empty());
}

TEST(Packing, ABillionUnitsAreRefusedAtOnce) {
  const auto r = pack({box("B", {300, 300, 300})}, {item("grain", {1, 1, 1}, 1'000'000'000)});
  EXPECT_EQ(r.status, PackStatus::TooManyUnits);
  EXPECT_TRUE(r.parcels.empty());
  EXPECT_TRUE(r.unpacked.empty());
}

TEST(Packing, QuantitiesThatWouldOverflowWhenAddedAreRefused) {
  constexpr auto kHuge = std::numeric_limits<std::int64_t>::max();
  const auto r =
      pack({box("B", {300, 300, 300})}, {item("a", {1, 1, 1}, kHuge), item("b", {1, 1, 1}, kHuge)});
  EXPECT_EQ(r.status, PackStatus::TooManyUnits);
}

TEST(Packing, UnitLimitIsInclusive) {
  const std::vector<BoxType> boxes{box("B", {1000, 1000, 1000}, 1'000'000)};
  EXPECT_EQ(pack(boxes, {item("bead", {10, 10, 10}, 2000)}).status, PackStatus::Ok);
  EXPECT_EQ(pack(boxes, {item("bead", {10, 10, 10}, 2001)}).status, PackStatus::TooManyUnits);
}

TEST(Packing, TooManyBoxTypesAreRefused) {
  std::vector<BoxType> boxes(101, box("B", {100, 100, 100}));
  EXPECT_EQ(pack(boxes, {item("a", {10, 10, 10})}).status, PackStatus::TooManyBoxTypes);
}

TEST(Packing, InvalidBoxesAreListedAndNeverUsed) {
  BoxType thin_walls = box("walls", {300, 300, 300});
  thin_walls.outer = {290, 310, 310};
  std::vector<BoxType> boxes{box("zero", {0, 300, 300}), box("weak", {300, 300, 300}, 100, 100),
                             box("minus", {300, 300, 300}, 1000, -1), thin_walls,
                             box("good", {300, 300, 300})};
  const auto r = checked_pack(boxes, {item("a", {10, 10, 10})});
  EXPECT_EQ(r.unusable_boxes, (std::vector<std::size_t>{0, 1, 2, 3}));
  ASSERT_EQ(r.parcels.size(), 1u);
  EXPECT_EQ(*r.parcels[0].box, 4u);
}

TEST(Packing, NoUsableBoxLeavesEveryUnitUnpackedWithThatReason) {
  const auto r = checked_pack({box("zero", {0, 0, 0})}, {item("a", {10, 10, 10}, 2)});
  ASSERT_EQ(r.unpacked.size(), 2u);
  EXPECT_EQ(r.unpacked[0].reason, UnpackedReason::NoUsableBox);
}

}  // namespace
}  // namespace od::packing
