#include <array>

#include "api/config/sections.hpp"
#include "core/geo/countries.hpp"

namespace od::api::config {
namespace {

constexpr std::array<std::string_view, 7> kWeekdayNames = {"mon", "tue", "wed", "thu",
                                                           "fri", "sat", "sun"};

}  // namespace

std::optional<Weekday> weekday_from_name(std::string_view name) {
  for (size_t i = 0; i < kWeekdayNames.size(); ++i) {
    if (kWeekdayNames[i] == name) return static_cast<Weekday>(i + 1);
  }
  return std::nullopt;
}

std::optional<std::string> read_country(const json& v, const std::string& path, Errors& errors) {
  auto code = read_text(v, path, errors, "a two-letter country code such as \"GB\"");
  if (!code) return std::nullopt;
  if (!is_country_code(*code)) {
    std::string hint = *code == "UK" ? " The United Kingdom is \"GB\"." : "";
    errors.push_back({path, "\"" + *code +
                                "\" is not an ISO 3166-1 country code (two capital letters, such "
                                "as \"GB\", \"US\" or \"DE\")." +
                                hint});
    return std::nullopt;
  }
  return code;
}

std::optional<WeekdayMask> read_weekdays(const json& v, const std::string& path, Errors& errors) {
  WeekdayMask mask;
  bool ok = true;
  for_each_element(v, path, errors, [&](const json& e, const std::string& p) {
    auto day = read_choice(e, p, errors, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
    if (day) {
      mask.add(*weekday_from_name(*day));
    } else {
      ok = false;
    }
  });
  if (!v.is_array()) return std::nullopt;
  if (ok && !mask.any()) {
    errors.push_back({path, "List at least one weekday, such as [\"mon\", \"tue\"]."});
    return std::nullopt;
  }
  return ok ? std::optional<WeekdayMask>(mask) : std::nullopt;
}

std::optional<DayRange> read_day_range(const json& v, const std::string& path, Errors& errors) {
  ObjectReader r(v, path, errors);
  if (!r.ok()) return std::nullopt;
  auto min = r.integer("min", Need::Required, 0, 365, "days");
  auto max = r.integer("max", Need::Required, 0, 365, "days");
  if (!min || !max) return std::nullopt;
  if (*max < *min) {
    errors.push_back({r.path_of("max"),
                      "\"max\" must be at least \"min\" (" + std::to_string(*min) + " days)."});
    return std::nullopt;
  }
  return DayRange{static_cast<int32_t>(*min), static_cast<int32_t>(*max)};
}

std::optional<std::vector<TimeSlot>> read_slots(const json& v, const std::string& path,
                                                Errors& errors) {
  std::vector<TimeSlot> slots;
  bool ok = true;
  for_each_element(v, path, errors, [&](const json& e, const std::string& p) {
    if (!e.is_array() || e.size() != 2) {
      errors.push_back({p, "Expected an opening slot written [\"09:00\", \"17:30\"]."});
      ok = false;
      return;
    }
    auto start = read_clock_time(e[0], pointer_join(p, 0), errors, false);
    auto end = read_clock_time(e[1], pointer_join(p, 1), errors, true);
    if (!start || !end) {
      ok = false;
      return;
    }
    // A slot that ends at or before it starts runs past midnight into the next day.
    const int32_t end_minutes = *end <= *start ? *end + 1440 : *end;
    if (!slots.empty() && *start < slots.back().end) {
      errors.push_back({p,
                        "This slot starts before the previous one ends; list slots in order "
                        "without overlaps."});
      ok = false;
      return;
    }
    slots.push_back({*start, end_minutes});
  });
  if (!v.is_array() || !ok) return std::nullopt;
  return slots;
}

std::vector<DayNumber> read_date_list(ObjectReader& r, std::string_view key) {
  std::vector<DayNumber> days;
  r.list(key, Need::Optional, [&](const json& e, const std::string& p) {
    if (auto d = read_date(e, p, r.errors())) days.push_back(*d);
  });
  return days;
}

}  // namespace od::api::config
