// Packs a cart into a store's boxes so that shipping is priced per parcel, not per item.
// Plain data in, plain data out: the packer never throws, never reads a clock and gives the
// same answer for the same input on every machine.
//
// Axes: every size is [width, length, depth] in millimetres and depth is vertical, both for
// boxes and for items. Weights are grams.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace od {

using Dims = std::array<std::int64_t, 3>;

// Largest edge and weight the packer accepts; anything above is treated as invalid input, so
// that every volume and weight sum stays far inside 64-bit integers.
inline constexpr std::int64_t kMaxEdgeMm = 100'000;             // 100 m
inline constexpr std::int64_t kMaxWeightGrams = 1'000'000'000;  // 1,000 t

// Which orientations an item may take. Orientation k puts the item's own edges
// kOrientationEdges[k] along the box's width, length and depth (vertical).
inline constexpr std::array<std::array<std::uint8_t, 3>, 6> kOrientationEdges{{
    {0, 1, 2},  // as given
    {1, 0, 2},  // turned about the vertical axis
    {0, 2, 1},  // standing on edge 1
    {2, 0, 1},
    {1, 2, 0},  // standing on edge 0
    {2, 1, 0},
}};

struct Rotation {
  std::uint8_t allowed = 0x3F;  // bit k allows orientation k

  // All six orientations.
  static constexpr Rotation any() { return {0x3F}; }
  // The item's third edge stays vertical; it may turn about the vertical axis.
  static constexpr Rotation keep_flat() { return {0x03}; }
  // Exactly as given.
  static constexpr Rotation none() { return {0x01}; }
  // Each flag says whether that edge of the item may stand vertical; turning about the
  // vertical axis is always allowed.
  static constexpr Rotation standing_on(bool edge0, bool edge1, bool edge2) {
    return {
        static_cast<std::uint8_t>((edge2 ? 0x03 : 0) | (edge1 ? 0x0C : 0) | (edge0 ? 0x30 : 0))};
  }
};

struct BoxType {
  std::string id;
  Dims inner{};                   // usable space inside
  Dims outer{};                   // size as shipped; used to prefer smaller boxes
  std::int64_t empty_weight = 0;  // grams
  std::int64_t max_weight = 0;    // grams, including the empty box
};

struct ItemType {
  std::string id;
  Dims dims{};
  std::int64_t weight = 0;    // grams per unit
  std::int64_t quantity = 1;  // units of this item
  Rotation rotation = Rotation::any();
  bool own_packaging = false;  // each unit ships as a parcel of its own, in no box
};

struct Placement {
  std::size_t item = 0;  // index into the items given to pack()
  Dims position{};       // lower corner, in the box's inner space
  Dims dims{};           // size as placed: a permutation of the item's dims its rotation allows
};

struct Parcel {
  std::optional<std::size_t> box;  // index into the boxes; empty when the item ships as it is
  Dims outer{};                    // the box's outer size, or the item's own size
  std::int64_t weight = 0;         // everything, the empty box included
  std::vector<Placement> items;
};

enum class UnpackedReason {
  InvalidDimensions,      // an edge is not between 1 mm and kMaxEdgeMm
  InvalidWeight,          // the weight is not between 1 g and kMaxWeightGrams
  InvalidRotation,        // the rotation allows no orientation at all
  NoUsableBox,            // no box was given, or none of them is valid
  LargerThanEveryBox,     // no box is big enough in any allowed orientation
  HeavierThanEveryBox,    // no box may carry its weight
  NoBoxForSizeAndWeight,  // boxes big enough cannot carry it and boxes strong enough are small
  ParcelLimitReached,     // PackOptions::max_parcels parcels were already full
};

struct UnpackedUnit {
  std::size_t item = 0;  // index into the items given to pack()
  UnpackedReason reason = UnpackedReason::InvalidDimensions;
};

// A request the packer refuses as a whole; the result then holds no parcels and no units.
enum class PackStatus {
  Ok,
  NegativeQuantity,  // an item's quantity is below zero
  TooManyUnits,      // more units than PackOptions::max_units
  TooManyBoxTypes,   // more boxes than PackOptions::max_box_types
};

struct PackResult {
  PackStatus status = PackStatus::Ok;
  std::optional<std::size_t> refused_item;  // the item behind NegativeQuantity
  std::vector<Parcel> parcels;
  std::vector<UnpackedUnit> unpacked;       // one entry per unit not in a parcel
  std::vector<std::size_t> unusable_boxes;  // boxes with invalid sizes or weights, never used
};

struct PackOptions {
  std::size_t max_units = 2000;     // bounds the running time; larger requests are refused
  std::size_t max_box_types = 100;  // likewise
  // At most this many box parcels (0: no limit). With 1 the packer fills the one box that takes
  // the largest volume of the cart, and leaves the rest unpacked.
  std::size_t max_parcels = 0;
};

// Fewest parcels first, then the smallest boxes (sum of outer volumes). Every unit of every
// item ends up exactly once in a parcel or in `unpacked`.
PackResult pack(const std::vector<BoxType>& boxes, const std::vector<ItemType>& items,
                const PackOptions& options = {});

}  // namespace od
