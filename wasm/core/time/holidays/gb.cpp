// United Kingdom: bank holidays of England, Wales, Scotland and Northern Ireland.
// Sources: Banking and Financial Dealings Act 1971, Schedule 1 (with the 1974 and 1978 additions
// of New Year's Day and the early May bank holiday); St Andrew's Day Bank Holiday (Scotland)
// Act 2007; royal proclamations for moved and extra days; the UK government's published
// bank-holiday lists (gov.uk/bank-holidays). A holiday on a weekend gives a substitute weekday.
// Only the four nations have complete lists, so "GB" alone is not a place.
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Observance kSubstitute = Observance::kWeekendToNextWeekday;
constexpr Weekday kMon = Weekday::Mon;

// Holidays of all four nations.
constexpr HolidayRule kUnitedKingdom[] = {
    fixed("New Year's Day", 1, 1).observed(kSubstitute),
    easter("Good Friday", -2),
    easter("Easter Monday", 1),  // not in Scotland
    nth_weekday("Early May bank holiday", 1, kMon, 5).years(1978, 1994),
    once("Early May bank holiday (VE Day)", 1995, 5, 8),
    nth_weekday("Early May bank holiday", 1, kMon, 5).years(1996, 2019),
    once("Early May bank holiday (VE Day)", 2020, 5, 8),
    nth_weekday("Early May bank holiday", 1, kMon, 5).from(2021),
    // The spring bank holiday was moved in jubilee years to sit next to the jubilee holiday.
    last_weekday("Spring bank holiday", kMon, 5).until(1976),
    once("Spring bank holiday", 1977, 6, 6),
    last_weekday("Spring bank holiday", kMon, 5).years(1978, 2001),
    once("Spring bank holiday", 2002, 6, 4),
    last_weekday("Spring bank holiday", kMon, 5).years(2003, 2011),
    once("Spring bank holiday", 2012, 6, 4),
    last_weekday("Spring bank holiday", kMon, 5).years(2013, 2021),
    once("Spring bank holiday", 2022, 6, 2),
    last_weekday("Spring bank holiday", kMon, 5).from(2023),
    last_weekday("Summer bank holiday", kMon, 8),  // Scotland: first Monday of August instead
    fixed("Christmas Day", 12, 25).observed(kSubstitute),
    fixed("Boxing Day", 12, 26).observed(kSubstitute),
    // Proclaimed one-off bank holidays.
    once("Silver Jubilee of Elizabeth II", 1977, 6, 7),
    once("Wedding of Prince Charles and Lady Diana Spencer", 1981, 7, 29),
    once("Millennium Celebrations", 1999, 12, 31),
    once("Golden Jubilee of Elizabeth II", 2002, 6, 3),
    once("Wedding of Prince William and Catherine Middleton", 2011, 4, 29),
    once("Diamond Jubilee of Elizabeth II", 2012, 6, 5),
    once("Platinum Jubilee of Elizabeth II", 2022, 6, 3),
    once("State Funeral of Queen Elizabeth II", 2022, 9, 19),
    once("Coronation of King Charles III", 2023, 5, 8),
};

// England and Wales keep exactly the common list (New Year's Day only from 1974).
constexpr const char* kNoNewYearBefore1974[] = {"New Year's Day"};
constexpr HolidayRule kEnglandAndWales[] = {
    fixed("New Year's Day", 1, 1).from(1974).observed(kSubstitute),
};

constexpr const char* kNotInScotland[] = {"Easter Monday", "Summer bank holiday"};
constexpr HolidayRule kScotland[] = {
    fixed("2nd January", 1, 2).observed(kSubstitute),
    nth_weekday("Summer bank holiday", 1, kMon, 8),
    fixed("St Andrew's Day", 11, 30).from(2007).observed(kSubstitute),
};

constexpr HolidayRule kNorthernIreland[] = {
    fixed("New Year's Day", 1, 1).from(1974).observed(kSubstitute),
    fixed("St Patrick's Day", 3, 17).observed(kSubstitute),
    fixed("Battle of the Boyne (Orangemen's Day)", 7, 12).observed(kSubstitute),
};

constexpr Subdivision kNations[] = {
    {"ENG", kEnglandAndWales, kNoNewYearBefore1974},
    {"NIR", kNorthernIreland, kNoNewYearBefore1974},
    {"SCT", kScotland, kNotInScotland},
    {"WLS", kEnglandAndWales, kNoNewYearBefore1974},
};

// clang-format on
}  // namespace

const Country& country_gb() {
  static constexpr Country kCountry{"GB", kUnitedKingdom, kNations, false, "(substitute day)"};
  return kCountry;
}

}  // namespace od::holidays
