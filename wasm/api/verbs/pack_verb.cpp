#include "api/verbs/pack_verb.hpp"

#include <set>

#include "api/json_reader.hpp"

namespace od::api {
namespace {

// The same bounds as boxes and items in a store configuration.
constexpr std::int64_t kMaxGrams = 1'000'000;
constexpr std::int64_t kMaxQuantity = 1'000'000'000;

struct PackRequest {
  std::vector<packing::BoxType> boxes;
  std::vector<packing::ItemType> items;
};

packing::Dims widen(const Dims& d) {
  return {d[0], d[1], d[2]};
}

// Reports an id already used by an earlier entry of the same list.
void check_unique(const std::optional<std::string>& id, const std::string& path,
                  std::set<std::string>& seen, std::string_view what, Errors& errors) {
  if (id && !seen.insert(*id).second) {
    errors.push_back({path, "Another " + std::string(what) + " already has the id \"" + *id +
                                "\"; give each " + std::string(what) + " its own id."});
  }
}

packing::BoxType read_box(const json& v, const std::string& path, std::set<std::string>& ids,
                          Errors& errors) {
  packing::BoxType box;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return box;
  const auto id = r.text("id", Need::Required, "a short identifier");
  check_unique(id, r.path_of("id"), ids, "box", errors);
  box.id = id.value_or("");
  const auto inner = r.dims("inner", Need::Required);
  const auto outer = r.dims("outer", Need::Optional);
  if (inner) box.inner = widen(*inner);
  box.outer = outer ? widen(*outer) : box.inner;
  if (inner && outer) {
    for (std::size_t a = 0; a < 3; ++a) {
      if ((*outer)[a] < (*inner)[a]) {
        errors.push_back({pointer_join(r.path_of("outer"), a),
                          "The outside of a box cannot be smaller than its inside."});
        break;
      }
    }
  }
  box.empty_weight = r.integer("emptyWeight", Need::Optional, 0, kMaxGrams, "grams").value_or(0);
  const auto max = r.integer("maxWeight", Need::Required, 1, kMaxGrams, "grams");
  if (max) {
    box.max_weight = *max;
    if (*max <= box.empty_weight) {
      errors.push_back({r.path_of("maxWeight"),
                        "\"maxWeight\" includes the empty box, so it must be more than "
                        "\"emptyWeight\" (" +
                            std::to_string(box.empty_weight) + " g)."});
    }
  }
  return box;
}

packing::ItemType read_item(const json& v, const std::string& path, std::set<std::string>& ids,
                            Errors& errors) {
  packing::ItemType item;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return item;
  const auto id = r.text("id", Need::Required, "the item's id or SKU");
  check_unique(id, r.path_of("id"), ids, "item", errors);
  item.id = id.value_or("");
  if (const auto dims = r.dims("dims", Need::Required)) item.dims = widen(*dims);
  item.weight = r.integer("weight", Need::Required, 1, kMaxGrams, "grams").value_or(0);
  item.quantity = r.integer("qty", Need::Optional, 0, kMaxQuantity, "units").value_or(1);
  if (const auto rot = r.choice("rotation", Need::Optional, {"any", "keep-flat", "none"})) {
    item.rotation = *rot == "any"         ? packing::Rotation::any()
                    : *rot == "keep-flat" ? packing::Rotation::keep_flat()
                                          : packing::Rotation::none();
  }
  item.own_packaging = r.flag("ownPackaging", Need::Optional).value_or(false);
  return item;
}

// Limits that keep one request fast enough for a shopper's browser.
void check_size(const PackRequest& request, const packing::PackOptions& limits, Errors& errors) {
  if (request.boxes.size() > limits.max_box_types) {
    errors.push_back({"/boxes", "A request may offer at most " +
                                    std::to_string(limits.max_box_types) + " boxes; this one has " +
                                    std::to_string(request.boxes.size()) + "."});
  }
  std::int64_t units = 0;
  for (const auto& item : request.items) units += item.quantity;  // each at most kMaxQuantity
  if (units > static_cast<std::int64_t>(limits.max_units)) {
    errors.push_back({"/items", "A request may hold at most " + std::to_string(limits.max_units) +
                                    " units in all; this one has " + std::to_string(units) +
                                    ". Split the order into smaller requests."});
  }
}

json dims_json(const packing::Dims& d) {
  return json::array({d[0], d[1], d[2]});
}

json result_json(const PackRequest& request, const packing::PackResult& result) {
  json parcels = json::array();
  for (const auto& parcel : result.parcels) {
    json items = json::array();
    for (const auto& p : parcel.items) {
      items.push_back({{"id", request.items[p.item].id},
                       {"position", dims_json(p.position)},
                       {"dims", dims_json(p.dims)}});
    }
    json out = {{"box", parcel.box ? json(request.boxes[*parcel.box].id) : json(nullptr)}};
    if (!parcel.box) out["ownPackaging"] = true;
    out["weight"] = parcel.weight;
    out["outer"] = dims_json(parcel.outer);
    out["items"] = std::move(items);
    parcels.push_back(std::move(out));
  }
  json unpacked = json::array();
  for (const auto& u : result.unpacked) {
    unpacked.push_back({{"id", request.items[u.item].id},
                        {"reason", unpacked_message(u.reason)},
                        {"code", unpacked_code(u.reason)}});
  }
  return {{"ok", true}, {"parcels", std::move(parcels)}, {"unpacked", std::move(unpacked)}};
}

}  // namespace

packing::Rotation packing_rotation(Rotation rotation) {
  switch (rotation) {
    case Rotation::KeepFlat:
      return packing::Rotation::keep_flat();
    case Rotation::None:
      return packing::Rotation::none();
    case Rotation::Any:
      break;
  }
  return packing::Rotation::any();
}

std::string unpacked_code(packing::UnpackedReason reason) {
  using R = packing::UnpackedReason;
  switch (reason) {
    case R::InvalidDimensions:
      return "invalid-dimensions";
    case R::InvalidWeight:
      return "invalid-weight";
    case R::InvalidRotation:
      return "invalid-rotation";
    case R::NoUsableBox:
      return "no-box";
    case R::LargerThanEveryBox:
      return "larger-than-every-box";
    case R::HeavierThanEveryBox:
      return "heavier-than-every-box";
    case R::NoBoxForSizeAndWeight:
      return "no-box-for-size-and-weight";
    case R::ParcelLimitReached:
      return "parcel-limit";
  }
  return "unknown";
}

std::string unpacked_message(packing::UnpackedReason reason) {
  using R = packing::UnpackedReason;
  switch (reason) {
    case R::InvalidDimensions:
      return "Its size is not usable: each length must be a whole number of millimetres above 0.";
    case R::InvalidWeight:
      return "Its weight is not usable: it must be a whole number of grams above 0.";
    case R::InvalidRotation:
      return "Its rotation allows no way of placing it.";
    case R::NoUsableBox:
      return "There is no box to pack it in.";
    case R::LargerThanEveryBox:
      return "It is larger than every box, however it may be turned.";
    case R::HeavierThanEveryBox:
      return "It is heavier than any box may carry.";
    case R::NoBoxForSizeAndWeight:
      return "The boxes large enough for it cannot carry its weight, and the boxes strong "
             "enough are too small.";
    case R::ParcelLimitReached:
      return "It did not fit into the number of parcels allowed.";
  }
  return "It could not be packed.";
}

json pack_verb(const json& request) {
  Errors errors;
  PackRequest parsed;
  {
    ObjectReader r(request, "", errors);
    if (r.ok()) {
      std::set<std::string> box_ids, item_ids;
      r.list("boxes", Need::Required, [&](const json& e, const std::string& p) {
        parsed.boxes.push_back(read_box(e, p, box_ids, errors));
      });
      r.list("items", Need::Required, [&](const json& e, const std::string& p) {
        parsed.items.push_back(read_item(e, p, item_ids, errors));
      });
    }
  }  // unknown keys are reported as the readers close
  const packing::PackOptions options;
  check_size(parsed, options, errors);
  if (!errors.empty()) return error_result(errors);

  const packing::PackResult result = packing::pack(parsed.boxes, parsed.items, options);
  if (result.status != packing::PackStatus::Ok) {
    // The checks above already rule these out; answer plainly should they ever disagree.
    return error_result({{"", "This request is too large to pack at once."}});
  }
  return result_json(parsed, result);
}

}  // namespace od::api
