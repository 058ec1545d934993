// Finland: public holidays.
// Sources: Laki kirkkolain muuttamisesta / church holidays as set in law (Epiphany and
// Ascension on Saturdays 1973-1990, Midsummer and All Saints on Saturdays from 1955);
// Työaikalaki; the University of Helsinki almanac office's list of flag and holidays.
// Midsummer Eve and Christmas Eve are customary days off, not public holidays.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Weekday kSat = Weekday::Sat;

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    // 1973-1990 Epiphany and Ascension Day were kept on Saturdays.
    fixed("Epiphany", 1, 6).until(1972),
    weekday_on_or_after("Epiphany", kSat, 1, 6).years(1973, 1990),
    fixed("Epiphany", 1, 6).from(1991),
    easter("Good Friday", -2),
    easter("Easter Sunday", 0),
    easter("Easter Monday", 1),
    fixed("May Day", 5, 1),
    easter("Ascension Day", 39).until(1972),
    easter("Ascension Day", 41).years(1973, 1990),
    easter("Ascension Day", 39).from(1991),
    easter("Whit Sunday", 49),
    weekday_on_or_after("Midsummer Day", kSat, 6, 20),
    weekday_on_or_after("All Saints' Day", kSat, 10, 31),
    fixed("Independence Day", 12, 6),
    fixed("Christmas Day", 12, 25),
    fixed("St Stephen's Day", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_fi() {
  static constexpr Country kCountry{"FI", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
