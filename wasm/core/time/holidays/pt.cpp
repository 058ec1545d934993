// Portugal: mandatory public holidays (feriados obrigatórios).
// Sources: Código do Trabalho, article 234; Lei 23/2012 (Corpus Christi, 5 October, 1 November
// and 1 December suspended 2013-2015); Lei 8/2016 (restored from 2016). Carnival and municipal
// holidays are optional or local.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    easter("Good Friday", -2),
    easter("Easter Sunday", 0),
    fixed("Freedom Day", 4, 25).from(1975),
    fixed("Labour Day", 5, 1).from(1974),
    easter("Corpus Christi", 60).until(2012),
    easter("Corpus Christi", 60).from(2016),
    fixed("Portugal Day", 6, 10),
    fixed("Assumption Day", 8, 15),
    fixed("Republic Day", 10, 5).until(2012),
    fixed("Republic Day", 10, 5).from(2016),
    fixed("All Saints' Day", 11, 1).until(2012),
    fixed("All Saints' Day", 11, 1).from(2016),
    fixed("Restoration of Independence", 12, 1).until(2012),
    fixed("Restoration of Independence", 12, 1).from(2016),
    fixed("Immaculate Conception", 12, 8),
    fixed("Christmas Day", 12, 25),
};

// clang-format on
}  // namespace

const Country& country_pt() {
  static constexpr Country kCountry{"PT", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
