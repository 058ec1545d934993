// ISO 4217 currencies and their minor-unit exponents (JPY 0, GBP 2, KWD 3).
#pragma once

#include <optional>
#include <string_view>

namespace od {

// Number of decimals of the currency's minor unit, or nullopt for an unknown code.
std::optional<int> currency_digits(std::string_view code);

}  // namespace od
