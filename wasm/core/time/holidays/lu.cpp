// Luxembourg: legal public holidays.
// Sources: Code du travail, article L.232-2 (as amended by the law of 19 December 2018 adding
// Europe Day from 2019). A holiday on a Sunday gives a compensatory day to each worker, not a
// common substitute day.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),     easter("Easter Monday", 1),
    fixed("Labour Day", 5, 1),         fixed("Europe Day", 5, 9).from(2019),
    easter("Ascension Day", 39),       easter("Whit Monday", 50),
    fixed("National Day", 6, 23),      fixed("Assumption Day", 8, 15),
    fixed("All Saints' Day", 11, 1),   fixed("Christmas Day", 12, 25),
    fixed("St Stephen's Day", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_lu() {
  static constexpr Country kCountry{"LU", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
