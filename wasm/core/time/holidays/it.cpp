// Italy: national public holidays.
// Sources: Legge 260/1949 (as amended); Legge 54/1977 (five holidays abolished from 1977, Republic
// Day moved to a Sunday); DPR 792/1985 (Epiphany back from 1986); Legge 336/2000 (Republic Day
// back on 2 June from 2001); Legge 5/2011 (17 March 2011, 150 years of unification); the 2025
// law making 4 October (St Francis of Assisi) a national holiday again from 2026.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    fixed("Epiphany", 1, 6).until(1977),
    fixed("Epiphany", 1, 6).from(1986),
    fixed("St Joseph's Day", 3, 19).until(1976),
    once("150th anniversary of the Unification of Italy", 2011, 3, 17),
    easter("Easter Sunday", 0),
    easter("Easter Monday", 1),
    fixed("Liberation Day", 4, 25),
    fixed("Labour Day", 5, 1),
    easter("Ascension Day", 39).until(1976),
    fixed("Republic Day", 6, 2).until(1976),
    fixed("Republic Day", 6, 2).from(2001),
    easter("Corpus Christi", 60).until(1976),
    fixed("Sts Peter and Paul", 6, 29).until(1976),
    fixed("Assumption Day", 8, 15),
    fixed("St Francis of Assisi", 10, 4).from(2026),
    fixed("All Saints' Day", 11, 1),
    fixed("National Unity Day", 11, 4).until(1976),
    fixed("Immaculate Conception", 12, 8),
    fixed("Christmas Day", 12, 25),
    fixed("St Stephen's Day", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_it() {
  static constexpr Country kCountry{"IT", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
