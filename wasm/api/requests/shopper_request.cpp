#include "api/requests/shopper_request.hpp"

#include "api/config/sections.hpp"
#include "core/time/instant.hpp"
#include "core/time/time_zone.hpp"

namespace od::api {
namespace {

Destination read_destination(const json& v, const std::string& path, Errors& errors) {
  Destination out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (const json* c = r.get("country", Need::Required)) {
    if (auto country = config::read_country(*c, r.path_of("country"), errors)) {
      out.country = *country;
    }
  }
  out.region = r.text("region", Need::Optional, "a region code such as \"CA\"").value_or("");
  if (const json* p = r.get("postcode", Need::Optional)) {
    // An empty postcode is the same as none: shoppers often have not typed it yet.
    if (!(p->is_string() && p->get_ref<const std::string&>().empty())) {
      if (auto postcode = read_text(*p, r.path_of("postcode"), errors, "a postcode")) {
        if (postcode->size() > 16) {
          errors.push_back({r.path_of("postcode"), "This postcode is too long to be real."});
        } else {
          out.postcode = *postcode;
        }
      }
    }
  }
  return out;
}

CartLine read_line(const json& v, const std::string& path, Errors& errors,
                   const StoreConfig& config) {
  CartLine line;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return line;
  if (auto sku = r.text("sku", Need::Required, "the item's SKU")) line.sku = *sku;
  line.item = line.sku.empty() ? nullptr : config.find_item(line.sku);
  const Need from_catalogue = line.item ? Need::Optional : Need::Required;

  line.qty = r.integer("qty", Need::Required, 1, kMaxQuantity, "units").value_or(0);
  auto price = r.integer("price", from_catalogue, 0, 10'000'000'000, "minor currency units");
  auto weight = r.integer("weight", from_catalogue, 1, 1'000'000, "grams");
  auto dims = r.dims("dims", from_catalogue);
  if (line.item) {
    line.unit_price = price.value_or(line.item->price);
    line.weight = static_cast<int32_t>(weight.value_or(line.item->weight));
    line.dims = dims.value_or(line.item->dims);
    line.rotation = line.item->rotation;
    line.shipping_class = line.item->shipping_class;
    line.own_packaging = line.item->own_packaging;
  } else {
    line.unit_price = price.value_or(0);
    line.weight = static_cast<int32_t>(weight.value_or(0));
    if (dims) line.dims = *dims;
  }
  if (auto cls = r.text("class", Need::Optional, "a shipping class")) line.shipping_class = *cls;
  r.get("name", Need::Optional);  // shown by the page, not needed here
  return line;
}

}  // namespace

ShopperContext read_shopper_context(ObjectReader& request, const StoreConfig& config,
                                    Need destination_need) {
  ShopperContext out;
  Errors& errors = request.errors();
  if (const json* now = request.get("now", Need::Required)) {
    const auto instant = now->is_string() ? parse_instant(now->get_ref<const std::string&>())
                                          : std::nullopt;
    if (instant && *instant < earliest_exact_instant()) {
      errors.push_back({request.path_of("now"),
                        "The current time is before " + format_instant(earliest_exact_instant()) +
                            "; check the device's clock."});
    } else if (instant) {
      out.now = *instant;
    } else {
      errors.push_back({request.path_of("now"),
                        "Expected the current time as an ISO 8601 instant such as "
                        "\"2026-11-24T10:15:00Z\"."});
    }
  }
  out.time_zone = config.store.time_zone;
  if (const json* tz = request.get("shopperTimeZone", Need::Optional)) {
    if (auto zone = config::read_time_zone(*tz, request.path_of("shopperTimeZone"), errors)) {
      out.time_zone = *zone;
    }
  }
  out.language = request.text("language", Need::Optional, "a language code such as \"en\"")
                     .value_or(config.store.locale);
  if (const json* d = request.get("destination", destination_need)) {
    out.destination = read_destination(*d, request.path_of("destination"), errors);
    out.has_destination = !out.destination.country.empty();
  }
  return out;
}

Cart read_cart(ObjectReader& request, const StoreConfig& config, Need need) {
  Cart cart;
  const json* v = request.get("cart", need);
  if (!v) return cart;
  Errors& errors = request.errors();
  ObjectReader r(*v, request.path_of("cart"), errors);
  if (!r.ok()) return cart;
  if (const json* items = r.get("items", Need::Required)) {
    if (items->is_array() && items->size() > kMaxCartLines) {
      errors.push_back({r.path_of("items"), "A cart can hold at most " +
                                                std::to_string(kMaxCartLines) + " lines."});
      return cart;
    }
    for_each_element(*items, r.path_of("items"), errors, [&](const json& e, const std::string& p) {
      cart.lines.push_back(read_line(e, p, errors, config));
    });
  }
  cart.discount =
      r.integer("discount", Need::Optional, 0, 1'000'000'000'000, "minor currency units")
          .value_or(0);
  if (cart.units() > kMaxCartUnits) {
    errors.push_back({r.path_of("items"), "A cart can hold at most " +
                                              std::to_string(kMaxCartUnits) +
                                              " units in all; split very large orders."});
  }
  return cart;
}

}  // namespace od::api
