// The cart check: obstacles a shopper would meet at checkout, found before they meet them.
// Findings come in a fixed order, blockers first: cannot-ship, over-stock, needed-by-missed,
// backorder-delay, shipping-share-high, free-shipping-gap, duties-on-arrival, returns-summary.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/cart/cart.hpp"
#include "core/checks/finding.hpp"
#include "core/config/store_config.hpp"

namespace od {

struct CartCheckInput {
  Cart cart;
  ShopperContext shopper;
  std::string service;  // the option the shopper picked; empty = the cheapest
  std::optional<DayNumber> needed_by;  // the shopper needs the order by this day
};

std::vector<Finding> check_cart(const StoreConfig& config, const CartCheckInput& input);

}  // namespace od
