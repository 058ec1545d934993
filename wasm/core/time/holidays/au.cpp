// Australia: public holidays common to every state and territory, and each one's full list.
// Sources: Fair Work Act 2009 s. 115 (the national days); Holidays Act 1958 (ACT); Public
// Holidays Act 2010 (NSW); Public Holidays Act 1981 (NT); Holidays Act 1983 (Qld); Holidays Act
// 1910 (SA); Statutory Holidays Act 2000 (Tas); Public Holidays Act 1993 (Vic); Public and Bank
// Holidays Act 1972 (WA); each government's published public-holiday dates and proclamations.
// Part-day holidays (Christmas Eve and New Year's Eve evenings) and holidays of only part of a
// state (show days, regattas, Melbourne metropolitan days) are not listed.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Observance kNextWeekday = Observance::kWeekendToNextWeekday;
constexpr Weekday kMon = Weekday::Mon;

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1).observed(kNextWeekday),
    // The Monday is Australia Day when 26 January is a Saturday or Sunday (every state's act).
    fixed("Australia Day", 1, 26).observed_instead(kNextWeekday),
    easter("Good Friday", -2),
    easter("Easter Monday", 1),
    fixed("Anzac Day", 4, 25),
    once("National Day of Mourning for Queen Elizabeth II", 2022, 9, 22),
    fixed("Christmas Day", 12, 25).observed(kNextWeekday),
    fixed("Boxing Day", 12, 26).observed(kNextWeekday),
};

constexpr HolidayRule kEasterSaturday = easter("Easter Saturday", -1);
constexpr HolidayRule kEasterSunday = easter("Easter Sunday", 0);
constexpr HolidayRule kQueensBirthdayJune = nth_weekday("Queen's Birthday", 2, kMon, 6).until(2022);
constexpr HolidayRule kKingsBirthdayJune = nth_weekday("King's Birthday", 2, kMon, 6).from(2023);
constexpr HolidayRule kAnzacNextWeekday = fixed("Anzac Day", 4, 25).observed(kNextWeekday);
constexpr HolidayRule kAnzacSundayToMonday =
    fixed("Anzac Day", 4, 25).observed_instead(Observance::kSundayToNextWeekday);
constexpr HolidayRule kChristmasMovedToWeekday =
    fixed("Christmas Day", 12, 25).observed_instead(kNextWeekday);
constexpr const char* kAnzacReplaced[] = {"Anzac Day"};
constexpr const char* kAnzacAndChristmasReplaced[] = {"Anzac Day", "Christmas Day"};

constexpr HolidayRule kCapitalTerritory[] = {
    nth_weekday("Canberra Day", 3, kMon, 3).until(2007),
    nth_weekday("Canberra Day", 2, kMon, 3).from(2008),
    kEasterSaturday,
    kEasterSunday,
    kAnzacNextWeekday,
    weekday_on_or_after("Reconciliation Day", kMon, 5, 27).from(2018),
    kQueensBirthdayJune,
    kKingsBirthdayJune,
    nth_weekday("Labour Day", 1, kMon, 10),
};

constexpr HolidayRule kNewSouthWales[] = {
    kEasterSaturday,
    kEasterSunday,
    // Anzac Day stays on 25 April (Public Holidays Act 2010); the government added the
    // following Monday in 2026 and 2027 only.
    once("Anzac Day (additional day)", 2026, 4, 27),
    once("Anzac Day (additional day)", 2027, 4, 26),
    kQueensBirthdayJune,
    kKingsBirthdayJune,
    nth_weekday("Labour Day", 1, kMon, 10),
};

constexpr HolidayRule kNorthernTerritory[] = {
    kEasterSaturday,
    kEasterSunday,
    kAnzacSundayToMonday,
    nth_weekday("May Day", 1, kMon, 5),
    kQueensBirthdayJune,
    kKingsBirthdayJune,
    nth_weekday("Picnic Day", 1, kMon, 8),
    kChristmasMovedToWeekday,
};

constexpr HolidayRule kQueensland[] = {
    kEasterSaturday,
    kAnzacSundayToMonday,
    kEasterSunday.from(2017),
    nth_weekday("Labour Day", 1, kMon, 5).until(2012),
    nth_weekday("Labour Day", 1, kMon, 10).years(2013, 2015),
    nth_weekday("Labour Day", 1, kMon, 5).from(2016),
    nth_weekday("Queen's Birthday", 2, kMon, 6).until(2011),
    once("Queen's Birthday", 2012, 10, 1),
    nth_weekday("Queen's Birthday", 2, kMon, 6).years(2013, 2015),
    nth_weekday("Queen's Birthday", 1, kMon, 10).years(2016, 2022),
    nth_weekday("King's Birthday", 1, kMon, 10).from(2023),
};

constexpr const char* kSouthAustraliaReplaced[] = {"Christmas Day", "Boxing Day"};
constexpr HolidayRule kSouthAustralia[] = {
    kChristmasMovedToWeekday,
    nth_weekday("Adelaide Cup Day", 3, kMon, 3).until(2005),
    nth_weekday("Adelaide Cup Day", 2, kMon, 3).from(2006),
    kEasterSaturday,
    kEasterSunday.from(2024),
    kQueensBirthdayJune,
    kKingsBirthdayJune,
    nth_weekday("Labour Day", 1, kMon, 10),
    fixed("Proclamation Day", 12, 26).observed(kNextWeekday),
};

// Tasmania's act moves New Year's Day, Australia Day and Boxing Day to the following weekday
// rather than adding a day.
constexpr const char* kTasmaniaReplaced[] = {"New Year's Day", "Boxing Day"};
constexpr HolidayRule kTasmania[] = {
    fixed("New Year's Day", 1, 1).observed_instead(kNextWeekday),
    fixed("Boxing Day", 12, 26).observed_instead(kNextWeekday),
    nth_weekday("Eight Hours Day", 2, kMon, 3),
    kQueensBirthdayJune,
    kKingsBirthdayJune,
};

constexpr HolidayRule kVictoria[] = {
    nth_weekday("Labour Day", 2, kMon, 3),
    kEasterSaturday,
    kEasterSunday,
    kQueensBirthdayJune,
    kKingsBirthdayJune,
    // Set each year by the government; the Friday before the last Saturday of September except
    // when the Grand Final is played later.
    once("Friday before AFL Grand Final", 2015, 10, 2),
    once("Friday before AFL Grand Final", 2016, 9, 30),
    once("Friday before AFL Grand Final", 2017, 9, 29),
    once("Friday before AFL Grand Final", 2018, 9, 28),
    once("Friday before AFL Grand Final", 2019, 9, 27),
    once("Friday before AFL Grand Final", 2020, 10, 23),
    last_weekday("Friday before AFL Grand Final", Weekday::Sat, 9).plus_days(-1).from(2021),
    nth_weekday("Melbourne Cup Day", 1, Weekday::Tue, 11),
};

constexpr HolidayRule kWesternAustralia[] = {
    nth_weekday("Labour Day", 1, kMon, 3),
    kEasterSunday.from(2022),
    kAnzacNextWeekday,
    nth_weekday("Western Australia Day", 1, kMon, 6),
    // Proclaimed each year, usually the last Monday of September.
    last_weekday("Queen's Birthday", kMon, 9).until(2022),
    last_weekday("King's Birthday", kMon, 9).years(2023, 2023),
    once("King's Birthday", 2024, 9, 23),
    last_weekday("King's Birthday", kMon, 9).from(2025),
};

constexpr Subdivision kStates[] = {
    {"ACT", kCapitalTerritory, kAnzacReplaced},
    {"NSW", kNewSouthWales, {}},
    {"NT", kNorthernTerritory, kAnzacAndChristmasReplaced},
    {"QLD", kQueensland, kAnzacReplaced},
    {"SA", kSouthAustralia, kSouthAustraliaReplaced},
    {"TAS", kTasmania, kTasmaniaReplaced},
    {"VIC", kVictoria, {}},
    {"WA", kWesternAustralia, kAnzacReplaced},
};

// clang-format on
}  // namespace

const Country& country_au() {
  static constexpr Country kCountry{"AU", kNational, kStates};
  return kCountry;
}

}  // namespace od::holidays
