// Packs the lines of a cart into the store's boxes through the packer (core/packing), in plain
// types of its own: this header includes neither the packer's nor the configuration's headers,
// whose names for sizes and rotations differ, so the quote can use both.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace od {

using ParcelSize = std::array<int64_t, 3>;  // millimetres

enum class TurnRule { Any, KeepFlat, Fixed };

struct LineToPack {
  ParcelSize dims{};
  int64_t weight = 0;  // grams per unit
  int64_t qty = 0;
  TurnRule turn = TurnRule::Any;
  bool own_packaging = false;  // each unit travels as a parcel of its own
};

struct BoxToFill {
  std::string id;
  ParcelSize inner{};
  ParcelSize outer{};
  int64_t empty_weight = 0;
  int64_t max_weight = 0;
};

enum class ParcelKind {
  Box,           // one of the store's boxes
  OwnPackaging,  // an item that ships as it is
  Unboxed,       // the store lists no boxes: the rest of the cart travels as one parcel
};

struct PlannedParcel {
  ParcelKind kind = ParcelKind::Box;
  std::string box;     // the box id for ParcelKind::Box
  ParcelSize outer{};  // as shipped; all zero for Unboxed (the size is not known)
  int64_t weight = 0;  // grams, packaging included
  std::vector<std::pair<size_t, int64_t>> contents;  // (line index, units), by line
};

struct ParcelPlan {
  bool refused = false;  // the packer refused the request as a whole (too many units or boxes)
  std::vector<PlannedParcel> parcels;
  std::vector<size_t> unfit_lines;  // lines with units that no box can take, ascending
};

// Packs the lines whose `include` flag is set. Fewest parcels first, then the smallest boxes.
ParcelPlan plan_parcels(const std::vector<BoxToFill>& boxes, const std::vector<LineToPack>& lines,
                        const std::vector<bool>& include);

}  // namespace od
