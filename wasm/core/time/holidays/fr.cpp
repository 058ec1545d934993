// France (metropolitan): public holidays (jours fériés).
// Sources: Code du travail, article L3133-1; loi 81-893 (8 May again a holiday from 1982).
// Whit Monday stays a public holiday although it may be used as the "journée de solidarité".
// Alsace-Moselle's extra days (Good Friday, 26 December) are local law, not national.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),   easter("Easter Monday", 1),
    fixed("Labour Day", 5, 1),       fixed("Victory in Europe Day", 5, 8).from(1982),
    easter("Ascension Day", 39),     easter("Whit Monday", 50),
    fixed("Bastille Day", 7, 14),    fixed("Assumption Day", 8, 15),
    fixed("All Saints' Day", 11, 1), fixed("Armistice Day", 11, 11),
    fixed("Christmas Day", 12, 25),
};

// clang-format on
}  // namespace

const Country& country_fr() {
  static constexpr Country kCountry{"FR", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
