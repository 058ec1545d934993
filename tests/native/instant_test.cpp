#include "core/time/instant.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace {

TEST(ParseInstant, ReadsUtcWithSeconds) {
  EXPECT_EQ(od::parse_instant("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(od::parse_instant("2026-03-29T01:30:15Z"), 1774747815);
}

TEST(ParseInstant, SecondsAreOptional) {
  EXPECT_EQ(od::parse_instant("2026-03-29T01:30Z"), od::parse_instant("2026-03-29T01:30:00Z"));
}

TEST(ParseInstant, FractionsOfASecondAreDropped) {
  EXPECT_EQ(od::parse_instant("2026-03-29T01:30:15.999Z"), 1774747815);
  EXPECT_EQ(od::parse_instant("2026-03-29T01:30:15.5Z"), 1774747815);
  EXPECT_EQ(od::parse_instant("2026-03-29T01:30:15.123456789Z"), 1774747815);
  // Before 1970 too: the fraction only ever adds to the whole second written.
  EXPECT_EQ(od::parse_instant("1969-12-31T23:59:59.999Z"), -1);
}

TEST(ParseInstant, AppliesTheWrittenOffset) {
  EXPECT_EQ(od::parse_instant("2026-11-01T01:30-04:00"), od::parse_instant("2026-11-01T05:30Z"));
  EXPECT_EQ(od::parse_instant("2026-01-01T05:45:00+05:45"), od::parse_instant("2026-01-01T00:00Z"));
  EXPECT_EQ(od::parse_instant("2026-01-01T00:00+00:00"), od::parse_instant("2026-01-01T00:00Z"));
  EXPECT_EQ(od::parse_instant("2026-01-01T00:00-00:00"), od::parse_instant("2026-01-01T00:00Z"));
}

TEST(ParseInstant, AnOffsetCanCrossIntoAnotherDayOrYear) {
  EXPECT_EQ(od::parse_instant("2026-12-31T23:00-02:00"), od::parse_instant("2027-01-01T01:00Z"));
  EXPECT_EQ(od::parse_instant("2026-01-01T00:30+01:00"), od::parse_instant("2025-12-31T23:30Z"));
}

TEST(ParseInstant, AcceptsYears1900Through2200) {
  EXPECT_EQ(od::parse_instant("1900-01-01T00:00Z"), -2208988800);
  EXPECT_EQ(od::parse_instant("2200-12-31T23:59:59Z"), 7289654399);
  EXPECT_FALSE(od::parse_instant("1899-12-31T23:59:59Z"));
  EXPECT_FALSE(od::parse_instant("2201-01-01T00:00Z"));
  EXPECT_FALSE(od::parse_instant("0000-01-01T00:00Z"));
  EXPECT_FALSE(od::parse_instant("9999-12-31T23:59:59Z"));
}

TEST(ParseInstant, AcceptsFebruary29OnlyInLeapYears) {
  EXPECT_TRUE(od::parse_instant("2028-02-29T12:00Z"));
  EXPECT_TRUE(od::parse_instant("2000-02-29T12:00Z"));
  EXPECT_FALSE(od::parse_instant("2100-02-29T12:00Z"));
  EXPECT_FALSE(od::parse_instant("2027-02-29T12:00Z"));
}

TEST(ParseInstant, RejectsAnythingElse) {
  for (const char* text : {"",
                           "Z",
                           "2026-03-29",
                           "2026-03-29T",
                           "2026-03-29T01:30",
                           "2026-03-29T01:30:00",
                           "2026-03-29 01:30Z",
                           "2026-03-29t01:30Z",
                           "2026-03-29T01:30z",
                           "2026-3-29T01:30Z",
                           "2026-03-9T01:30Z",
                           "26-03-29T01:30Z",
                           "+2026-03-29T01:30Z",
                           "20260329T013000Z",
                           "2026-03-29T1:30Z",
                           "2026-03-29T01:3Z",
                           "2026-03-29T01:30:5Z",
                           "2026-03-29T01Z",
                           "2026-03-29T24:00Z",
                           "2026-03-29T23:60Z",
                           "2026-03-29T23:59:60Z",
                           "2026-00-10T00:00Z",
                           "2026-13-10T00:00Z",
                           "2026-04-31T00:00Z",
                           "2026-04-00T00:00Z",
                           "2026-03-29T01:30:00.Z",
                           "2026-03-29T01:30:00.1234567890Z",
                           "2026-03-29T01:30.5Z",
                           "2026-03-29T01:30:00,5Z",
                           "2026-03-29T01:30+01",
                           "2026-03-29T01:30+0100",
                           "2026-03-29T01:30+1:00",
                           "2026-03-29T01:30+24:00",
                           "2026-03-29T01:30+01:60",
                           "2026-03-29T01:30\xe2\x88\x92"
                           "01:00",
                           "2026-03-29T01:30ZZ",
                           "2026-03-29T01:30Z ",
                           " 2026-03-29T01:30Z",
                           "2026-03-29T01:30+01:00Z",
                           "2026-03-29T01:30Z[Europe/London]",
                           "２０２６-03-29T01:30Z",
                           "2026-03-29T01:30:00.-1Z"}) {
    EXPECT_FALSE(od::parse_instant(text)) << text;
  }
  EXPECT_FALSE(od::parse_instant(std::string_view("2026-03-29T01:30Z\0", 18)));
}

TEST(FormatInstant, WritesUtcWithSeconds) {
  EXPECT_EQ(od::format_instant(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(od::format_instant(1774747815), "2026-03-29T01:30:15Z");
  EXPECT_EQ(od::format_instant(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(od::format_instant(-2208988800), "1900-01-01T00:00:00Z");
}

TEST(FormatInstant, RoundTripsThroughParse) {
  for (od::Instant t = -2208988800; t < 7289654399; t += 7777777) {
    EXPECT_EQ(od::parse_instant(od::format_instant(t)), t);
  }
}

TEST(FormatInstant, ExtremeInstantsWriteTheEndsOfTheSupportedRange) {
  EXPECT_EQ(od::format_instant(std::numeric_limits<od::Instant>::max()), "9999-12-31T23:59:59Z");
  EXPECT_EQ(od::format_instant(std::numeric_limits<od::Instant>::min()), "0001-01-01T00:00:00Z");
}

TEST(FormatLocal, WritesTheWallTimeWithoutAnOffset) {
  const od::LocalDateTime local{od::days_from_civil(od::CivilDate{2026, 3, 29}), 2 * 3600 + 30 * 60,
                                3600};
  EXPECT_EQ(od::format_local(local), "2026-03-29T02:30:00");
}

TEST(FormatLocal, SecondsPastTheDayRollOver) {
  const od::LocalDateTime local{od::days_from_civil(od::CivilDate{2026, 12, 31}), 86400 + 61, 0};
  EXPECT_EQ(od::format_local(local), "2027-01-01T00:01:01");
}

TEST(FormatLocal, ExtremeValuesDoNotOverflow) {
  const od::LocalDateTime big{std::numeric_limits<od::DayNumber>::max(),
                              std::numeric_limits<int32_t>::max(), 0};
  EXPECT_EQ(od::format_local(big), "10000-01-01T23:59:59");
  const od::LocalDateTime small{std::numeric_limits<od::DayNumber>::min(),
                                std::numeric_limits<int32_t>::min(), 0};
  EXPECT_EQ(od::format_local(small), "0000-12-31T00:00:00");
}

}  // namespace
