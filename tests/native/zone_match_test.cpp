// Which zone a destination falls in: countries, regions and postcode patterns, first match wins.
#include <gtest/gtest.h>

#include "core/shipping/postcode.hpp"
#include "core/shipping/zone_match.hpp"
#include "support/quote_fixtures.hpp"

namespace od {
namespace {

using od::testing::to;

ZoneMatch in(const std::string& country, std::vector<std::string> postcodes = {},
             std::vector<std::string> excluded = {}, std::vector<std::string> regions = {}) {
  ZoneMatch m;
  m.country = country;
  m.postcodes = std::move(postcodes);
  m.exclude_postcodes = std::move(excluded);
  m.regions = std::move(regions);
  return m;
}

Zone zone(const std::string& id, std::vector<ZoneMatch> matches) {
  Zone z;
  z.id = id;
  z.matches = std::move(matches);
  return z;
}

std::string zone_of(const std::vector<Zone>& zones, const Destination& d) {
  const ZoneLookup found = find_zone(zones, d);
  return found.zone ? found.zone->id : "(none)";
}

bool holds(const std::string& pattern, const std::string& postcode, const std::string& country) {
  const auto parsed = parse_postcode_pattern(pattern);
  EXPECT_TRUE(parsed.pattern) << pattern;
  return parsed.pattern && postcode_matches(*parsed.pattern, read_postcode(postcode, country));
}

// ---- Normalisation -----------------------------------------------------------------------

TEST(Postcode, NormalisingDropsSpacesPunctuationAndCase) {
  EXPECT_EQ(normalise_postcode(" ls1 4ap "), "LS14AP");
  EXPECT_EQ(normalise_postcode("90210-1234"), "902101234");
  EXPECT_EQ(normalise_postcode("\t"), "");
}

TEST(Postcode, UkPostcodesSplitIntoOutwardAndInwardCodes) {
  const Postcode typed = read_postcode("hs14ab", "GB");
  EXPECT_EQ(typed.outward, "HS1");
  EXPECT_EQ(typed.inward, "4AB");
  const Postcode spaced = read_postcode("ec1a 1bb", "GB");
  EXPECT_EQ(spaced.outward, "EC1A");
  EXPECT_EQ(spaced.inward, "1BB");
}

TEST(Postcode, ALoneOutwardCodeHasNoInwardPart) {
  const Postcode outward = read_postcode("KW15", "GB");
  EXPECT_EQ(outward.outward, "KW15");
  EXPECT_EQ(outward.inward, "");
}

// ---- Patterns ----------------------------------------------------------------------------

TEST(PostcodePattern, APrefixMatchesTheStartOutsideTheUk) {
  EXPECT_TRUE(holds("750", "75011", "FR"));
  EXPECT_FALSE(holds("750", "69001", "FR"));
}

TEST(PostcodePattern, AUkAreaMatchesOnlyThoseLetters) {
  EXPECT_TRUE(holds("B", "B1 1AA", "GB"));
  EXPECT_FALSE(holds("B", "BT1 1AA", "GB"));
  EXPECT_TRUE(holds("BT", "bt7 1nn", "GB"));
}

TEST(PostcodePattern, AUkDistrictIsNotAPrefixOfLongerDistricts) {
  EXPECT_TRUE(holds("KW1", "KW1 4AA", "GB"));
  EXPECT_FALSE(holds("KW1", "KW15 1AA", "GB"));
}

TEST(PostcodePattern, AUkDistrictCoversItsSubDistricts) {
  EXPECT_TRUE(holds("EC1", "EC1A 1BB", "GB"));
  EXPECT_TRUE(holds("EC1", "EC1M 6AA", "GB"));
}

TEST(PostcodePattern, AUkSectorMatchesTheStartOfTheInwardCode) {
  EXPECT_TRUE(holds("LS1 4", "LS1 4AP", "GB"));
  EXPECT_FALSE(holds("LS1 4", "LS1 5AP", "GB"));
}

TEST(PostcodePattern, AWildcardStandsForOneOrManyCharacters) {
  EXPECT_TRUE(holds("9?5*", "97501", "US"));
  EXPECT_FALSE(holds("9?5*", "97601", "US"));
  EXPECT_TRUE(holds("SW1*", "SW1A 2AA", "GB"));
  EXPECT_TRUE(holds("20*", "20000", "FR"));
  EXPECT_FALSE(holds("20*", "21000", "FR"));
}

TEST(PostcodePattern, AUkOutwardRangeHoldsTheDistrictsByNumber) {
  for (const char* inside : {"HS1 2AB", "HS5 1AA", "HS9 9ZZ"}) {
    EXPECT_TRUE(holds("HS1-HS9", inside, "GB")) << inside;
  }
  EXPECT_FALSE(holds("HS1-HS9", "HS10 1AA", "GB"));  // not a text prefix: HS10 > HS9
  EXPECT_FALSE(holds("HS1-HS9", "H1 1AA", "GB"));
  EXPECT_FALSE(holds("KW15-KW17", "KW1 4AA", "GB"));
  EXPECT_TRUE(holds("KW15-KW17", "KW17 2AB", "GB"));
}

TEST(PostcodePattern, AZip3RangeHoldsBothEnds) {
  EXPECT_TRUE(holds("995-999", "99501", "US"));
  EXPECT_TRUE(holds("995-999", "99999-1234", "US"));
  EXPECT_FALSE(holds("995-999", "99499", "US"));
  EXPECT_TRUE(holds("100-149", "10001", "US"));
  EXPECT_TRUE(holds("100-149", "14999", "US"));
  EXPECT_FALSE(holds("100-149", "15000", "US"));
}

TEST(PostcodePattern, AShortPostcodeIsOutsideALongerRange) {
  EXPECT_FALSE(holds("100-149", "10", "US"));
}

TEST(PostcodePattern, MalformedPatternsAreRefusedWithAReason) {
  EXPECT_EQ(parse_postcode_pattern("  ").error, PostcodePatternError::Empty);
  EXPECT_EQ(parse_postcode_pattern("1-2-3").error, PostcodePatternError::TwoHyphens);
  EXPECT_EQ(parse_postcode_pattern("1*-2*").error, PostcodePatternError::WildcardInRange);
  EXPECT_EQ(parse_postcode_pattern("1-99A").error, PostcodePatternError::RangeEndsDiffer);
  EXPECT_EQ(parse_postcode_pattern("200-100").error, PostcodePatternError::RangeBackwards);
  EXPECT_EQ(parse_postcode_pattern("HS9-HS1").error, PostcodePatternError::RangeBackwards);
}

// ---- Zones -------------------------------------------------------------------------------

TEST(ZoneMatch, TheFirstMatchingZoneWins) {
  const std::vector<Zone> zones = {zone("ni", {in("GB", {"BT"})}), zone("gb", {in("GB")}),
                                   zone("gb-again", {in("GB")})};
  EXPECT_EQ(zone_of(zones, to("GB", "BT7 1NN")), "ni");
  EXPECT_EQ(zone_of(zones, to("GB", "LS1 4AP")), "gb");
}

TEST(ZoneMatch, ARestOfWorldZoneTakesEveryOtherCountry) {
  const std::vector<Zone> zones = {zone("gb", {in("GB")}), zone("world", {in("*")})};
  EXPECT_EQ(zone_of(zones, to("GB")), "gb");
  EXPECT_EQ(zone_of(zones, to("JP")), "world");
}

TEST(ZoneMatch, WithoutARestOfWorldZoneOtherCountriesAreNotServed) {
  const std::vector<Zone> zones = {zone("gb", {in("GB")})};
  EXPECT_EQ(zone_of(zones, to("JP")), "(none)");
  EXPECT_EQ(zone_of(zones, to("")), "(none)");
}

TEST(ZoneMatch, ExcludedPostcodesFallThroughToALaterZone) {
  const std::vector<Zone> zones = {zone("mainland", {in("FR", {}, {"20*", "97-98"})}),
                                   zone("overseas", {in("FR")})};
  EXPECT_EQ(zone_of(zones, to("FR", "75011")), "mainland");
  EXPECT_EQ(zone_of(zones, to("FR", "20000")), "overseas");  // Corsica
  EXPECT_EQ(zone_of(zones, to("FR", "97400")), "overseas");  // Réunion
}

TEST(ZoneMatch, PostcodesAreNormalisedBeforeMatching) {
  const std::vector<Zone> zones = {zone("islands", {in("GB", {"HS1-HS9", "ze1"})}),
                                   zone("gb", {in("GB")})};
  EXPECT_EQ(zone_of(zones, to("GB", "  hs2 9ab")), "islands");
  EXPECT_EQ(zone_of(zones, to("GB", "ze1-0aa")), "islands");
  EXPECT_EQ(zone_of(zones, to("GB", "hs10 1aa")), "gb");
}

TEST(ZoneMatch, Zip3RangesPickTheUsZone) {
  const std::vector<Zone> zones = {zone("us-remote", {in("US", {"995-999", "967-968"})}),
                                   zone("us", {in("US")})};
  EXPECT_EQ(zone_of(zones, to("US", "96813")), "us-remote");
  EXPECT_EQ(zone_of(zones, to("US", "99501")), "us-remote");
  EXPECT_EQ(zone_of(zones, to("US", "10001")), "us");
}

TEST(ZoneMatch, RegionsAreComparedWithoutRegardToCase) {
  const std::vector<Zone> zones = {zone("quebec", {in("CA", {}, {}, {"QC"})}),
                                   zone("canada", {in("CA")})};
  EXPECT_EQ(zone_of(zones, to("CA", "", "qc")), "quebec");
  EXPECT_EQ(zone_of(zones, to("CA", "", "ON")), "canada");
}

TEST(ZoneMatch, AMissingPostcodeIsReportedAsUndecided) {
  const std::vector<Zone> zones = {zone("ni", {in("GB", {"BT"})}), zone("gb", {in("GB")})};
  const ZoneLookup found = find_zone(zones, to("GB"));
  ASSERT_NE(found.zone, nullptr);
  EXPECT_EQ(found.zone->id, "gb");
  EXPECT_TRUE(found.postcode_would_decide);
}

TEST(ZoneMatch, AnExclusionThatCannotBeCheckedLeavesTheAnswerUndecided) {
  const std::vector<Zone> zones = {zone("gb", {in("GB", {}, {"BT"})})};
  const ZoneLookup found = find_zone(zones, to("GB"));
  ASSERT_NE(found.zone, nullptr);
  EXPECT_TRUE(found.postcode_would_decide);
  EXPECT_FALSE(find_zone(zones, to("GB", "LS1 4AP")).postcode_would_decide);
}

TEST(ZoneMatch, AnyOfAZonesMatchesPutsTheDestinationInIt) {
  const std::vector<Zone> zones = {zone("eu", {in("FR"), in("DE"), in("NL")})};
  EXPECT_EQ(zone_of(zones, to("DE")), "eu");
  EXPECT_EQ(zone_of(zones, to("NL")), "eu");
  EXPECT_EQ(zone_of(zones, to("IT")), "(none)");
}

}  // namespace
}  // namespace od
