// Poland: public holidays (dni wolne od pracy).
// Sources: Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1 (as amended:
// Assumption and Independence Day from 1989, Constitution Day from 1990, Epiphany from 2011,
// Christmas Eve from 2025, 12 November 2018 by the act of 9 November 2018); 22 July was a
// holiday until 1989.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    fixed("Epiphany", 1, 6).from(2011),
    easter("Easter Sunday", 0),
    easter("Easter Monday", 1),
    fixed("Labour Day", 5, 1),
    fixed("Constitution Day", 5, 3).from(1990),
    easter("Pentecost Sunday", 49),
    easter("Corpus Christi", 60),
    fixed("National Day of the Rebirth of Poland", 7, 22).until(1989),
    fixed("Assumption Day", 8, 15).from(1989),
    fixed("All Saints' Day", 11, 1),
    fixed("Independence Day", 11, 11).from(1989),
    once("Centenary of Independence", 2018, 11, 12),
    fixed("Christmas Eve", 12, 24).from(2025),
    fixed("Christmas Day", 12, 25),
    fixed("Second Day of Christmas", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_pl() {
  static constexpr Country kCountry{"PL", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
