#include "core/time/holidays.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/time/holidays/astronomy.hpp"
#include "support/time_literals.hpp"

namespace od {
namespace {

using testing::day;

std::vector<std::string> dates(std::string_view place, int year) {
  std::vector<std::string> out;
  for (const Holiday& h : public_holidays(place, year)) out.push_back(format_day(h.day));
  return out;
}

bool has(std::string_view place, const char* iso) {
  const auto all = dates(place, civil_from_days(day(iso)).year);
  return std::find(all.begin(), all.end(), iso) != all.end();
}

std::string name_on(std::string_view place, const char* iso) {
  for (const Holiday& h : public_holidays(place, civil_from_days(day(iso)).year)) {
    if (h.day == day(iso)) return h.name;
  }
  return "";
}

TEST(Easter, MatchesPublishedDates) {
  const std::pair<int, const char*> known[] = {
      {1970, "1970-03-29"}, {2000, "2000-04-23"}, {2008, "2008-03-23"},
      {2011, "2011-04-24"}, {2019, "2019-04-21"}, {2024, "2024-03-31"},
      {2025, "2025-04-20"}, {2038, "2038-04-25"}, {2100, "2100-03-28"}};
  for (const auto& [year, iso] : known) {
    EXPECT_EQ(format_civil_date(holidays::easter_sunday(year)), iso) << year;
  }
}

TEST(Easter, AlwaysASundayBetween22MarchAnd25April) {
  for (int y = kFirstHolidayYear; y <= kLastHolidayYear; ++y) {
    const CivilDate e = holidays::easter_sunday(y);
    ASSERT_EQ(weekday_of(e), Weekday::Sun) << y;
    const int md = e.month * 100 + e.day;
    ASSERT_TRUE(md >= 322 && md <= 425) << y;
  }
}

TEST(HolidayPlaces, KnowsEveryListedPlaceAndNothingElse) {
  const auto places = holiday_places();
  EXPECT_EQ(places.size(), 62u);
  EXPECT_TRUE(std::is_sorted(places.begin(), places.end()));
  for (const char* code :
       {"US",    "CA", "CA-QC", "GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR", "IE",    "DE", "DE-BY",
        "DE-BE", "AT", "FR",    "BE",     "NL",     "LU",     "ES",     "IT",    "PT", "SE",
        "DK",    "NO", "FI",    "PL",     "CZ",     "AU",     "AU-NSW", "AU-WA", "NZ", "JP"}) {
    EXPECT_TRUE(is_known_holiday_place(code)) << code;
    EXPECT_NE(std::find(places.begin(), places.end(), code), places.end()) << code;
  }
  for (const char* code : {"", "GB", "XX", "US-CA", "DE-XX", "DE-", "-BY", "DEU", "DE-BY-1"}) {
    EXPECT_FALSE(is_known_holiday_place(code)) << code;
    EXPECT_TRUE(public_holidays(code, 2026).empty()) << code;
  }
}

TEST(HolidayPlaces, CodesAreMatchedWithoutRegardToCase) {
  EXPECT_TRUE(is_known_holiday_place("gb-eng"));
  EXPECT_EQ(dates("de-by", 2026), dates("DE-BY", 2026));
}

TEST(PublicHolidays, EmptyOutsideTheSupportedYears) {
  EXPECT_TRUE(public_holidays("US", 1969).empty());
  EXPECT_TRUE(public_holidays("US", 2101).empty());
  EXPECT_FALSE(public_holidays("US", 1970).empty());
  EXPECT_FALSE(public_holidays("US", 2100).empty());
}

TEST(PublicHolidays, EveryPlaceAndYearIsSortedAndInsideTheYear) {
  for (const std::string& place : holiday_places()) {
    for (int y = kFirstHolidayYear; y <= kLastHolidayYear; ++y) {
      const auto list = public_holidays(place, y);
      ASSERT_FALSE(list.empty()) << place << " " << y;
      for (size_t i = 0; i < list.size(); ++i) {
        ASSERT_EQ(civil_from_days(list[i].day).year, y) << place;
        ASSERT_FALSE(list[i].name.empty()) << place;
        if (i > 0) {
          ASSERT_LE(list[i - 1].day, list[i].day) << place << " " << y;
        }
      }
    }
  }
}

TEST(UnitedStates, JuneteenthIsObservedOnTheNearestWeekday) {
  EXPECT_TRUE(has("US", "2021-06-18"));   // Saturday 19 June 2021 -> Friday
  EXPECT_TRUE(has("US", "2022-06-20"));   // Sunday -> Monday
  EXPECT_FALSE(has("US", "2020-06-19"));  // before the 2021 act
  EXPECT_EQ(name_on("US", "2027-06-18"), "Juneteenth National Independence Day (observed)");
}

TEST(UnitedStates, NewYearOnASaturdayIsObservedOnTheLastDayOfTheYearBefore) {
  EXPECT_TRUE(has("US", "2021-12-31"));
  EXPECT_TRUE(has("US", "2027-12-31"));
  EXPECT_TRUE(has("US", "2028-01-01"));
}

TEST(UnitedStates, MondayHolidaysFollowTheUniformMondayAct) {
  EXPECT_TRUE(has("US", "2026-01-19"));   // MLK Day, third Monday
  EXPECT_TRUE(has("US", "2026-11-26"));   // Thanksgiving, fourth Thursday
  EXPECT_TRUE(has("US", "1970-02-23"));   // Washington's Birthday 1970: 22 Feb was a Sunday
  EXPECT_TRUE(has("US", "1975-10-27"));   // Veterans Day on the fourth Monday of October
  EXPECT_FALSE(has("US", "1985-01-21"));  // no MLK Day before 1986
}

TEST(GreatBritain, The2022ExtraBankHolidays) {
  EXPECT_TRUE(has("GB-ENG", "2022-06-02"));  // spring bank holiday moved
  EXPECT_TRUE(has("GB-ENG", "2022-06-03"));  // Platinum Jubilee
  EXPECT_FALSE(has("GB-ENG", "2022-05-30"));
  EXPECT_TRUE(has("GB-SCT", "2022-09-19"));  // State Funeral, every nation
  EXPECT_TRUE(has("GB-NIR", "2023-05-08"));  // Coronation
}

TEST(GreatBritain, ChristmasAndBoxingDayOnAWeekendGiveMondayAndTuesday) {
  // 2026: Boxing Day is a Saturday -> Monday 28.
  EXPECT_EQ(name_on("GB-ENG", "2026-12-28"), "Boxing Day (substitute day)");
  // 2027: Christmas Saturday, Boxing Day Sunday -> Monday 27 and Tuesday 28.
  EXPECT_EQ(name_on("GB-WLS", "2027-12-27"), "Christmas Day (substitute day)");
  EXPECT_EQ(name_on("GB-WLS", "2027-12-28"), "Boxing Day (substitute day)");
  // 2022: Christmas Sunday, Boxing Day Monday -> Christmas substitute on Tuesday 27.
  EXPECT_EQ(name_on("GB-ENG", "2022-12-27"), "Christmas Day (substitute day)");
}

TEST(GreatBritain, NationsDiffer) {
  EXPECT_TRUE(has("GB-ENG", "2026-04-06"));  // Easter Monday
  EXPECT_FALSE(has("GB-SCT", "2026-04-06"));
  EXPECT_TRUE(has("GB-SCT", "2026-01-02"));  // 2nd January
  EXPECT_TRUE(has("GB-SCT", "2026-08-03"));  // first Monday of August
  EXPECT_FALSE(has("GB-SCT", "2026-08-31"));
  EXPECT_TRUE(has("GB-SCT", "2026-11-30"));  // St Andrew's Day
  EXPECT_TRUE(has("GB-NIR", "2026-03-17"));  // St Patrick's Day
  EXPECT_TRUE(has("GB-NIR", "2026-07-13"));  // Boyne, 12 July is a Sunday
  EXPECT_FALSE(has("GB-ENG", "2026-03-17"));
}

TEST(Germany, CorpusChristiInBavariaButNotInBerlin) {
  EXPECT_TRUE(has("DE-BY", "2026-06-04"));
  EXPECT_FALSE(has("DE-BE", "2026-06-04"));
  EXPECT_FALSE(has("DE", "2026-06-04"));
  EXPECT_TRUE(has("DE-BE", "2026-03-08"));  // Women's Day, Berlin only
  EXPECT_TRUE(has("DE-SN", "2026-11-18"));  // Repentance Day, Saxony only
  EXPECT_FALSE(has("DE-BY", "2026-11-18"));
  EXPECT_TRUE(has("DE-HH", "2026-10-31"));  // Reformation Day from 2018
  EXPECT_FALSE(has("DE-HH", "2016-10-31"));
  EXPECT_TRUE(has("DE-BY", "2017-10-31"));  // 500th anniversary, every state
}

TEST(Europe, EasterMondayWhereItIsAHoliday) {
  for (const char* place : {"GB-ENG", "IE", "DE", "AT", "FR", "BE", "NL", "LU", "IT", "SE", "DK",
                            "NO", "FI", "PL", "CZ", "AU", "NZ", "CA-ON"}) {
    if (std::string(place) == "CA-ON") {
      EXPECT_FALSE(has(place, "2026-04-06")) << place;
    } else {
      EXPECT_TRUE(has(place, "2026-04-06")) << place;
    }
  }
  EXPECT_FALSE(has("ES", "2026-04-06"));
  EXPECT_FALSE(has("PT", "2026-04-06"));
}

TEST(Europe, RecentChangesAreDated) {
  EXPECT_TRUE(has("DK", "2023-05-05"));  // Great Prayer Day until 2023
  EXPECT_FALSE(has("DK", "2024-04-26"));
  EXPECT_TRUE(has("PL", "2025-12-24"));  // Christmas Eve from 2025
  EXPECT_FALSE(has("PL", "2024-12-24"));
  EXPECT_FALSE(has("PT", "2014-06-19"));  // Corpus Christi suspended 2013-2015
  EXPECT_TRUE(has("PT", "2016-05-26"));
  EXPECT_TRUE(has("NL", "2025-04-26"));  // King's Day on Sunday 27 April -> Saturday
  EXPECT_FALSE(has("NL", "2025-04-27"));
  EXPECT_TRUE(has("IE", "2025-02-03"));  // St Brigid's Day: first Monday of February
  EXPECT_TRUE(has("IE", "2030-02-01"));  // ... or 1 February when that is a Friday
  EXPECT_TRUE(has("SE", "2026-06-20"));  // Midsummer Day: Saturday 20-26 June
}

TEST(Canada, ProvincesKeepTheirOwnStatutoryHolidays) {
  EXPECT_TRUE(has("CA-QC", "2026-06-24"));   // Fête nationale
  EXPECT_TRUE(has("CA-QC", "2029-06-25"));   // 24 June 2029 is a Sunday
  EXPECT_FALSE(has("CA-QC", "2026-12-26"));  // no Boxing Day in Quebec
  EXPECT_TRUE(has("CA-ON", "2026-12-26"));
  EXPECT_TRUE(has("CA-ON", "2026-02-16"));  // Family Day
  EXPECT_TRUE(has("CA", "2026-09-30"));     // Truth and Reconciliation, federal
  EXPECT_FALSE(has("CA-ON", "2026-09-30"));
  EXPECT_TRUE(has("CA", "2029-07-02"));  // Canada Day moves off a Sunday
  EXPECT_FALSE(has("CA", "2029-07-01"));
}

TEST(Australia, NewSouthWales) {
  EXPECT_TRUE(has("AU-NSW", "2026-01-26"));
  EXPECT_TRUE(has("AU-NSW", "2025-01-27"));  // Australia Day moved off a Sunday
  EXPECT_FALSE(has("AU-NSW", "2025-01-26"));
  EXPECT_TRUE(has("AU-NSW", "2026-04-04"));   // Easter Saturday
  EXPECT_TRUE(has("AU-NSW", "2026-06-08"));   // King's Birthday
  EXPECT_TRUE(has("AU-NSW", "2026-10-05"));   // Labour Day
  EXPECT_TRUE(has("AU-NSW", "2026-04-27"));   // additional Anzac Day Monday
  EXPECT_TRUE(has("AU-NSW", "2026-12-28"));   // Boxing Day substitute
  EXPECT_FALSE(has("AU-NSW", "2026-11-03"));  // Melbourne Cup is Victoria's
  EXPECT_TRUE(has("AU-VIC", "2026-11-03"));
  EXPECT_TRUE(has("AU-WA", "2026-09-28"));  // WA King's Birthday
}

TEST(NewZealand, MatarikiFollowsTheSchedule) {
  EXPECT_FALSE(has("NZ", "2021-07-02"));
  EXPECT_TRUE(has("NZ", "2022-06-24"));
  EXPECT_TRUE(has("NZ", "2023-07-14"));
  EXPECT_TRUE(has("NZ", "2024-06-28"));
  EXPECT_TRUE(has("NZ", "2025-06-20"));
  EXPECT_TRUE(has("NZ", "2026-07-10"));
  EXPECT_TRUE(has("NZ", "2052-06-21"));
  EXPECT_EQ(name_on("NZ", "2026-07-10"), "Matariki");
}

TEST(NewZealand, WaitangiAndAnzacAreMondayisedSince2014) {
  EXPECT_TRUE(has("NZ", "2027-02-08"));   // 6 Feb 2027 is a Saturday
  EXPECT_FALSE(has("NZ", "2010-02-08"));  // not before 2014
}

TEST(Japan, The2019EnthronementYear) {
  const std::vector<std::string> golden_week = {"2019-04-29", "2019-04-30", "2019-05-01",
                                                "2019-05-02", "2019-05-03", "2019-05-04",
                                                "2019-05-05", "2019-05-06"};
  for (const auto& d : golden_week) EXPECT_TRUE(has("JP", d.c_str())) << d;
  EXPECT_EQ(name_on("JP", "2019-04-30"), "Citizens' Holiday");
  EXPECT_EQ(name_on("JP", "2019-05-06"), "Children's Day (substitute holiday)");
  EXPECT_TRUE(has("JP", "2019-10-22"));
  EXPECT_FALSE(has("JP", "2019-12-23"));  // no Emperor's Birthday in 2019
  EXPECT_FALSE(has("JP", "2019-02-23"));
}

TEST(Japan, The2020OlympicMoves) {
  EXPECT_TRUE(has("JP", "2020-07-23"));  // Marine Day
  EXPECT_TRUE(has("JP", "2020-07-24"));  // Sports Day
  EXPECT_TRUE(has("JP", "2020-08-10"));  // Mountain Day
  EXPECT_FALSE(has("JP", "2020-07-20"));
  EXPECT_FALSE(has("JP", "2020-10-12"));
  EXPECT_TRUE(has("JP", "2020-02-23"));  // Emperor's Birthday on a Sunday ...
  EXPECT_TRUE(has("JP", "2020-02-24"));  // ... gives the Monday
  EXPECT_TRUE(has("JP", "2021-08-09"));  // Mountain Day 2021 on Sunday 8 Aug -> Monday
}

TEST(Japan, EquinoxDaysMatchTheObservatory) {
  EXPECT_TRUE(has("JP", "2024-03-20"));
  EXPECT_TRUE(has("JP", "2024-09-22"));
  EXPECT_TRUE(has("JP", "2025-03-20"));
  EXPECT_TRUE(has("JP", "2025-09-23"));
  EXPECT_TRUE(has("JP", "2026-09-23"));
  EXPECT_TRUE(has("JP", "2026-09-22"));  // squeezed between two holidays: citizens' holiday
  EXPECT_TRUE(has("JP", "1970-03-21"));
}

TEST(Japan, SundayHolidayGivesTheNextNonHolidayDay) {
  // 2026: Constitution Day on Sunday 3 May; 4 and 5 May are holidays -> Wednesday 6 May.
  EXPECT_EQ(name_on("JP", "2026-05-06"), "Constitution Memorial Day (substitute holiday)");
}

}  // namespace
}  // namespace od
