// The store audit against the demo store (demo/store.json) and changes of it: each finding
// fires with its evidence and stays silent where the store gives it no cause. The demo store's
// one deliberate flaw, per-item international rates without a cap, is what the audit finds.
#include <gtest/gtest.h>

#include "api/engine.hpp"
#include "api/json_reader.hpp"
#include "support/demo_store.hpp"
#include "support/findings.hpp"

namespace od::api {
namespace {

using od::testing::demo_store;
using od::testing::findings;

json audit(const json& config) {
  Engine engine(config.dump());
  const json result = json::parse(engine.audit());
  EXPECT_TRUE(result.value("ok", false)) << result.dump();
  return result;
}

TEST(StoreAudit, FindsOnlyTheDemoStoresDeliberateFlaw) {
  const json result = audit(demo_store());
  ASSERT_EQ(result["findings"].size(), 2u) << result.dump();
  for (const json& f : result["findings"]) EXPECT_EQ(f["id"], "per-item-overcharge");
}

TEST(PerItemOvercharge, QuantifiesWhatUnitsAddOverTheParcelsTheyShipIn) {
  const auto f = findings(audit(demo_store()), "per-item-overcharge");
  ASSERT_EQ(f.size(), 2u);
  // Ireland: 695 + 495 per extra unit; ten mugs pack into one box, which as one parcel is 695.
  EXPECT_EQ(f[0]["data"]["service"], "international");
  EXPECT_EQ(f[0]["data"]["zone"], "ie");
  EXPECT_EQ(f[0]["data"]["units"], 10);
  EXPECT_EQ(f[0]["data"]["parcels"], 1);
  EXPECT_EQ(f[0]["data"]["charged"], 5150);
  EXPECT_EQ(f[0]["data"]["perParcel"], 695);
  EXPECT_EQ(f[0]["data"]["overcharge"], 4455);
  EXPECT_EQ(f[0]["data"]["carts"].size(), 10u);
  EXPECT_EQ(f[0]["data"]["carts"][1]["overcharge"], 495);
  EXPECT_EQ(f[0]["path"], "/services/3/rates/0/rules/0");
  EXPECT_NE(f[0]["fix"].get<std::string>().find("perParcel"), std::string::npos);
  // The band the suggested per-parcel price covers: the heaviest box's load (box L).
  EXPECT_EQ(f[0]["data"]["parcelUpTo"], 20000);
  EXPECT_EQ(f[0]["names"]["services"]["international"], "International tracked");
  // Europe: 895 + 695 per extra unit.
  EXPECT_EQ(f[1]["data"]["zone"], "eu");
  EXPECT_EQ(f[1]["data"]["overcharge"], 6255);
}

TEST(PerItemOvercharge, StaysSilentWhenACapHoldsTheChargeToOneParcel) {
  json store = demo_store();
  store["services"][3]["rates"][0]["rules"][0]["cap"] = 695;
  store["services"][3]["rates"][1]["rules"][0]["cap"] = 895;
  EXPECT_TRUE(findings(audit(store), "per-item-overcharge").empty());
}

TEST(PerItemOvercharge, StaysSilentForWeightAndParcelPricing) {
  json store = demo_store();
  store["services"][3]["rates"][0]["rules"] = json::array(
      {{{"kind", "perParcel"}, {"tiers", json::array({{{"upTo", 20000}, {"amount", 695}}})}}});
  store["services"][3]["rates"][1]["rules"] = json::array(
      {{{"kind", "weight"}, {"tiers", json::array({{{"upTo", 30000}, {"amount", 895}}})}}});
  EXPECT_TRUE(findings(audit(store), "per-item-overcharge").empty());
}

TEST(UncoveredDestination, NamesACountrySoldToWithoutAZone) {
  json store = demo_store();
  store["store"]["sellsTo"].push_back("JP");
  const auto f = findings(audit(store), "uncovered-destination");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "blocker");
  EXPECT_EQ(f[0]["data"]["country"], "JP");
  EXPECT_EQ(f[0]["data"]["reason"], "no-zone");
  EXPECT_EQ(f[0]["path"], "/store/sellsTo/7");
}

TEST(UncoveredDestination, NamesACountryWhoseZoneHasNoRate) {
  json store = demo_store();
  store["services"][3]["rates"].erase(2);  // the US rate
  const auto f = findings(audit(store), "uncovered-destination");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["country"], "US");
  EXPECT_EQ(f[0]["data"]["reason"], "no-rate");
}

TEST(UncoveredDestination, StaysSilentWhenEveryCountryHasAService) {
  EXPECT_TRUE(findings(audit(demo_store()), "uncovered-destination").empty());
}

TEST(ItemFitsNoBox, NamesAnItemLargerThanEveryBox) {
  json store = demo_store();
  store["catalogue"].push_back({{"sku", "SCREEN"},
                                {"name", "Folding screen"},
                                {"price", 30000},
                                {"weight", 9000},
                                {"dims", {1200, 500, 40}}});
  const auto f = findings(audit(store), "item-fits-no-box");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["sku"], "SCREEN");
  EXPECT_EQ(f[0]["data"]["reason"], "too-large");
  EXPECT_EQ(f[0]["path"], "/catalogue/8");
}

TEST(ItemFitsNoBox, NamesAnItemHeavierThanEveryBoxTakes) {
  json store = demo_store();
  store["catalogue"].push_back(
      {{"sku", "ANVIL"}, {"price", 30000}, {"weight", 25000}, {"dims", {100, 100, 100}}});
  const auto f = findings(audit(store), "item-fits-no-box");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["reason"], "too-heavy");
  EXPECT_EQ(f[0]["data"]["heaviestLoad"], 19580);
}

TEST(ItemFitsNoBox, StaysSilentForItemsInTheirOwnPackaging) {
  // The planter is larger than box L but ships as it is.
  EXPECT_TRUE(findings(audit(demo_store()), "item-fits-no-box").empty());
}

TEST(SpeedWithoutDate, NamesARateWithoutTransitDays) {
  json store = demo_store();
  store["services"][1]["rates"][0].erase("transitDays");
  const auto f = findings(audit(store), "speed-without-date");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["service"], "express");
  EXPECT_EQ(f[0]["data"]["zone"], "uk");
  EXPECT_EQ(f[0]["path"], "/services/1/rates/0");
}

TEST(SpeedWithoutDate, StaysSilentWhenEveryRateHasTransitDays) {
  EXPECT_TRUE(findings(audit(demo_store()), "speed-without-date").empty());
}

TEST(NoReturnsPolicy, FiresWithoutAReturnsSection) {
  json store = demo_store();
  store.erase("returns");
  const auto f = findings(audit(store), "no-returns-policy");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warning");
  EXPECT_EQ(f[0]["path"], "/returns");
  EXPECT_FALSE(f[0]["fix"].get<std::string>().empty());
}

TEST(NoReturnsPolicy, StaysSilentWithAPolicy) {
  EXPECT_TRUE(findings(audit(demo_store()), "no-returns-policy").empty());
}

TEST(ReturnCostsUnstated, FiresWhenThePolicyDoesNotSayWhoPays) {
  json store = demo_store();
  store["returns"].erase("cost");
  const auto f = findings(audit(store), "return-costs-unstated");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["days"], 30);
  EXPECT_EQ(f[0]["path"], "/returns/cost");
}

TEST(ReturnCostsUnstated, StaysSilentWhenTheCostIsStated) {
  EXPECT_TRUE(findings(audit(demo_store()), "return-costs-unstated").empty());
}

TEST(SlowReplyPromise, FiresForAPromiseOfTwoBusinessDays) {
  json store = demo_store();
  store["contact"]["channels"][1]["reply"] = {{"businessDays", 2}};
  const auto f = findings(audit(store), "slow-reply-promise");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["channel"], "email");
  EXPECT_EQ(f[0]["data"]["businessDayMinutes"], 510);  // 09:00-17:30
  EXPECT_EQ(f[0]["data"]["promiseMinutes"], 1020);
  EXPECT_EQ(f[0]["path"], "/contact/channels/1/reply");
}

TEST(SlowReplyPromise, FiresForBusinessHoursBeyondTheLongestDay) {
  json store = demo_store();
  store["contact"]["channels"][2]["reply"] = {{"businessHours", 9}};
  const auto f = findings(audit(store), "slow-reply-promise");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["channel"], "form");
  EXPECT_EQ(f[0]["data"]["promiseMinutes"], 540);
}

TEST(SlowReplyPromise, StaysSilentForEightBusinessHoursInAnEightAndAHalfHourDay) {
  EXPECT_TRUE(findings(audit(demo_store()), "slow-reply-promise").empty());
}

TEST(NoHumanChannel, FiresWhenNoChannelIsAnsweredByAPerson) {
  json store = demo_store();
  for (json& c : store["contact"]["channels"]) c["human"] = false;
  const auto f = findings(audit(store), "no-human-channel");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["channels"], 3);
}

TEST(NoHumanChannel, StaysSilentWithOnePersonAnswering) {
  json store = demo_store();
  store["contact"]["channels"][0]["human"] = false;
  store["contact"]["channels"][1]["human"] = false;
  EXPECT_TRUE(findings(audit(store), "no-human-channel").empty());
}

TEST(NoContactHours, NamesTheChannelsWithoutHours) {
  json store = demo_store();
  store["contact"]["channels"][2].erase("hours");
  store["contact"]["channels"][2].erase("reply");
  const auto f = findings(audit(store), "no-contact-hours");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["count"], 1);
  EXPECT_EQ(f[0]["data"]["channels"][0]["channel"], "form");
  EXPECT_EQ(f[0]["path"], "/contact/channels/2");
}

TEST(NoContactHours, StaysSilentForAChannelOpenAroundTheClock) {
  json store = demo_store();
  store["contact"]["channels"][2].erase("hours");
  store["contact"]["channels"][2].erase("reply");
  store["contact"]["channels"][2]["alwaysOpen"] = true;
  EXPECT_TRUE(findings(audit(store), "no-contact-hours").empty());
}

}  // namespace
}  // namespace od::api
