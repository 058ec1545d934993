#include <algorithm>
#include <numeric>
#include <tuple>

#include "core/packing/input_check.hpp"
#include "core/packing/packing.hpp"
#include "core/packing/parcel_planner.hpp"
#include "core/packing/settle.hpp"
#include "core/sorting/sort_by.hpp"

namespace od::packing {
namespace {

std::int64_t volume_of(const Dims& d) {
  return d[0] * d[1] * d[2];
}

// Refuses requests whose size alone would make the packer slow; counts without overflowing.
bool refuse_oversized(const std::vector<BoxType>& boxes, const std::vector<ItemType>& items,
                      const PackOptions& options, PackResult& result) {
  if (boxes.size() > options.max_box_types) {
    result.status = PackStatus::TooManyBoxTypes;
    return true;
  }
  std::uint64_t units = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::int64_t q = items[i].quantity;
    if (q < 0) {
      result.status = PackStatus::NegativeQuantity;
      result.refused_item = i;
      return true;
    }
    if (static_cast<std::uint64_t>(q) > options.max_units - units) {
      result.status = PackStatus::TooManyUnits;
      return true;
    }
    units += static_cast<std::uint64_t>(q);
  }
  return false;
}

// Usable boxes in order of preference: smallest outside first, then the roomier and stronger.
std::vector<std::size_t> usable_boxes_by_preference(const std::vector<BoxType>& boxes,
                                                    PackResult& result) {
  std::vector<std::size_t> order;
  for (std::size_t b = 0; b < boxes.size(); ++b) {
    if (is_usable(boxes[b])) {
      order.push_back(b);
    } else {
      result.unusable_boxes.push_back(b);
    }
  }
  auto key = [&](std::size_t b) {
    const BoxType& box = boxes[b];
    return std::make_tuple(volume_of(box.outer), -volume_of(box.inner),
                           -(box.max_weight - box.empty_weight), b);
  };
  sort_by(order, [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  return order;
}

// Why no box can take a unit of this kind on its own, if none can.
std::optional<UnpackedReason> unboxable(const FillKind& kind,
                                        const std::vector<PlannerBox>& boxes) {
  if (boxes.empty()) return UnpackedReason::NoUsableBox;
  bool big_enough = false, strong_enough = false;
  for (const PlannerBox& box : boxes) {
    bool fits = false;
    for (std::uint8_t s = 0; s < kind.size_count; ++s) {
      fits = fits || fits_within(kind.sizes[s], box.inner);
    }
    const bool carries = kind.weight <= box.capacity;
    if (fits && carries) return std::nullopt;
    big_enough = big_enough || fits;
    strong_enough = strong_enough || carries;
  }
  if (!big_enough) return UnpackedReason::LargerThanEveryBox;
  if (!strong_enough) return UnpackedReason::HeavierThanEveryBox;
  return UnpackedReason::NoBoxForSizeAndWeight;
}

void add_unpacked(PackResult& result, std::size_t item, std::int64_t units, UnpackedReason why) {
  for (std::int64_t u = 0; u < units; ++u) result.unpacked.push_back({item, why});
}

Parcel own_packaging_parcel(const ItemType& item, std::size_t index) {
  Parcel parcel;
  parcel.outer = item.dims;
  parcel.weight = item.weight;
  parcel.items.push_back({index, Dims{0, 0, 0}, item.dims});
  return parcel;
}

std::vector<Placement> placements_of(const FillOutcome& fill, const std::vector<FillKind>& kinds,
                                     const std::vector<std::size_t>& kind_item) {
  std::vector<Placement> out;
  for (const FillBlock& block : fill.blocks) {
    const Size3& unit = kinds[block.kind].sizes[block.size_index];
    for (Coord i = 0; i < block.count[0]; ++i) {
      for (Coord j = 0; j < block.count[1]; ++j) {
        for (Coord k = 0; k < block.count[2]; ++k) {
          Placement p;
          p.item = kind_item[block.kind];
          p.position = {block.position[0] + i * unit[0], block.position[1] + j * unit[1],
                        block.position[2] + k * unit[2]};
          p.dims = {unit[0], unit[1], unit[2]};
          out.push_back(p);
        }
      }
    }
  }
  return out;
}

}  // namespace

PackResult pack(const std::vector<BoxType>& boxes, const std::vector<ItemType>& items,
                const PackOptions& options) {
  PackResult result;
  if (refuse_oversized(boxes, items, options, result)) return result;

  const std::vector<std::size_t> box_order = usable_boxes_by_preference(boxes, result);
  std::vector<PlannerBox> planner_boxes;
  for (std::size_t b : box_order) {
    planner_boxes.push_back({to_size(boxes[b].inner), boxes[b].max_weight - boxes[b].empty_weight});
  }

  std::vector<FillKind> kinds;
  std::vector<std::size_t> kind_item;
  std::vector<std::int32_t> count;
  std::vector<Parcel> own_parcels;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ItemType& item = items[i];
    if (item.quantity == 0) continue;
    if (const auto problem = item_problem(item)) {
      add_unpacked(result, i, item.quantity, *problem);
      continue;
    }
    if (item.own_packaging) {
      for (std::int64_t u = 0; u < item.quantity; ++u)
        own_parcels.push_back(own_packaging_parcel(item, i));
      continue;
    }
    FillKind kind = make_fill_kind(item);
    if (const auto why = unboxable(kind, planner_boxes)) {
      add_unpacked(result, i, item.quantity, *why);
      continue;
    }
    kinds.push_back(kind);
    kind_item.push_back(i);
    count.push_back(static_cast<std::int32_t>(item.quantity));
  }

  ParcelPlan plan = plan_parcels(planner_boxes, kinds, std::move(count), options.max_parcels);
  for (const PlannedParcel& planned : plan.parcels) {
    const BoxType& box = boxes[box_order[planned.box]];
    Parcel parcel;
    parcel.box = box_order[planned.box];
    parcel.outer = box.outer;
    parcel.weight = box.empty_weight + planned.fill.weight;
    parcel.items = placements_of(planned.fill, kinds, kind_item);
    settle(parcel.items);
    result.parcels.push_back(std::move(parcel));
  }
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    add_unpacked(result, kind_item[k], plan.left[k], UnpackedReason::ParcelLimitReached);
  }
  for (Parcel& p : own_parcels) result.parcels.push_back(std::move(p));
  sort_by(result.unpacked,
          [](const UnpackedUnit& a, const UnpackedUnit& b) { return a.item < b.item; });
  return result;
}

}  // namespace od::packing
