// Belgium: public holidays.
// Sources: Arrêté royal du 18 avril 1974 (the ten legal holidays, art. 1); SPF Emploi "Jours
// fériés". A holiday on a Sunday gives each worker a replacement day chosen per firm, not a
// common day, so no substitute days are listed.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),  easter("Easter Monday", 1),      fixed("Labour Day", 5, 1),
    easter("Ascension Day", 39),    easter("Whit Monday", 50),       fixed("National Day", 7, 21),
    fixed("Assumption Day", 8, 15), fixed("All Saints' Day", 11, 1), fixed("Armistice Day", 11, 11),
    fixed("Christmas Day", 12, 25),
};

}  // namespace

const Country& country_be() {
  static constexpr Country kCountry{"BE", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
