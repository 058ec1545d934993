#include "core/time/time_zone.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "core/time/instant.hpp"
#include "support/time_literals.hpp"

namespace {

using od::testing::at;
using od::testing::kHour;
using od::testing::zone;

od::DayNumber day(int32_t y, int m, int d) {
  return od::days_from_civil(od::CivilDate{y, static_cast<uint8_t>(m), static_cast<uint8_t>(d)});
}

int32_t offset(std::string_view name, std::string_view iso) {
  return od::utc_offset_at(zone(name), at(iso));
}

std::string local(std::string_view name, std::string_view iso) {
  return od::format_local(od::to_local(zone(name), at(iso)));
}

od::LocalTimeResolution resolve(std::string_view name, od::DayNumber d, int hour, int minute) {
  return od::resolve_local(zone(name), d, hour * kHour + minute * 60);
}

// ---- names ---------------------------------------------------------------------------------

TEST(TimeZoneLookup, FindsCanonicalNames) {
  for (const char* name :
       {"Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham",
        "America/Argentina/Buenos_Aires", "America/Indiana/Indianapolis", "Etc/UTC"}) {
    const od::TimeZone* tz = od::find_time_zone(name);
    ASSERT_NE(tz, nullptr) << name;
    EXPECT_EQ(od::time_zone_name(*tz), name);
  }
}

TEST(TimeZoneLookup, FindsLinksUnderTheirOwnName) {
  for (const char* name : {"US/Eastern", "GB", "UTC", "Etc/GMT+5", "Asia/Calcutta", "Europe/Kiev",
                           "Japan", "NZ", "Zulu", "America/Buenos_Aires"}) {
    const od::TimeZone* tz = od::find_time_zone(name);
    ASSERT_NE(tz, nullptr) << name;
    EXPECT_EQ(od::time_zone_name(*tz), name);
  }
}

TEST(TimeZoneLookup, LinksAgreeWithTheirTargets) {
  const std::pair<const char*, const char*> links[] = {{"US/Eastern", "America/New_York"},
                                                       {"GB", "Europe/London"},
                                                       {"UTC", "Etc/UTC"},
                                                       {"Asia/Calcutta", "Asia/Kolkata"},
                                                       {"NZ", "Pacific/Auckland"},
                                                       {"US/Pacific", "America/Los_Angeles"}};
  for (const auto& [link, target] : links) {
    for (od::Instant t = od::earliest_exact_instant(); t < at("2040-01-01T00:00Z");
         t += 86400 * 13) {
      ASSERT_EQ(od::utc_offset_at(zone(link), t), od::utc_offset_at(zone(target), t))
          << link << " at " << od::format_instant(t);
    }
  }
}

TEST(TimeZoneLookup, RejectsUnknownAndNearMissNames) {
  for (const char* name :
       {"", "Mars/Olympus_Mons", "europe/london", "EUROPE/LONDON", "Europe/London ",
        " Europe/London", "Europe/", "Europe", "London", "Factory", "posixrules", "localtime",
        "right/Europe/London", "posix/Europe/London", "Etc/GMT+15", "EST5EDT,M3.2.0,M11.1.0",
        "../../etc/passwd", "Europe/London\n"}) {
    EXPECT_EQ(od::find_time_zone(name), nullptr) << name;
  }
  EXPECT_EQ(od::find_time_zone(std::string_view("Europe/London\0", 14)), nullptr);
}

TEST(TimeZoneLookup, ListsEveryNameOnceInByteOrder) {
  ASSERT_GT(od::time_zone_count(), 500u);
  std::string_view previous;
  for (size_t i = 0; i < od::time_zone_count(); ++i) {
    const od::TimeZone* tz = od::time_zone_at(i);
    ASSERT_NE(tz, nullptr);
    const std::string_view name = od::time_zone_name(*tz);
    EXPECT_LT(previous, name);
    EXPECT_EQ(od::find_time_zone(name), tz);
    previous = name;
  }
  EXPECT_EQ(od::time_zone_at(od::time_zone_count()), nullptr);
}

TEST(TimeZoneLookup, ReportsTheTzdataRelease) {
  const std::string_view version = od::time_zone_data_version();
  ASSERT_EQ(version.size(), 5u);
  EXPECT_GE(version.substr(0, 4), "2024");
  EXPECT_TRUE(version[4] >= 'a' && version[4] <= 'z');
}

// ---- offsets -------------------------------------------------------------------------------

TEST(TimeZoneOffsets, LondonIsGmtInWinterAndBstInSummer) {
  EXPECT_EQ(offset("Europe/London", "2026-01-15T12:00Z"), 0);
  EXPECT_EQ(offset("Europe/London", "2026-07-15T12:00Z"), kHour);
  EXPECT_EQ(local("Europe/London", "2026-07-15T12:00Z"), "2026-07-15T13:00:00");
}

TEST(TimeZoneOffsets, NewYorkIsFiveHoursBehindInWinterAndFourInSummer) {
  EXPECT_EQ(offset("America/New_York", "2026-01-15T12:00Z"), -5 * kHour);
  EXPECT_EQ(offset("America/New_York", "2026-07-15T12:00Z"), -4 * kHour);
  EXPECT_EQ(local("America/New_York", "2026-01-15T03:00Z"), "2026-01-14T22:00:00");
}

TEST(TimeZoneOffsets, SydneyKeepsDaylightTimeInTheSouthernSummer) {
  EXPECT_EQ(offset("Australia/Sydney", "2026-01-15T00:00Z"), 11 * kHour);
  EXPECT_EQ(offset("Australia/Sydney", "2026-07-15T00:00Z"), 10 * kHour);
}

TEST(TimeZoneOffsets, AucklandIsThirteenHoursAheadInJanuaryAndTwelveInJuly) {
  EXPECT_EQ(offset("Pacific/Auckland", "2026-01-15T00:00Z"), 13 * kHour);
  EXPECT_EQ(offset("Pacific/Auckland", "2026-07-15T00:00Z"), 12 * kHour);
  EXPECT_EQ(local("Pacific/Auckland", "2026-01-15T11:00Z"), "2026-01-16T00:00:00");
}

TEST(TimeZoneOffsets, KolkataIsFiveAndAHalfHoursAheadAllYear) {
  EXPECT_EQ(offset("Asia/Kolkata", "2026-01-15T00:00Z"), 5 * kHour + 1800);
  EXPECT_EQ(offset("Asia/Kolkata", "2026-07-15T00:00Z"), 5 * kHour + 1800);
  EXPECT_EQ(local("Asia/Kolkata", "2026-03-01T20:00Z"), "2026-03-02T01:30:00");
}

TEST(TimeZoneOffsets, KathmanduIsFiveHoursFortyFiveAhead) {
  EXPECT_EQ(offset("Asia/Kathmandu", "2026-06-01T00:00Z"), 5 * kHour + 45 * 60);
  EXPECT_EQ(local("Asia/Kathmandu", "2026-06-01T00:00Z"), "2026-06-01T05:45:00");
}

TEST(TimeZoneOffsets, ChathamIsTwelveFortyFiveAheadAndThirteenFortyFiveInSummer) {
  EXPECT_EQ(offset("Pacific/Chatham", "2026-07-15T00:00Z"), 12 * kHour + 45 * 60);
  EXPECT_EQ(offset("Pacific/Chatham", "2026-01-15T00:00Z"), 13 * kHour + 45 * 60);
}

TEST(TimeZoneOffsets, LordHoweMovesItsClocksByHalfAnHour) {
  EXPECT_EQ(offset("Australia/Lord_Howe", "2026-07-15T00:00Z"), 10 * kHour + 1800);
  EXPECT_EQ(offset("Australia/Lord_Howe", "2026-01-15T00:00Z"), 11 * kHour);
}

TEST(TimeZoneOffsets, EtcGmtNamesFlipTheSignAsPosixDoes) {
  EXPECT_EQ(offset("Etc/GMT+5", "2026-07-15T00:00Z"), -5 * kHour);
  EXPECT_EQ(offset("Etc/GMT-14", "2026-07-15T00:00Z"), 14 * kHour);
  EXPECT_EQ(offset("UTC", "2026-07-15T00:00Z"), 0);
}

TEST(TimeZoneOffsets, DublinWinterTimeIsTheNegativeDaylightSaving) {
  // Irish law makes summer time the standard and winter the exception; offsets are as in London.
  EXPECT_EQ(offset("Europe/Dublin", "2026-01-15T00:00Z"), 0);
  EXPECT_EQ(offset("Europe/Dublin", "2026-07-15T00:00Z"), kHour);
}

TEST(TimeZoneOffsets, OffsetChangesAtTheExactSecond) {
  // London springs forward at 01:00 UTC on the last Sunday of March.
  EXPECT_EQ(offset("Europe/London", "2026-03-29T00:59:59Z"), 0);
  EXPECT_EQ(offset("Europe/London", "2026-03-29T01:00:00Z"), kHour);
  EXPECT_EQ(local("Europe/London", "2026-03-29T00:59:59Z"), "2026-03-29T00:59:59");
  EXPECT_EQ(local("Europe/London", "2026-03-29T01:00:00Z"), "2026-03-29T02:00:00");
}

TEST(TimeZoneOffsets, NextOffsetChangeFindsTheComingTransition) {
  EXPECT_EQ(od::next_offset_change(zone("Europe/London"), at("2026-01-01T00:00Z")),
            at("2026-03-29T01:00Z"));
  EXPECT_EQ(od::next_offset_change(zone("Europe/London"), at("2026-03-29T01:00Z")),
            at("2026-10-25T01:00Z"));
  EXPECT_EQ(od::next_offset_change(zone("America/New_York"), at("2026-06-01T00:00Z")),
            at("2026-11-01T06:00Z"));
  EXPECT_EQ(od::next_offset_change(zone("Asia/Kolkata"), at("2026-01-01T00:00Z")), std::nullopt);
}

// ---- local time to instant -----------------------------------------------------------------

TEST(TimeZoneFromLocal, OrdinaryWallTimeHasExactlyOneInstant) {
  const od::LocalTimeResolution r = resolve("Europe/London", day(2026, 7, 15), 9, 0);
  EXPECT_EQ(r.kind, od::LocalTimeKind::kUnique);
  EXPECT_EQ(r.instant, at("2026-07-15T08:00Z"));
  EXPECT_EQ(r.earlier, r.instant);
  EXPECT_EQ(r.later, r.instant);
}

TEST(TimeZoneFromLocal, SkippedWallTimeMovesForwardByTheGapInLondon) {
  // 2026-03-29 01:30 never happens in London: clocks jump from 01:00 to 02:00.
  const od::LocalTimeResolution r = resolve("Europe/London", day(2026, 3, 29), 1, 30);
  EXPECT_EQ(r.kind, od::LocalTimeKind::kGap);
  EXPECT_EQ(r.instant, at("2026-03-29T01:30Z"));
  EXPECT_EQ(od::format_local(od::to_local(zone("Europe/London"), r.instant)),
            "2026-03-29T02:30:00");
  EXPECT_EQ(r.later, r.instant);
  EXPECT_EQ(r.earlier, at("2026-03-29T00:30Z"));
  EXPECT_EQ(od::from_local(zone("Europe/London"), day(2026, 3, 29), kHour + 1800), r.instant);
}

TEST(TimeZoneFromLocal, RepeatedWallTimeTakesTheEarlierInstantInNewYork) {
  // 2026-11-01 01:30 happens twice in New York: first in EDT, then in EST.
  const od::LocalTimeResolution r = resolve("America/New_York", day(2026, 11, 1), 1, 30);
  EXPECT_EQ(r.kind, od::LocalTimeKind::kOverlap);
  EXPECT_EQ(r.instant, at("2026-11-01T01:30-04:00"));
  EXPECT_EQ(r.earlier, at("2026-11-01T01:30-04:00"));
  EXPECT_EQ(r.later, at("2026-11-01T01:30-05:00"));
  EXPECT_EQ(od::from_local(zone("America/New_York"), day(2026, 11, 1), kHour + 1800),
            at("2026-11-01T05:30Z"));
}

TEST(TimeZoneFromLocal, SkippedWallTimeMovesForwardInNewYork) {
  const od::LocalTimeResolution r = resolve("America/New_York", day(2026, 3, 8), 2, 30);
  EXPECT_EQ(r.kind, od::LocalTimeKind::kGap);
  EXPECT_EQ(od::format_local(od::to_local(zone("America/New_York"), r.instant)),
            "2026-03-08T03:30:00");
}

TEST(TimeZoneFromLocal, RepeatedWallTimeInLondonTakesBritishSummerTime) {
  const od::LocalTimeResolution r = resolve("Europe/London", day(2026, 10, 25), 1, 30);
  EXPECT_EQ(r.kind, od::LocalTimeKind::kOverlap);
  EXPECT_EQ(r.instant, at("2026-10-25T00:30Z"));
  EXPECT_EQ(r.later, at("2026-10-25T01:30Z"));
}

TEST(TimeZoneFromLocal, WallTimesAtTheEdgesOfAGapAreUnique) {
  // The gap is [01:00, 02:00): 00:59 and 02:00 exist.
  EXPECT_EQ(resolve("Europe/London", day(2026, 3, 29), 0, 59).kind, od::LocalTimeKind::kUnique);
  EXPECT_EQ(resolve("Europe/London", day(2026, 3, 29), 1, 0).kind, od::LocalTimeKind::kGap);
  EXPECT_EQ(resolve("Europe/London", day(2026, 3, 29), 2, 0).kind, od::LocalTimeKind::kUnique);
  EXPECT_EQ(resolve("Europe/London", day(2026, 3, 29), 2, 0).instant, at("2026-03-29T01:00Z"));
}

TEST(TimeZoneFromLocal, LordHoweSkipsAndRepeatsHalfAnHour) {
  // First Sunday of October 02:00 -> 02:30; first Sunday of April 02:00 -> 01:30.
  const od::LocalTimeResolution gap = resolve("Australia/Lord_Howe", day(2026, 10, 4), 2, 15);
  EXPECT_EQ(gap.kind, od::LocalTimeKind::kGap);
  EXPECT_EQ(od::format_local(od::to_local(zone("Australia/Lord_Howe"), gap.instant)),
            "2026-10-04T02:45:00");
  const od::LocalTimeResolution overlap = resolve("Australia/Lord_Howe", day(2026, 4, 5), 1, 45);
  EXPECT_EQ(overlap.kind, od::LocalTimeKind::kOverlap);
  EXPECT_EQ(overlap.later - overlap.earlier, 1800);
  EXPECT_EQ(overlap.instant, at("2026-04-05T01:45+11:00"));
}

TEST(TimeZoneFromLocal, SamoaSkippedAWholeDayIn2011) {
  // Apia moved across the date line: 2011-12-29 was followed by 2011-12-31.
  EXPECT_EQ(local("Pacific/Apia", "2011-12-30T09:59:59Z"), "2011-12-29T23:59:59");
  EXPECT_EQ(local("Pacific/Apia", "2011-12-30T10:00:00Z"), "2011-12-31T00:00:00");
  const od::LocalTimeResolution r = resolve("Pacific/Apia", day(2011, 12, 30), 12, 0);
  EXPECT_EQ(r.kind, od::LocalTimeKind::kGap);
  EXPECT_EQ(od::format_local(od::to_local(zone("Pacific/Apia"), r.instant)), "2011-12-31T12:00:00");
}

TEST(TimeZoneFromLocal, SecondsPastTheDayRollOverIntoTheNextDay) {
  const od::TimeZone& london = zone("Europe/London");
  EXPECT_EQ(od::from_local(london, day(2026, 7, 14), 86400 + 9 * kHour),
            od::from_local(london, day(2026, 7, 15), 9 * kHour));
  EXPECT_EQ(od::from_local(london, day(2026, 7, 16), -15 * kHour),
            od::from_local(london, day(2026, 7, 15), 9 * kHour));
}

TEST(TimeZoneFromLocal, RoundTripsEveryHourOfAYearInManyZones) {
  for (const char* name : {"Europe/London", "America/New_York", "Australia/Lord_Howe",
                           "Pacific/Chatham", "America/Nuuk", "Asia/Jerusalem", "Africa/Casablanca",
                           "America/Santiago", "Europe/Dublin", "Antarctica/Troll"}) {
    const od::TimeZone& tz = zone(name);
    for (od::Instant t = at("2026-01-01T00:00Z"); t < at("2027-01-01T00:00Z"); t += 1800) {
      const od::LocalDateTime l = od::to_local(tz, t);
      const od::LocalTimeResolution r = od::resolve_local(tz, l.day, l.second_of_day);
      ASSERT_NE(r.kind, od::LocalTimeKind::kGap) << name << " " << od::format_instant(t);
      ASSERT_TRUE(r.earlier == t || r.later == t) << name << " " << od::format_instant(t);
      ASSERT_EQ(r.instant, r.earlier);
    }
  }
}

// ---- history -------------------------------------------------------------------------------

TEST(TimeZoneHistory, UnitedStatesExtendedDaylightSavingIn2007) {
  // 2006: first Sunday of April to last Sunday of October. 2007 on: second Sunday of March to
  // first Sunday of November.
  EXPECT_EQ(offset("America/New_York", "2006-03-20T12:00Z"), -5 * kHour);
  EXPECT_EQ(offset("America/New_York", "2007-03-20T12:00Z"), -4 * kHour);
  EXPECT_EQ(offset("America/New_York", "2006-11-01T12:00Z"), -5 * kHour);
  EXPECT_EQ(offset("America/New_York", "2007-11-01T12:00Z"), -4 * kHour);
  EXPECT_EQ(od::next_offset_change(zone("America/New_York"), at("2006-01-01T00:00Z")),
            at("2006-04-02T07:00Z"));
  EXPECT_EQ(od::next_offset_change(zone("America/New_York"), at("2007-01-01T00:00Z")),
            at("2007-03-11T07:00Z"));
}

TEST(TimeZoneHistory, MoscowKeptSummerTimeFrom2011AndReturnedToPlusThreeIn2014) {
  EXPECT_EQ(offset("Europe/Moscow", "2010-12-15T00:00Z"), 3 * kHour);
  EXPECT_EQ(offset("Europe/Moscow", "2011-12-15T00:00Z"), 4 * kHour);
  EXPECT_EQ(offset("Europe/Moscow", "2013-12-15T00:00Z"), 4 * kHour);
  EXPECT_EQ(offset("Europe/Moscow", "2014-10-25T21:59:59Z"), 4 * kHour);
  EXPECT_EQ(offset("Europe/Moscow", "2014-10-25T22:00:00Z"), 3 * kHour);
  EXPECT_EQ(offset("Europe/Moscow", "2015-07-01T00:00Z"), 3 * kHour);
  EXPECT_EQ(offset("Europe/Moscow", "2026-07-01T00:00Z"), 3 * kHour);
}

TEST(TimeZoneHistory, SaoPauloStoppedDaylightSavingIn2019) {
  EXPECT_EQ(offset("America/Sao_Paulo", "2019-01-15T12:00Z"), -2 * kHour);
  EXPECT_EQ(offset("America/Sao_Paulo", "2019-02-17T01:59:59Z"), -2 * kHour);
  EXPECT_EQ(offset("America/Sao_Paulo", "2019-02-17T02:00:00Z"), -3 * kHour);
  EXPECT_EQ(offset("America/Sao_Paulo", "2020-01-15T12:00Z"), -3 * kHour);
  EXPECT_EQ(offset("America/Sao_Paulo", "2030-01-15T12:00Z"), -3 * kHour);
}

TEST(TimeZoneHistory, TheTableIsExactFrom2000) {
  EXPECT_EQ(od::earliest_exact_instant(), at("2000-01-01T00:00Z"));
}

TEST(TimeZoneHistory, MexicoCityLeftDaylightSavingIn2022) {
  EXPECT_EQ(offset("America/Mexico_City", "2022-07-01T12:00Z"), -5 * kHour);
  EXPECT_EQ(offset("America/Mexico_City", "2023-07-01T12:00Z"), -6 * kHour);
}

// ---- the far future, from the POSIX rules ---------------------------------------------------

TEST(TimeZoneFuture, Year2037FollowsTheCurrentRules) {
  EXPECT_EQ(offset("Europe/London", "2037-03-29T00:59:59Z"), 0);
  EXPECT_EQ(offset("Europe/London", "2037-03-29T01:00:00Z"), kHour);
  EXPECT_EQ(offset("America/New_York", "2037-07-04T12:00Z"), -4 * kHour);
  EXPECT_EQ(offset("Australia/Sydney", "2037-12-25T00:00Z"), 11 * kHour);
}

TEST(TimeZoneFuture, Year2100FollowsTheCurrentRules) {
  // Last Sunday of March 2100 is the 28th; second Sunday is the 14th; first of October the 3rd.
  EXPECT_EQ(od::next_offset_change(zone("Europe/London"), at("2100-01-01T00:00Z")),
            at("2100-03-28T01:00Z"));
  EXPECT_EQ(od::next_offset_change(zone("America/New_York"), at("2100-01-01T00:00Z")),
            at("2100-03-14T07:00Z"));
  EXPECT_EQ(od::next_offset_change(zone("Australia/Sydney"), at("2100-07-01T00:00Z")),
            at("2100-10-03T02:00+10:00"));
  EXPECT_EQ(offset("Pacific/Chatham", "2100-01-01T00:00Z"), 13 * kHour + 45 * 60);
  EXPECT_EQ(offset("Asia/Kathmandu", "2100-01-01T00:00Z"), 5 * kHour + 45 * 60);
}

TEST(TimeZoneFuture, MoroccoFollowsItsListedRamadanChangesThenItsRule) {
  // Morocco's data lists each Ramadan switch to +00 up to 2087, then +01 for good.
  EXPECT_EQ(offset("Africa/Casablanca", "2026-07-01T00:00Z"), kHour);
  EXPECT_EQ(offset("Africa/Casablanca", "2095-01-01T00:00Z"), kHour);
}

TEST(TimeZoneFuture, OverlapAndGapStillResolveIn2100) {
  EXPECT_EQ(resolve("America/New_York", day(2100, 11, 7), 1, 30).kind, od::LocalTimeKind::kOverlap);
  EXPECT_EQ(resolve("Europe/London", day(2100, 3, 28), 1, 30).kind, od::LocalTimeKind::kGap);
}

// ---- hostile input -------------------------------------------------------------------------

TEST(TimeZoneLimits, ExtremeInstantsAnswerAsTheEndsOfTheSupportedRange) {
  const od::TimeZone& london = zone("Europe/London");
  const od::LocalDateTime max = od::to_local(london, std::numeric_limits<od::Instant>::max());
  EXPECT_EQ(od::format_local(max), "9999-12-31T23:59:59");
  const od::LocalDateTime min = od::to_local(london, std::numeric_limits<od::Instant>::min());
  EXPECT_EQ(min.offset_seconds, od::utc_offset_at(london, od::kEarliestInstant));
  EXPECT_EQ(od::next_offset_change(london, std::numeric_limits<od::Instant>::max()), std::nullopt);
}

TEST(TimeZoneLimits, ExtremeLocalTimesDoNotOverflow) {
  const od::TimeZone& tz = zone("America/New_York");
  const int32_t big = std::numeric_limits<int32_t>::max();
  const int32_t small = std::numeric_limits<int32_t>::min();
  EXPECT_LE(od::from_local(tz, big, big), od::kLatestInstant + 86400);
  EXPECT_GE(od::from_local(tz, small, small), od::kEarliestInstant - 86400);
}

}  // namespace
