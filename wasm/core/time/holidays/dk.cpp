// Denmark: public holidays (helligdage).
// Sources: Bekendtgørelse af lov om søgnehelligdage; Lov nr. 196 of 28 February 2023 abolishing
// Great Prayer Day from 2024. Constitution Day and Christmas Eve are customary, not statutory.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    easter("Maundy Thursday", -3),
    easter("Good Friday", -2),
    easter("Easter Sunday", 0),
    easter("Easter Monday", 1),
    easter("Great Prayer Day", 26).until(2023),
    easter("Ascension Day", 39),
    easter("Whit Sunday", 49),
    easter("Whit Monday", 50),
    fixed("Christmas Day", 12, 25),
    fixed("Second Day of Christmas", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_dk() {
  static constexpr Country kCountry{"DK", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
