// Austria: public holidays.
// Sources: Feiertagsruhegesetz 1957 § 1 (BGBl. 153/1957, as amended; National Day from 1967);
// Arbeitsruhegesetz § 7. Good Friday was a holiday for some churches' members only and was
// abolished in 2019: it is not listed.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    fixed("Epiphany", 1, 6),
    easter("Easter Monday", 1),
    fixed("National Holiday (Staatsfeiertag)", 5, 1),
    easter("Ascension Day", 39),
    easter("Whit Monday", 50),
    easter("Corpus Christi", 60),
    fixed("Assumption Day", 8, 15),
    fixed("National Day", 10, 26),
    fixed("All Saints' Day", 11, 1),
    fixed("Immaculate Conception", 12, 8),
    fixed("Christmas Day", 12, 25),
    fixed("St Stephen's Day", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_at() {
  static constexpr Country kCountry{"AT", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
