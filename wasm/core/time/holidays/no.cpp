// Norway: public holidays (helligdager and høytidsdager).
// Sources: Lov om helligdager og helligdagsfred (1995) § 2; Lov om 1. og 17. mai som høgtidsdagar
// (1947).
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),    easter("Maundy Thursday", -3),
    easter("Good Friday", -2),        easter("Easter Sunday", 0),
    easter("Easter Monday", 1),       fixed("Labour Day", 5, 1),
    fixed("Constitution Day", 5, 17), easter("Ascension Day", 39),
    easter("Whit Sunday", 49),        easter("Whit Monday", 50),
    fixed("Christmas Day", 12, 25),   fixed("Second Day of Christmas", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_no() {
  static constexpr Country kCountry{"NO", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
