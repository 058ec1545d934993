// New Zealand: national public holidays (regional anniversary days are not national).
// Sources: Holidays Act 2003, ss. 44-45A (Mondayisation of 1-2 January and 25-26 December; of
// Waitangi Day and ANZAC Day from 2014 by the Holidays (Full Recognition of Waitangi Day and
// ANZAC Day) Amendment Act 2013); Te Kāhui o Matariki Public Holiday Act 2022, Schedule 1 (the
// Matariki dates to 2052); Queen Elizabeth II Memorial Day Act 2022. Employment NZ publishes
// the resulting dates (employment.govt.nz "Public holidays and anniversary dates").
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Observance kMondayised = Observance::kWeekendToNextWeekday;
constexpr Weekday kMon = Weekday::Mon;

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1).observed(kMondayised),
    fixed("Day after New Year's Day", 1, 2).observed(kMondayised),
    fixed("Waitangi Day", 2, 6).from(1974).until(2013),
    fixed("Waitangi Day", 2, 6).from(2014).observed(kMondayised),
    easter("Good Friday", -2),
    easter("Easter Monday", 1),
    fixed("ANZAC Day", 4, 25).until(2013),
    fixed("ANZAC Day", 4, 25).from(2014).observed(kMondayised),
    nth_weekday("Queen's Birthday", 1, kMon, 6).until(2022),
    nth_weekday("King's Birthday", 1, kMon, 6).from(2023),
    // Matariki: the Friday set for each year in Schedule 1 of the 2022 Act.
    once("Matariki", 2022, 6, 24),
    once("Matariki", 2023, 7, 14),
    once("Matariki", 2024, 6, 28),
    once("Matariki", 2025, 6, 20),
    once("Matariki", 2026, 7, 10),
    once("Matariki", 2027, 6, 25),
    once("Matariki", 2028, 7, 14),
    once("Matariki", 2029, 7, 6),
    once("Matariki", 2030, 6, 21),
    once("Matariki", 2031, 7, 11),
    once("Matariki", 2032, 7, 2),
    once("Matariki", 2033, 6, 24),
    once("Matariki", 2034, 7, 7),
    once("Matariki", 2035, 6, 29),
    once("Matariki", 2036, 7, 18),
    once("Matariki", 2037, 7, 10),
    once("Matariki", 2038, 6, 25),
    once("Matariki", 2039, 7, 15),
    once("Matariki", 2040, 7, 6),
    once("Matariki", 2041, 7, 19),
    once("Matariki", 2042, 7, 11),
    once("Matariki", 2043, 7, 3),
    once("Matariki", 2044, 6, 24),
    once("Matariki", 2045, 7, 7),
    once("Matariki", 2046, 6, 29),
    once("Matariki", 2047, 7, 19),
    once("Matariki", 2048, 7, 3),
    once("Matariki", 2049, 6, 25),
    once("Matariki", 2050, 7, 15),
    once("Matariki", 2051, 6, 30),
    once("Matariki", 2052, 6, 21),
    once("Queen Elizabeth II Memorial Day", 2022, 9, 26),
    nth_weekday("Labour Day", 4, kMon, 10),
    fixed("Christmas Day", 12, 25).observed(kMondayised),
    fixed("Boxing Day", 12, 26).observed(kMondayised),
};

// clang-format on
}  // namespace

const Country& country_nz() {
  static constexpr Country kCountry{"NZ", kNational, {}};
  return kCountry;
}

}  // namespace od::holidays
