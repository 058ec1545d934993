// Spain: national public holidays (fiestas de ámbito nacional).
// Sources: Estatuto de los Trabajadores art. 37.2 and Real Decreto 2001/1983 art. 45; the
// yearly resolution of the Dirección General de Trabajo (BOE) listing the holidays common to
// every autonomous community. Regions may move a Sunday holiday to Monday; that is regional.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    fixed("Epiphany", 1, 6),
    easter("Good Friday", -2),
    fixed("Labour Day", 5, 1),
    fixed("Assumption Day", 8, 15),
    fixed("National Day of Spain", 10, 12),
    fixed("All Saints' Day", 11, 1),
    fixed("Constitution Day", 12, 6).from(1979),
    fixed("Immaculate Conception", 12, 8),
    fixed("Christmas Day", 12, 25),
};

// clang-format on
}  // namespace

const Country& country_es() {
  static constexpr Country kCountry{"ES", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
