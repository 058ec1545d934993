// The contact verb through the facade: fields, texts, errors.
#include <gtest/gtest.h>

#include "api/engine.hpp"
#include "api/json_reader.hpp"
#include "support/demo_store.hpp"

namespace od::api {
namespace {

using od::testing::demo_store_text;

json contact(const Engine& engine, const json& request) {
  return json::parse(engine.contact(request.dump()));
}

json config_with_channels(const char* channels) {
  json config = json::parse(R"({
    "store": {"name": "Kiln", "currency": "GBP", "timeZone": "Europe/London", "country": "GB"},
    "origins": [{"id": "o", "country": "GB", "timeZone": "Europe/London"}],
    "zones": [], "services": []})");
  config["contact"] = {{"channels", json::parse(channels)}};
  return config;
}

TEST(ContactVerb, EveryChannelIsListedInTheConfiguredOrder) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}});
  ASSERT_EQ(r["ok"], true) << r.dump();
  ASSERT_EQ(r["channels"].size(), 3u);
  EXPECT_EQ(r["channels"][0]["id"], "phone");
  EXPECT_EQ(r["channels"][2]["id"], "form");
}

TEST(ContactVerb, NowIsRequired) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, json::object());
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["errors"][0]["path"], "/now");
}

TEST(ContactVerb, AnUnknownAcknowledgementChannelIsAnError) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}, {"channel", "fax"}});
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["errors"][0]["path"], "/channel");
}

TEST(ContactVerb, AnUnknownRequestFieldIsReported) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}, {"shoperTimeZone", "UTC"}});
  EXPECT_EQ(r["ok"], false);
}

TEST(ContactVerb, ChannelLinksAreReadyToFollow) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}});
  EXPECT_EQ(r["channels"][0]["href"], "tel:+4414225550142");
  EXPECT_EQ(r["channels"][1]["href"],
            "mailto:hello@calderclayworks.example?subject=Question%20for%20Calder%20Clayworks");
  EXPECT_FALSE(r["channels"][2].contains("href"));
}

TEST(ContactVerb, TheAcknowledgementIsTheStoresTemplateInTheRequestLanguage) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}, {"language", "de-DE"}});
  EXPECT_EQ(r["acknowledgement"]["template"],
            "Danke, {name}. Eine Person antwortet bis {replyBy} (wir sind {hours} erreichbar).");
  EXPECT_EQ(r["acknowledgement"]["channel"], "form");
  EXPECT_EQ(r["acknowledgement"]["replyBy"], "2026-03-16T15:30:00Z");
  EXPECT_EQ(r["acknowledgement"]["hours"], "09:00\u201317:30");
}

TEST(ContactVerb, AReplyByWithSecondsIsRoundedUpToTheMinute) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:01Z"}});
  EXPECT_EQ(r["channels"][1]["replyBy"], "2026-03-16T15:31:00Z");
}

TEST(ContactVerb, ARoundTheClockChannelSaysSoInsteadOfANextChange) {
  const Engine engine(
      config_with_channels(R"([{"id":"bot","type":"chat","address":"/chat","alwaysOpen":true,
                               "human":false,"reply":{"minutes":5}}])")
          .dump());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}});
  const json& bot = r["channels"][0];
  EXPECT_EQ(bot["open"], true);
  EXPECT_EQ(bot["schedule"], "roundTheClock");
  EXPECT_FALSE(bot.contains("nextChange"));
  EXPECT_EQ(bot["nextChangeNote"], "Open round the clock.");
  EXPECT_EQ(bot["replyBy"], "2026-03-13T16:05:00Z");
  EXPECT_EQ(r["human"],
            "Replies come from an automated assistant; no channel reaches a person directly.");
}

TEST(ContactVerb, HolidaysSharedByChannelsAreOneNotice) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-12-20T12:00:00Z"}});
  const json& notices = r["notices"];
  const auto christmas = std::find_if(notices.begin(), notices.end(),
                                      [](const json& n) { return n["date"] == "2026-12-25"; });
  ASSERT_NE(christmas, notices.end());
  EXPECT_EQ((*christmas)["holiday"], "Christmas Day");
  EXPECT_EQ((*christmas)["channels"], json::array({"phone", "email", "form"}));
}

TEST(ContactVerb, AHolidayOnADayAlreadyClosedIsNoNotice) {
  const Engine engine(demo_store_text());
  // Boxing Day 2026 is a Saturday: the phone opens on Saturdays, e-mail does not.
  const json r = contact(engine, {{"now", "2026-12-20T12:00:00Z"}});
  for (const json& n : r["notices"]) {
    if (n["date"] == "2026-12-26") {
      EXPECT_EQ(n["channels"], json::array({"phone"}));
    }
  }
}

TEST(ContactVerb, TheReturnsSummaryIsBuiltWhenTheStoreWroteNone) {
  json config = config_with_channels("[]");
  config["returns"] = {{"days", 14}, {"cost", "free"}, {"cancellation", {{"untilDispatch", true}}}};
  const Engine engine(config.dump());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}});
  EXPECT_EQ(r["returns"]["summary"],
            "You can return items within 14 days; returns are free. You can cancel your order "
            "until it is dispatched.");
}

TEST(ContactVerb, WithoutAnEndpointTheFormFallsBackToEmail) {
  const Engine engine(config_with_channels(
                          R"([{"id":"e","type":"email","address":"a@b.example"},
                              {"id":"f","type":"form"}])")
                          .dump());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}});
  EXPECT_FALSE(r["form"].contains("endpoint"));
  EXPECT_EQ(r["form"]["mailto"], "a@b.example");
  EXPECT_EQ(r["form"]["subject"], "Question for Kiln");
}

TEST(ContactVerb, MarksTheEnginesDefaultTextsSoAPageCanPhraseThemItself) {
  json config = config_with_channels(
      R"([{"id":"e","type":"email","address":"a@b.example","human":true,
           "hours":{"mon":[["09:00","17:00"]]},"reply":{"businessHours":8}}])");
  config["returns"] = {{"days", 14}, {"cost", "free"}};
  const Engine engine(config.dump());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}});
  EXPECT_EQ(r["channels"][0]["labelDefault"], true);
  EXPECT_EQ(r["humanDefault"], true);
  EXPECT_EQ(r["returns"]["summaryDefault"], true);
  EXPECT_EQ(r["form"]["subjectDefault"], true);
  EXPECT_EQ(r["form"]["storeName"], "Kiln");
  EXPECT_EQ(r["acknowledgement"]["templateDefault"], true);
}

TEST(ContactVerb, TheStoresOwnTextsAreNotMarkedAsDefaults) {
  const Engine engine(demo_store_text());
  const json r = contact(engine, {{"now", "2026-03-13T16:00:00Z"}, {"language", "de"}});
  for (const json& channel : r["channels"]) EXPECT_FALSE(channel.contains("labelDefault"));
  EXPECT_FALSE(r.contains("humanDefault"));
  EXPECT_FALSE(r["returns"].contains("summaryDefault"));
  EXPECT_FALSE(r["acknowledgement"].contains("templateDefault"));
}

}  // namespace
}  // namespace od::api
