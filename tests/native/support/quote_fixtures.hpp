// Building store configurations, carts and destinations for the shipping-quote tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "api/config/config_parser.hpp"
#include "api/json_reader.hpp"
#include "core/cart/cart.hpp"
#include "core/config/store_config.hpp"
#include "core/shipping/quote.hpp"
#include "test_files.hpp"

namespace od::testing {

// A configuration from JSON text; the test fails when the text is not a valid configuration.
inline StoreConfig config_from(const std::string& text) {
  api::Errors errors;
  StoreConfig config;
  if (auto doc = api::parse_json_text(text, "", errors, "configuration")) {
    config = api::parse_store_config(*doc, errors);
  }
  for (const auto& e : errors) ADD_FAILURE() << e.path << ": " << e.message;
  return config;
}

inline StoreConfig config_file(const std::string& relative) {
  return config_from(read_text_file(source_path(relative)));
}

// A cart line for a catalogue item, at its listed price, as the request reader resolves it.
inline CartLine line_of(const StoreConfig& config, const std::string& sku, int64_t qty) {
  CartLine line;
  line.sku = sku;
  line.qty = qty;
  const CatalogueItem* item = config.find_item(sku);
  if (!item) {
    ADD_FAILURE() << "no catalogue item " << sku;
    return line;
  }
  line.item = item;
  line.unit_price = item->price;
  line.weight = item->weight;
  line.dims = item->dims;
  line.rotation = item->rotation;
  line.shipping_class = item->shipping_class;
  line.own_packaging = item->own_packaging;
  return line;
}

inline Cart cart_of(const StoreConfig& config,
                    const std::vector<std::pair<std::string, int64_t>>& skus,
                    int64_t discount = 0) {
  Cart cart;
  for (const auto& [sku, qty] : skus) cart.lines.push_back(line_of(config, sku, qty));
  cart.discount = discount;
  return cart;
}

inline Destination to(const std::string& country, const std::string& postcode = "",
                      const std::string& region = "") {
  return Destination{country, region, postcode};
}

inline const QuoteOption* option_for(const ShippingQuote& quote, const std::string& service) {
  for (const QuoteOption& o : quote.options) {
    if (o.service && o.service->id == service) return &o;
  }
  return nullptr;
}

inline const UnavailableOption* unavailable_for(const ShippingQuote& quote,
                                                const std::string& service) {
  for (const UnavailableOption& u : quote.unavailable) {
    if (u.service && u.service->id == service) return &u;
  }
  return nullptr;
}

}  // namespace od::testing
