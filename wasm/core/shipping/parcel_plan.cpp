#include "core/shipping/parcel_plan.hpp"

#include <algorithm>
#include <map>

#include "core/packing/packing.hpp"
#include "core/sorting/sort_by.hpp"

namespace od {
namespace {

using packing::BoxType;
using packing::ItemType;
using packing::PackResult;
using packing::PackStatus;
using packing::Parcel;
using packing::Placement;
using packing::Rotation;
using packing::UnpackedUnit;

Rotation rotation_of(TurnRule turn) {
  switch (turn) {
    case TurnRule::KeepFlat:
      return Rotation::keep_flat();
    case TurnRule::Fixed:
      return Rotation::none();
    case TurnRule::Any:
      break;
  }
  return Rotation::any();
}

// Parcels for the lines when the store lists no boxes: each own-packaging unit alone, the rest
// together in one parcel whose size is unknown.
ParcelPlan without_boxes(const std::vector<LineToPack>& lines, const std::vector<bool>& include) {
  ParcelPlan plan;
  PlannedParcel rest;
  rest.kind = ParcelKind::Unboxed;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!include[i] || lines[i].qty <= 0) continue;
    if (lines[i].own_packaging) {
      for (int64_t u = 0; u < lines[i].qty; ++u) {
        plan.parcels.push_back(
            {ParcelKind::OwnPackaging, "", lines[i].dims, lines[i].weight, {{i, 1}}});
      }
    } else {
      rest.weight += lines[i].weight * lines[i].qty;
      rest.contents.emplace_back(i, lines[i].qty);
    }
  }
  if (!rest.contents.empty()) plan.parcels.insert(plan.parcels.begin(), std::move(rest));
  return plan;
}

}  // namespace

ParcelPlan plan_parcels(const std::vector<BoxToFill>& boxes, const std::vector<LineToPack>& lines,
                        const std::vector<bool>& include) {
  if (boxes.empty()) return without_boxes(lines, include);

  std::vector<BoxType> box_types;
  box_types.reserve(boxes.size());
  for (const BoxToFill& b : boxes) {
    box_types.push_back({b.id, b.inner, b.outer, b.empty_weight, b.max_weight});
  }
  std::vector<ItemType> items;
  std::vector<size_t> line_of_item;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!include[i] || lines[i].qty <= 0) continue;
    const LineToPack& l = lines[i];
    items.push_back(
        {std::to_string(i), l.dims, l.weight, l.qty, rotation_of(l.turn), l.own_packaging});
    line_of_item.push_back(i);
  }

  ParcelPlan plan;
  const PackResult packed = pack(box_types, items);
  if (packed.status != PackStatus::Ok) {
    plan.refused = true;
    return plan;
  }
  for (const Parcel& p : packed.parcels) {
    PlannedParcel out;
    out.kind = p.box ? ParcelKind::Box : ParcelKind::OwnPackaging;
    if (p.box) out.box = boxes[*p.box].id;
    out.outer = p.outer;
    out.weight = p.weight;
    std::map<size_t, int64_t> units;
    for (const Placement& placed : p.items) ++units[line_of_item[placed.item]];
    out.contents.assign(units.begin(), units.end());
    plan.parcels.push_back(std::move(out));
  }
  for (const UnpackedUnit& u : packed.unpacked) plan.unfit_lines.push_back(line_of_item[u.item]);
  sort_by(plan.unfit_lines);
  plan.unfit_lines.erase(std::unique(plan.unfit_lines.begin(), plan.unfit_lines.end()),
                         plan.unfit_lines.end());
  return plan;
}

}  // namespace od
