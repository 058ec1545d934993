#include "api/config/sections.hpp"

namespace od::api::config {
namespace {

constexpr int64_t kMaxGrams = 1'000'000;  // one tonne: beyond any parcel

Box parse_box(const json& v, const std::string& path, Errors& errors) {
  Box out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (auto id = r.text("id", Need::Required, "a short identifier")) out.id = *id;
  auto inner = r.dims("inner", Need::Required);
  auto outer = r.dims("outer", Need::Optional);
  if (inner) out.inner = *inner;
  out.outer = outer.value_or(out.inner);
  if (inner && outer) {
    for (size_t i = 0; i < 3; ++i) {
      if ((*outer)[i] < (*inner)[i]) {
        errors.push_back({pointer_join(r.path_of("outer"), i),
                          "The outside of a box cannot be smaller than its inside."});
        break;
      }
    }
  }
  auto empty = r.integer("emptyWeight", Need::Optional, 0, kMaxGrams, "grams");
  auto max = r.integer("maxWeight", Need::Required, 1, kMaxGrams, "grams");
  out.empty_weight = static_cast<int32_t>(empty.value_or(0));
  if (max) {
    out.max_weight = static_cast<int32_t>(*max);
    if (*max <= out.empty_weight) {
      errors.push_back({r.path_of("maxWeight"),
                        "\"maxWeight\" includes the empty box, so it must be more than "
                        "\"emptyWeight\" (" +
                            std::to_string(out.empty_weight) + " g)."});
    }
  }
  return out;
}

CatalogueItem parse_item(const json& v, const std::string& path, Errors& errors) {
  CatalogueItem out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (auto sku = r.text("sku", Need::Required, "the item's SKU")) out.sku = *sku;
  if (auto name = r.localized("name", Need::Optional)) out.name = *name;
  out.price =
      r.integer("price", Need::Required, 0, 10'000'000'000, "minor currency units").value_or(0);
  out.weight =
      static_cast<int32_t>(r.integer("weight", Need::Required, 1, kMaxGrams, "grams").value_or(0));
  if (auto dims = r.dims("dims", Need::Required)) out.dims = *dims;
  if (auto rot = r.choice("rotation", Need::Optional, {"any", "keep-flat", "none"})) {
    out.rotation = *rot == "any"         ? Rotation::Any
                   : *rot == "keep-flat" ? Rotation::KeepFlat
                                         : Rotation::None;
  }
  if (auto cls = r.text("class", Need::Optional, "a shipping class such as \"bulky\"")) {
    out.shipping_class = *cls;
  }
  if (auto own = r.flag("ownPackaging", Need::Optional)) out.own_packaging = *own;
  out.stock = r.integer("stock", Need::Optional, 0, 1'000'000'000, "units");
  out.max_per_order = r.integer("maxPerOrder", Need::Optional, 1, 100'000, "units");
  out.restock_date = r.date("restockDate", Need::Optional);
  out.made_to_order_days = static_cast<int32_t>(
      r.integer("madeToOrderDays", Need::Optional, 0, 365, "business days").value_or(0));
  out.cannot_ship_to = r.text_list("cannotShipTo", Need::Optional, "a zone id or country code");
  out.cannot_ship_by = r.text_list("cannotShipBy", Need::Optional, "a service id");
  return out;
}

}  // namespace

void parse_boxes(const json& v, const std::string& path, Errors& errors, std::vector<Box>& out) {
  for_each_element(v, path, errors, [&](const json& e, const std::string& p) {
    out.push_back(parse_box(e, p, errors));
  });
}

void parse_catalogue(const json& v, const std::string& path, Errors& errors,
                     std::vector<CatalogueItem>& out) {
  for_each_element(v, path, errors, [&](const json& e, const std::string& p) {
    out.push_back(parse_item(e, p, errors));
  });
}

}  // namespace od::api::config
