// Japan: national holidays (国民の祝日) and the days off the Act adds to them.
// Sources: Act on National Holidays (国民の祝日に関する法律, Act No. 178 of 1948) art. 2 and its
// amendments (Happy Monday system: Coming of Age Day and Sports Day from 2000, Marine Day and
// Respect for the Aged Day from 2003; Marine Day from 1996; Showa Day from 2007; Mountain Day
// from 2016; the Emperor's Birthday following the reigning emperor); the 2018 special measures
// act for the Tokyo Olympics (2020 and 2021 moves); the one-off acts for the 1989 funeral, the
// 1990 and 2019 enthronement ceremonies and the 1993 royal wedding. Equinox days follow the
// National Astronomical Observatory of Japan (see astronomy.hpp). Substitute holidays (art.
// 3(2)) and citizens' holidays (art. 3(3)) are applied by the engine (SubstituteSystem::kJapan).
#include "core/time/holidays/countries.hpp"

namespace od::holidays {
namespace {
// Rule tables are laid out by hand, one holiday a line.
// clang-format off

constexpr Weekday kMon = Weekday::Mon;

constexpr HolidayRule kNational[] = {
    fixed("New Year's Day", 1, 1),
    fixed("Coming of Age Day", 1, 15).until(1999),
    nth_weekday("Coming of Age Day", 2, kMon, 1).from(2000),
    fixed("National Foundation Day", 2, 11),
    fixed("Emperor's Birthday", 2, 23).from(2020),
    vernal_equinox("Vernal Equinox Day"),
    fixed("Emperor's Birthday", 4, 29).until(1988),
    fixed("Greenery Day", 4, 29).years(1989, 2006),
    fixed("Showa Day", 4, 29).from(2007),
    fixed("Constitution Memorial Day", 5, 3),
    fixed("Greenery Day", 5, 4).from(2007),
    fixed("Children's Day", 5, 5),
    fixed("Marine Day", 7, 20).years(1996, 2002),
    nth_weekday("Marine Day", 3, kMon, 7).years(2003, 2019),
    once("Marine Day", 2020, 7, 23),
    once("Marine Day", 2021, 7, 22),
    nth_weekday("Marine Day", 3, kMon, 7).from(2022),
    fixed("Mountain Day", 8, 11).years(2016, 2019),
    once("Mountain Day", 2020, 8, 10),
    once("Mountain Day", 2021, 8, 8),
    fixed("Mountain Day", 8, 11).from(2022),
    fixed("Respect for the Aged Day", 9, 15).until(2002),
    nth_weekday("Respect for the Aged Day", 3, kMon, 9).from(2003),
    autumnal_equinox("Autumnal Equinox Day"),
    fixed("Health and Sports Day", 10, 10).until(1999),
    nth_weekday("Health and Sports Day", 2, kMon, 10).years(2000, 2019),
    once("Sports Day", 2020, 7, 24),
    once("Sports Day", 2021, 7, 23),
    nth_weekday("Sports Day", 2, kMon, 10).from(2022),
    fixed("Culture Day", 11, 3),
    fixed("Labour Thanksgiving Day", 11, 23),
    fixed("Emperor's Birthday", 12, 23).years(1989, 2018),
    // One-off holidays set by their own acts.
    once("State Funeral of Emperor Showa", 1989, 2, 24),
    once("Enthronement Ceremony of Emperor Akihito", 1990, 11, 12),
    once("Wedding of Crown Prince Naruhito", 1993, 6, 9),
    once("Enthronement of Emperor Naruhito", 2019, 5, 1),
    once("Enthronement Ceremony of Emperor Naruhito", 2019, 10, 22),
};

// clang-format on
}  // namespace

const Country& country_jp() {
  static constexpr Country kCountry{
      "JP", kNational, {}, true, "(substitute holiday)", SubstituteSystem::kJapan};
  return kCountry;
}

}  // namespace od::holidays
