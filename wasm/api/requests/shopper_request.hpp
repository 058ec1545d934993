// The fields requests share (CLI.md): now, shopperTimeZone, language, destination and cart.
// Each reader reports problems with JSON Pointers into the request.
#pragma once

#include "api/json_reader.hpp"
#include "core/cart/cart.hpp"

namespace od::api {

// Limits that keep every computation bounded whatever a page sends.
constexpr int64_t kMaxQuantity = 10'000;   // units of one line
constexpr size_t kMaxCartLines = 500;
constexpr int64_t kMaxCartUnits = 2'000;   // units across the cart (packing stays fast)

// Reads "now", "shopperTimeZone", "language" and "destination" (required when `need_destination`).
ShopperContext read_shopper_context(ObjectReader& request, const StoreConfig& config,
                                    Need destination_need);

// Reads "cart": lines resolved against the catalogue. SKUs the catalogue lacks must carry their
// own weight and dims.
Cart read_cart(ObjectReader& request, const StoreConfig& config, Need need);

}  // namespace od::api
