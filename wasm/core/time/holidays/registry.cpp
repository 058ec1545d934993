// Finds a place's rules by code and answers the public API of core/time/holidays.hpp.
#include <algorithm>
#include <cstring>
#include <optional>

#include "core/sorting/sort_by.hpp"
#include "core/time/holidays.hpp"
#include "core/time/holidays/countries.hpp"
#include "core/time/holidays/engine.hpp"

namespace od {
namespace {

using holidays::Country;
using holidays::Subdivision;

// Every built-in country (see countries.hpp).
constexpr const Country& (*kCountries[])() = {
    &holidays::country_at, &holidays::country_au, &holidays::country_be, &holidays::country_ca,
    &holidays::country_cz, &holidays::country_de, &holidays::country_dk, &holidays::country_es,
    &holidays::country_fi, &holidays::country_fr, &holidays::country_gb, &holidays::country_ie,
    &holidays::country_it, &holidays::country_jp, &holidays::country_lu, &holidays::country_nl,
    &holidays::country_no, &holidays::country_nz, &holidays::country_pl, &holidays::country_pt,
    &holidays::country_se, &holidays::country_us,
};

char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

bool same_code(std::string_view text, const char* code) {
  if (text.size() != std::strlen(code)) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (upper(text[i]) != code[i]) return false;
  }
  return true;
}

struct Place {
  const Country* country = nullptr;
  const Subdivision* subdivision = nullptr;
};

std::optional<Place> find_place(std::string_view code) {
  const size_t dash = code.find('-');
  const std::string_view country_code = code.substr(0, dash);
  for (const auto get : kCountries) {
    const Country* c = &get();
    if (!same_code(country_code, c->code)) continue;
    if (dash == std::string_view::npos) {
      if (!c->national_list_is_a_place) return std::nullopt;
      return Place{c, nullptr};
    }
    const std::string_view sub_code = code.substr(dash + 1);
    for (const Subdivision& s : c->subdivisions) {
      if (same_code(sub_code, s.code)) return Place{c, &s};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

bool is_known_holiday_place(std::string_view code) {
  return find_place(code).has_value();
}

std::vector<Holiday> public_holidays(std::string_view code, int32_t year) {
  if (year < kFirstHolidayYear || year > kLastHolidayYear) return {};
  const auto place = find_place(code);
  if (!place) return {};
  return holidays::holidays_in_year(*place->country, place->subdivision, year);
}

std::vector<std::string> holiday_places() {
  std::vector<std::string> out;
  for (const auto get : kCountries) {
    const Country* c = &get();
    if (c->national_list_is_a_place) out.emplace_back(c->code);
    for (const Subdivision& s : c->subdivisions) out.push_back(std::string(c->code) + "-" + s.code);
  }
  sort_by(out);
  return out;
}

}  // namespace od
