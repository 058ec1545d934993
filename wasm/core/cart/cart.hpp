// A shopper's cart and destination, resolved against the catalogue: every line knows its
// weight, size and shipping class, whether the shopper gave them or the catalogue did.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/config/store_config.hpp"
#include "core/time/civil_date.hpp"

namespace od {

struct Destination {
  std::string country;   // ISO 3166-1 alpha-2
  std::string region;    // ISO 3166-2 suffix ("ENG", "CA"), may be empty
  std::string postcode;  // as typed; normalised where it is matched
};

struct CartLine {
  std::string sku;
  int64_t qty = 0;
  int64_t unit_price = 0;  // minor units, as the store lists it
  int32_t weight = 0;      // grams per unit
  Dims dims{};             // millimetres per unit
  Rotation rotation = Rotation::Any;
  std::string shipping_class;
  bool own_packaging = false;
  const CatalogueItem* item = nullptr;  // the catalogue entry, when the SKU is known

  int64_t line_total() const { return qty * unit_price; }
};

struct Cart {
  std::vector<CartLine> lines;
  int64_t discount = 0;  // minor units off the whole order

  int64_t units() const;
  int64_t items_total() const;
  // What free-shipping thresholds and percentages count: items after discounts, before any tax
  // added at checkout, never below zero.
  int64_t subtotal() const;
  int64_t total_weight() const;
  bool empty() const { return lines.empty(); }
};

// Everything a request says about who is asking and when ("now" is always an input).
struct ShopperContext {
  Instant now = 0;
  std::string time_zone;  // IANA; the store's when the shopper's is unknown
  std::string language;   // BCP 47; the store's default when absent
  Destination destination;
  bool has_destination = false;
};

}  // namespace od
