#include "api/verbs/verbs.hpp"
#include "core/time/holidays.hpp"

namespace od::api {

// Per the CLI contract the successful result is the bare list [{"date","name"}, ...].
json holidays_verb(std::string_view code, int year) {
  Errors errors;
  if (!is_known_holiday_place(code)) {
    errors.push_back({"/code", "\"" + std::string(code) +
                                   "\" is not a place with built-in holidays; use a code such as "
                                   "\"US\", \"GB-ENG\" or \"DE-BY\"."});
  }
  if (year < kFirstHolidayYear || year > kLastHolidayYear) {
    errors.push_back({"/year", "Holidays are known for the years " +
                                   std::to_string(kFirstHolidayYear) + " to " +
                                   std::to_string(kLastHolidayYear) + "."});
  }
  if (!errors.empty()) return error_result(errors);
  json list = json::array();
  for (const auto& holiday : public_holidays(code, year)) {
    list.push_back({{"date", format_day(holiday.day)}, {"name", holiday.name}});
  }
  return list;
}

}  // namespace od::api
