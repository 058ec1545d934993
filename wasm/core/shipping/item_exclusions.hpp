// Why an item cannot travel with an option, from the configuration alone (the packer adds
// NoBoxFits later).
#pragma once

#include <optional>

#include "core/cart/cart.hpp"
#include "core/config/store_config.hpp"
#include "core/shipping/quote.hpp"

namespace od {

std::optional<ItemExclusion> exclusion_for(const CartLine& line, const Zone& zone,
                                           const Destination& destination, const Service& service);

}  // namespace od
