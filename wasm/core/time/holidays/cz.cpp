// Czechia: public holidays (státní svátky and ostatní svátky on which work rests).
// Sources: Zákon č. 245/2000 Sb., o státních svátcích, o ostatních svátcích, o významných dnech
// a o dnech pracovního klidu, §§ 1-2 (Good Friday from 2016 by zákon č. 359/2015 Sb.). The
// list is the one in force since 2000 (earlier years of Czechoslovakia are not modelled apart
// from the days kept since 1990).
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("Restoration Day of the Independent Czech State", 1, 1),
    easter("Good Friday", -2).from(2016),
    easter("Easter Monday", 1),
    fixed("Labour Day", 5, 1),
    fixed("Liberation Day", 5, 8).from(1992),
    fixed("Saints Cyril and Methodius Day", 7, 5).from(1990),
    fixed("Jan Hus Day", 7, 6).from(1990),
    fixed("St Wenceslas Day", 9, 28).from(2000),
    fixed("Independent Czechoslovak State Day", 10, 28),
    fixed("Struggle for Freedom and Democracy Day", 11, 17).from(2000),
    fixed("Christmas Eve", 12, 24).from(1990),
    fixed("Christmas Day", 12, 25),
    fixed("St Stephen's Day", 12, 26),
};

// clang-format on
}  // namespace

const Country& country_cz() {
  static constexpr Country kCountry{"CZ", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
