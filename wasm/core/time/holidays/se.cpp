// Sweden: public holidays (allmänna helgdagar).
// Sources: Lag (1989:253) om allmänna helgdagar, § 1 (National Day from 2005 replacing Whit
// Monday). Midsummer Eve, Christmas Eve and New Year's Eve are customary days off, not public
// holidays, and are not listed.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Weekday kSat = Weekday::Sat;

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    fixed("Epiphany", 1, 6),
    easter("Good Friday", -2),
    easter("Easter Sunday", 0),
    easter("Easter Monday", 1),
    fixed("May Day", 5, 1),
    easter("Ascension Day", 39),
    easter("Whit Sunday", 49),
    easter("Whit Monday", 50).until(2004),
    fixed("National Day of Sweden", 6, 6).from(2005),
    weekday_on_or_after("Midsummer Day", kSat, 6, 20),
    weekday_on_or_after("All Saints' Day", kSat, 10, 31),
    fixed("Christmas Day", 12, 25),
    fixed("Boxing Day", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_se() {
  static constexpr Country kCountry{"SE", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
