// ISO 3166-1 alpha-2 country codes, so a typo such as "UK" for "GB" is caught, not ignored.
#pragma once

#include <string_view>

namespace od {

bool is_country_code(std::string_view code);

}  // namespace od
