#include <gtest/gtest.h>

#include "api/config/config_parser.hpp"
#include "api/engine.hpp"
#include "support/config_errors.hpp"
#include "support/test_files.hpp"

namespace od::api {
namespace {

using od::testing::config_errors;
using od::testing::config_text_errors;
using od::testing::has_error_at;
using od::testing::json_files_under;
using od::testing::read_text_file;
using od::testing::source_path;

std::string describe(const Errors& errors) {
  std::string out;
  for (const auto& e : errors) out += "  " + e.path + ": " + e.message + "\n";
  return out;
}

const char* kMinimal = R"({
  "store": {"name": "S", "currency": "GBP", "timeZone": "Europe/London", "country": "GB"},
  "origins": [{"id": "o", "country": "GB", "timeZone": "Europe/London"}],
  "zones": [{"id": "z", "match": [{"country": "GB"}]}],
  "services": [{"id": "s", "name": "S", "rates": [{"zone": "z", "rules": [{"kind": "flat", "amount": 100}]}]}]
})";

json minimal() {
  return json::parse(kMinimal);
}

class ValidConfig : public ::testing::TestWithParam<std::string> {};

TEST_P(ValidConfig, ParsesWithoutErrors) {
  const auto errors = config_text_errors(read_text_file(source_path(GetParam())));
  EXPECT_TRUE(errors.empty()) << describe(errors);
}

std::vector<std::string> valid_configs() {
  auto files = json_files_under("tests/configs/valid");
  files.push_back("demo/store.json");
  return files;
}

INSTANTIATE_TEST_SUITE_P(Examples, ValidConfig, ::testing::ValuesIn(valid_configs()),
                         od::testing::FileTestName());

class InvalidConfig : public ::testing::TestWithParam<std::string> {};

TEST_P(InvalidConfig, ReportsAnErrorAtEveryExpectedPath) {
  const json example = json::parse(read_text_file(source_path(GetParam())));
  const auto errors = config_errors(example.at("config"));
  ASSERT_FALSE(errors.empty()) << example.at("description");
  for (const auto& path : example.at("errorPaths")) {
    EXPECT_TRUE(has_error_at(errors, path.get<std::string>()))
        << "no error at " << path << "; got:\n"
        << describe(errors);
  }
  for (const auto& e : errors) EXPECT_FALSE(e.message.empty()) << e.path;
}

INSTANTIATE_TEST_SUITE_P(Examples, InvalidConfig,
                         ::testing::ValuesIn(json_files_under("tests/configs/invalid")),
                         od::testing::FileTestName());

TEST(ConfigParser, MalformedJsonIsOneErrorAtTheRoot) {
  const auto errors = config_text_errors(R"({"store": {"name": "S",})");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "");
  EXPECT_NE(errors[0].message.find("not valid JSON"), std::string::npos);
}

TEST(ConfigParser, UnknownKeyMessageNamesTheKeyAndTheAllowedOnes) {
  auto config = minimal();
  config["store"]["colour"] = "blue";
  const auto errors = config_errors(config);
  ASSERT_EQ(errors.size(), 1u) << describe(errors);
  EXPECT_EQ(errors[0].path, "/store/colour");
  EXPECT_NE(errors[0].message.find("\"colour\""), std::string::npos);
  EXPECT_NE(errors[0].message.find("currency"), std::string::npos);
}

TEST(ConfigParser, KeysWithSlashAndTildeAreEscapedInThePointer) {
  auto config = minimal();
  config["store"]["a/b~c"] = 1;
  const auto errors = config_errors(config);
  EXPECT_TRUE(has_error_at(errors, "/store/a~1b~0c")) << describe(errors);
}

TEST(ConfigParser, DuplicateIdsAreReportedAtTheSecondEntry) {
  auto config = minimal();
  config["zones"].push_back(config["zones"][0]);
  const auto errors = config_errors(config);
  EXPECT_TRUE(has_error_at(errors, "/zones/1/id")) << describe(errors);
}

TEST(ConfigParser, ARateForAnUnknownZoneIsReported) {
  auto config = minimal();
  config["services"][0]["rates"][0]["zone"] = "mars";
  const auto errors = config_errors(config);
  EXPECT_TRUE(has_error_at(errors, "/services/0/rates/0/zone")) << describe(errors);
}

TEST(ConfigParser, ServiceOriginMustExist) {
  auto config = minimal();
  config["services"][0]["origin"] = "attic";
  EXPECT_TRUE(has_error_at(config_errors(config), "/services/0/origin"));
}

TEST(ConfigParser, BoxMaxWeightMustExceedItsEmptyWeight) {
  auto config = minimal();
  config["boxes"] =
      json::parse(R"([{"id":"B","inner":[100,100,100],"emptyWeight":500,"maxWeight":500}])");
  EXPECT_TRUE(has_error_at(config_errors(config), "/boxes/0/maxWeight"));
}

TEST(ConfigParser, BoxOutsideCannotBeSmallerThanInside) {
  auto config = minimal();
  config["boxes"] =
      json::parse(R"([{"id":"B","inner":[100,100,100],"outer":[90,110,110],"maxWeight":500}])");
  EXPECT_TRUE(has_error_at(config_errors(config), "/boxes/0/outer/0"));
}

TEST(ConfigParser, TiersMustIncrease) {
  auto config = minimal();
  config["services"][0]["rates"][0]["rules"] = json::parse(
      R"([{"kind":"weight","tiers":[{"upTo":2000,"amount":300},{"upTo":1000,"amount":500}]}])");
  EXPECT_TRUE(has_error_at(config_errors(config), "/services/0/rates/0/rules/0/tiers/1/upTo"));
}

TEST(ConfigParser, HugeNumbersAreRejectedNotWrapped) {
  auto config = minimal();
  config["services"][0]["rates"][0]["rules"][0]["amount"] = 18446744073709551615ull;
  EXPECT_TRUE(has_error_at(config_errors(config), "/services/0/rates/0/rules/0/amount"));
}

TEST(ConfigParser, TaxRateWithMoreThanTwoDecimalsIsRejected) {
  auto config = minimal();
  config["zones"][0]["tax"] = json::parse(R"({"rate": 8.125})");
  EXPECT_TRUE(has_error_at(config_errors(config), "/zones/0/tax/rate"));
}

TEST(ConfigParser, DatesThatDoNotExistAreRejected) {
  for (const char* day : {"2027-02-29", "2026-04-31", "2100-02-29"}) {
    auto config = minimal();
    config["origins"][0]["closures"] = json::array({day});
    EXPECT_TRUE(has_error_at(config_errors(config), "/origins/0/closures/0")) << day;
  }
}

TEST(ConfigParser, LeapDayIsAcceptedInALeapYear) {
  auto config = minimal();
  config["origins"][0]["closures"] = json::array({"2028-02-29"});
  EXPECT_TRUE(config_errors(config).empty());
}

TEST(ConfigParser, SlotPastMidnightEndsOnTheNextDay) {
  auto config = minimal();
  config["contact"] = json::parse(
      R"({"channels":[{"id":"p","type":"phone","address":"+1","hours":{"fri":[["20:00","02:00"]]}}]})");
  Errors errors;
  const StoreConfig parsed = parse_store_config(config, errors);
  ASSERT_TRUE(errors.empty()) << describe(errors);
  const auto& friday = parsed.contact.channels[0].weekly[4];
  ASSERT_EQ(friday.size(), 1u);
  EXPECT_EQ(friday[0].start, 20 * 60);
  EXPECT_EQ(friday[0].end, 26 * 60);
}

TEST(ConfigParser, ChannelsDefaultToTheStoreTimeZone) {
  auto config = minimal();
  config["contact"] =
      json::parse(R"({"channels":[{"id":"e","type":"email","address":"a@b.example"}]})");
  Errors errors;
  const StoreConfig parsed = parse_store_config(config, errors);
  ASSERT_TRUE(errors.empty()) << describe(errors);
  EXPECT_EQ(parsed.contact.channels[0].time_zone, "Europe/London");
}

TEST(ConfigParser, CurrencyDigitsFollowIso4217) {
  for (auto [code, digits] : {std::pair{"JPY", 0}, {"GBP", 2}, {"KWD", 3}}) {
    auto config = minimal();
    config["store"]["currency"] = code;
    Errors errors;
    const StoreConfig parsed = parse_store_config(config, errors);
    EXPECT_EQ(parsed.store.currency_digits, digits) << code;
  }
}

TEST(ConfigParser, PerLanguageTextsPickTheRequestedLanguageThenTheDefault) {
  auto config = minimal();
  config["store"]["name"] = json::parse(R"({"en": "Pottery", "de": "Töpferei"})");
  Errors errors;
  const StoreConfig parsed = parse_store_config(config, errors);
  EXPECT_EQ(parsed.store.name.in("de-AT"), "Töpferei");
  EXPECT_EQ(parsed.store.name.in("fr"), "Pottery");
}

}  // namespace
}  // namespace od::api
