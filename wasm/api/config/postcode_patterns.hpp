// Reads a list of postcode patterns (zones and surcharges), reporting each malformed one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "api/json_reader.hpp"

namespace od::api::config {

std::vector<std::string> read_postcode_patterns(ObjectReader& r, std::string_view key, Need need);

}  // namespace od::api::config
