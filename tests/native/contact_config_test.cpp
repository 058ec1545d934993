// The contact and returns sections of the configuration: addresses that fit their channel, links
// that cannot run script, and settings that contradict each other.
#include <gtest/gtest.h>

#include "support/config_errors.hpp"

namespace od::api {
namespace {

using od::testing::config_errors;
using od::testing::has_error_at;

json minimal_with_contact(const char* contact) {
  json config = json::parse(R"({
    "store": {"name": "S", "currency": "GBP", "timeZone": "Europe/London", "country": "GB"},
    "origins": [{"id": "o", "country": "GB", "timeZone": "Europe/London"}],
    "zones": [], "services": []})");
  config["contact"] = json::parse(contact);
  return config;
}

TEST(ContactConfig, APhoneAddressMustBeANumber) {
  const auto errors = config_errors(
      minimal_with_contact(R"({"channels":[{"id":"p","type":"phone","address":"call Ruth"}]})"));
  EXPECT_TRUE(has_error_at(errors, "/contact/channels/0/address"));
}

TEST(ContactConfig, AChatLinkCannotRunScript) {
  const auto errors = config_errors(minimal_with_contact(
      R"j({"channels":[{"id":"c","type":"chat","address":"javascript:alert(1)"}]})j"));
  EXPECT_TRUE(has_error_at(errors, "/contact/channels/0/address"));
}

TEST(ContactConfig, AnEmailAddressCannotSmuggleMailtoFields) {
  const auto errors = config_errors(minimal_with_contact(
      R"({"channels":[{"id":"e","type":"email","address":"a@b.example?bcc=x@y.example"}]})"));
  EXPECT_TRUE(has_error_at(errors, "/contact/channels/0/address"));
}

TEST(ContactConfig, AFormNeedsNoAddress) {
  EXPECT_TRUE(
      config_errors(minimal_with_contact(R"({"channels":[{"id":"f","type":"form"}]})")).empty());
}

TEST(ContactConfig, TheEndpointMustBeAWebLink) {
  const auto errors = config_errors(minimal_with_contact(
      R"j({"endpoint":"javascript:void(0)","channels":[{"id":"f","type":"form"}]})j"));
  EXPECT_TRUE(has_error_at(errors, "/contact/endpoint"));
}

TEST(ContactConfig, AlwaysOpenAndWeeklyHoursContradictEachOther) {
  const auto errors = config_errors(minimal_with_contact(
      R"({"channels":[{"id":"c","type":"chat","address":"/chat","alwaysOpen":true,
          "hours":{"mon":[["09:00","17:00"]]}}]})"));
  EXPECT_TRUE(has_error_at(errors, "/contact/channels/0/hours"));
}

TEST(ContactConfig, AHolidayPlaceWithoutABuiltInCalendarIsReported) {
  const auto errors = config_errors(minimal_with_contact(
      R"({"channels":[{"id":"e","type":"email","address":"a@b.example","holidays":"GB-XYZ"}]})"));
  EXPECT_TRUE(has_error_at(errors, "/contact/channels/0/holidays"));
}

TEST(ContactConfig, AtMostThirtyTwoChannels) {
  json config = minimal_with_contact(R"({"channels":[]})");
  for (int i = 0; i < 33; ++i) {
    config["contact"]["channels"].push_back(
        {{"id", "e" + std::to_string(i)}, {"type", "email"}, {"address", "a@b.example"}});
  }
  EXPECT_TRUE(has_error_at(config_errors(config), "/contact/channels"));
}

TEST(ContactConfig, SubjectAndTimeZoneLabelAreReadByLanguage) {
  Errors errors;
  const StoreConfig parsed = parse_store_config(
      minimal_with_contact(R"({"subject":{"en":"Hello","de":"Hallo"},"timeZoneLabel":"UK time",
                              "channels":[{"id":"f","type":"form"}]})"),
      errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_EQ(parsed.contact.subject.in("de-AT"), "Hallo");
  EXPECT_EQ(parsed.contact.time_zone_label.in("fr"), "UK time");
}

TEST(ContactConfig, ReturnsLinksMustBeWebLinks) {
  json config = minimal_with_contact(R"({"channels":[]})");
  config["returns"] =
      json::parse(R"({"days":30,"url":"javascript:x","cancellation":{"url":"ftp://x"}})");
  const auto errors = config_errors(config);
  EXPECT_TRUE(has_error_at(errors, "/returns/url"));
  EXPECT_TRUE(has_error_at(errors, "/returns/cancellation/url"));
}

}  // namespace
}  // namespace od::api
