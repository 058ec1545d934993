// Random carts from a fixed seed: whatever the cart, the packing keeps the contract.
#include <gtest/gtest.h>

#include <random>

#include "core/packing/packing.hpp"
#include "packing_checker.hpp"

namespace od::packing {
namespace {

using check::find_packing_fault;

class RandomCarts {
 public:
  explicit RandomCarts(unsigned seed) : rng_(seed) {}

  int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(int percent) { return between(1, 100) <= percent; }

  std::vector<BoxType> boxes() {
    std::vector<BoxType> out;
    const int n = between(0, 5);
    for (int b = 0; b < n; ++b) {
      const Dims inner{between(50, 600), between(50, 600), between(30, 500)};
      const int wall = between(0, 12);
      BoxType box{"box" + std::to_string(b),
                  inner,
                  {inner[0] + wall, inner[1] + wall, inner[2] + wall},
                  between(0, 800),
                  0};
      box.max_weight = box.empty_weight + between(500, 30000);
      if (chance(4)) box.inner[between(0, 2)] = between(-5, 0);  // now and then a broken box
      out.push_back(box);
    }
    return out;
  }

  Rotation rotation() {
    switch (between(0, 4)) {
      case 0:
        return Rotation::any();
      case 1:
        return Rotation::keep_flat();
      case 2:
        return Rotation::none();
      case 3:
        return Rotation::standing_on(chance(50), chance(50), chance(50));
      default:
        return Rotation{static_cast<std::uint8_t>(between(0, 63))};
    }
  }

  std::vector<ItemType> items() {
    std::vector<ItemType> out;
    const int n = between(1, 8);
    for (int i = 0; i < n; ++i) {
      ItemType item{"item" + std::to_string(i),
                    {between(5, 400), between(5, 400), between(5, 300)},
                    between(1, 6000),
                    between(0, 14),
                    rotation()};
      item.own_packaging = chance(5);
      if (chance(3)) item.dims[between(0, 2)] = between(-10, 0);
      if (chance(3)) item.weight = between(-10, 0);
      out.push_back(item);
    }
    return out;
  }

 private:
  std::mt19937 rng_;
};

bool same(const PackResult& a, const PackResult& b) {
  if (a.parcels.size() != b.parcels.size() || a.unpacked.size() != b.unpacked.size()) return false;
  for (std::size_t p = 0; p < a.parcels.size(); ++p) {
    const Parcel& x = a.parcels[p];
    const Parcel& y = b.parcels[p];
    if (x.box != y.box || x.weight != y.weight || x.items.size() != y.items.size()) return false;
    for (std::size_t i = 0; i < x.items.size(); ++i) {
      if (x.items[i].item != y.items[i].item || x.items[i].position != y.items[i].position ||
          x.items[i].dims != y.items[i].dims) {
        return false;
      }
    }
  }
  for (std::size_t u = 0; u < a.unpacked.size(); ++u) {
    if (a.unpacked[u].item != b.unpacked[u].item || a.unpacked[u].reason != b.unpacked[u].reason) {
      return false;
    }
  }
  return true;
}

TEST(PackingProperty, EveryRandomCartKeepsTheContract) {
  RandomCarts carts(20240611);
  for (int round = 0; round < 3000; ++round) {
    const auto boxes = carts.boxes();
    const auto items = carts.items();
    const PackResult r = pack(boxes, items);
    ASSERT_EQ(r.status, PackStatus::Ok);
    ASSERT_EQ(find_packing_fault(boxes, items, r), "") << "round " << round;
  }
}

TEST(PackingProperty, EveryRandomCartKeepsTheContractUnderAParcelLimit) {
  RandomCarts carts(7);
  for (int round = 0; round < 1000; ++round) {
    PackOptions options;
    options.max_parcels = static_cast<std::size_t>(carts.between(1, 3));
    const auto boxes = carts.boxes();
    const auto items = carts.items();
    const PackResult r = pack(boxes, items, options);
    ASSERT_EQ(find_packing_fault(boxes, items, r, options), "") << "round " << round;
  }
}

TEST(PackingProperty, PackingTheSameCartTwiceGivesTheSameResult) {
  RandomCarts carts(99);
  for (int round = 0; round < 500; ++round) {
    const auto boxes = carts.boxes();
    const auto items = carts.items();
    ASSERT_TRUE(same(pack(boxes, items), pack(boxes, items))) << "round " << round;
  }
}

TEST(PackingProperty, ListingItemsInAnotherOrderNeverBreaksTheContract) {
  RandomCarts carts(5);
  for (int round = 0; round < 500; ++round) {
    const auto boxes = carts.boxes();
    auto items = carts.items();
    std::reverse(items.begin(), items.end());
    ASSERT_EQ(find_packing_fault(boxes, items, pack(boxes, items)), "") << "round " << round;
  }
}

// Identical units in a box they tile exactly: a parcel holds as many as the box has room for,
// so the count of parcels is the plain division rounded up.
TEST(PackingProperty, UnitsThatTileTheBoxNeedNoMoreParcelsThanTheirVolumeDemands) {
  RandomCarts carts(3);
  for (int round = 0; round < 1000; ++round) {
    const Dims unit{carts.between(10, 120), carts.between(10, 120), carts.between(10, 120)};
    const Dims per{carts.between(1, 4), carts.between(1, 4), carts.between(1, 4)};
    const BoxType box{"B",
                      {unit[0] * per[0], unit[1] * per[1], unit[2] * per[2]},
                      {unit[0] * per[0] + 6, unit[1] * per[1] + 6, unit[2] * per[2] + 6},
                      100,
                      1'000'000};
    const std::int64_t holds = per[0] * per[1] * per[2];
    const ItemType tile{"tile", unit, 10, carts.between(1, 100), Rotation::none()};
    const PackResult r = pack({box}, {tile});
    ASSERT_EQ(find_packing_fault({box}, {tile}, r), "");
    EXPECT_EQ(static_cast<std::int64_t>(r.parcels.size()), (tile.quantity + holds - 1) / holds)
        << "round " << round;
  }
}

// Whatever fits alone into some box is packed: only items no box can take are left out.
TEST(PackingProperty, OnlyItemsNoBoxCanTakeAreLeftUnpacked) {
  RandomCarts carts(42);
  for (int round = 0; round < 1000; ++round) {
    const auto boxes = carts.boxes();
    const auto items = carts.items();
    const PackResult r = pack(boxes, items);
    for (const UnpackedUnit& u : r.unpacked) {
      ASSERT_NE(u.reason, UnpackedReason::ParcelLimitReached) << "round " << round;
    }
  }
}

}  // namespace
}  // namespace od::packing
