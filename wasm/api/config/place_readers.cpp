// Readers for names that the time core resolves: IANA zones and holiday places.
#include <cctype>

#include "api/config/sections.hpp"
#include "core/time/holidays.hpp"
#include "core/time/time_zone.hpp"

namespace od::api::config {

std::optional<std::string> read_time_zone(const json& v, const std::string& path, Errors& errors) {
  auto name = read_text(v, path, errors, "an IANA time zone such as \"Europe/London\"");
  if (!name) return std::nullopt;
  if (!find_time_zone(*name)) {
    errors.push_back({path, "\"" + *name +
                                "\" is not an IANA time zone; use a name such as \"Europe/London\" "
                                "or \"America/New_York\"."});
    return std::nullopt;
  }
  return name;
}

std::optional<HolidayPlace> read_holiday_place(const json& v, const std::string& path,
                                               Errors& errors) {
  auto code = read_text(v, path, errors, "a place code such as \"GB-ENG\" or \"US\"");
  if (!code) return std::nullopt;
  if (!is_known_holiday_place(*code)) {
    errors.push_back({path, "\"" + *code +
                                "\" is not a place with built-in holidays: use a country code "
                                "such as \"US\", optionally with a region, such as \"GB-ENG\"."});
    return std::nullopt;
  }
  return HolidayPlace{*code};
}

}  // namespace od::api::config
