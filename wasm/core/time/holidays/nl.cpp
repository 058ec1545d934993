// Netherlands: public holidays.
// Sources: Algemene termijnenwet art. 3 (the recognised holidays); rijksoverheid.nl "Welke
// feestdagen zijn officiële feestdagen?"; Besluit of 2013 on King's Day (27 April, on the
// Saturday before when it falls on a Sunday; Queen's Day was 30 April, likewise, 1980-2013).
// Liberation Day (5 May) is a paid day off only by some agreements and is not listed.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    easter("Easter Sunday", 0),
    easter("Easter Monday", 1),
    fixed("Queen's Day", 4, 30).until(1979).moves_on(Weekday::Sun, 1),
    fixed("Queen's Day", 4, 30).years(1980, 2013).moves_on(Weekday::Sun, -1),
    fixed("King's Day", 4, 27).from(2014).moves_on(Weekday::Sun, -1),
    easter("Ascension Day", 39),
    easter("Whit Sunday", 49),
    easter("Whit Monday", 50),
    fixed("Christmas Day", 12, 25),
    fixed("Second Day of Christmas", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_nl() {
  static constexpr Country kCountry{"NL", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
