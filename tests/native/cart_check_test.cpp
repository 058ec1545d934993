// The cart check against the demo store (demo/store.json), changed per test where a finding
// needs a different configuration: each finding fires with its numbers, and stays silent when
// the cart gives it no reason to.
#include <gtest/gtest.h>

#include "api/engine.hpp"
#include "api/json_reader.hpp"
#include "support/demo_store.hpp"
#include "support/findings.hpp"

namespace od::api {
namespace {

using od::testing::demo_store;
using od::testing::findings;

json check(const json& config, const json& request) {
  Engine engine(config.dump());
  return json::parse(engine.check(request.dump()));
}

json cart_to(const std::string& country, const std::vector<json>& items) {
  return {{"now", "2026-11-24T10:00:00Z"},
          {"destination", {{"country", country}}},
          {"cart", {{"items", json(items)}}}};
}

json item(const std::string& sku, int qty) {
  return {{"sku", sku}, {"qty", qty}};
}

TEST(FreeShippingGap, NamesWhatIsMissingWhenWithinReach) {
  const auto f =
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 2)})), "free-shipping-gap");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "info");
  EXPECT_EQ(f[0]["data"]["threshold"], 5000);
  EXPECT_EQ(f[0]["data"]["remaining"], 1400);
  EXPECT_EQ(f[0]["data"]["subtotal"], 3600);
  EXPECT_EQ(f[0]["message"], "Add £14.00 more for free delivery.");
  EXPECT_EQ(f[0]["action"]["kind"], "add-to-cart");
  EXPECT_EQ(f[0]["action"]["amount"], 1400);
}

TEST(FreeShippingGap, StaysSilentWhenTheGapIsBeyondTheStoresReach) {
  // 5000 - 1800 = 3200 missing; the store shows gaps of at most 2000.
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 1)})), "free-shipping-gap")
          .empty());
}

TEST(FreeShippingGap, StaysSilentOnceTheThresholdIsReached) {
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 3)})), "free-shipping-gap")
          .empty());
}

TEST(CannotShip, NamesTheItemNoServiceTakesThereAndWhy) {
  const auto f =
      findings(check(demo_store(), cart_to("US", {item("PLANTER-XL", 1), item("MUG-SLATE", 2)})),
               "cannot-ship");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "blocker");
  EXPECT_EQ(f[0]["data"]["sku"], "PLANTER-XL");
  EXPECT_EQ(f[0]["data"]["reason"], "cannot-ship-to");
  EXPECT_EQ(f[0]["data"]["services"][0]["service"], "international");
  EXPECT_EQ(f[0]["action"]["kind"], "remove-item");
  EXPECT_EQ(f[0]["message"],
            "Garden planter cannot be delivered to US: the store does not send it there.");
}

TEST(CannotShip, SaysSoForTheWholeCartWhereTheStoreDoesNotDeliver) {
  const auto f =
      findings(check(demo_store(), cart_to("JP", {item("MUG-SLATE", 1)})), "cannot-ship");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["scope"], "cart");
  EXPECT_EQ(f[0]["data"]["reason"], "destination-not-served");
}

TEST(CannotShip, StaysSilentWhenEveryItemHasAnOption) {
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("US", {item("MUG-SLATE", 2)})), "cannot-ship").empty());
}

TEST(OverStock, CountsEveryLineOfTheSameItemAgainstTheStock) {
  const auto f =
      findings(check(demo_store(), cart_to("GB", {item("MUG-MOSS", 10), item("MUG-MOSS", 3)})),
               "over-stock");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["qty"], 13);
  EXPECT_EQ(f[0]["data"]["available"], 12);
  EXPECT_EQ(f[0]["data"]["reason"], "stock");
  EXPECT_EQ(f[0]["action"]["kind"], "set-quantity");
  EXPECT_EQ(f[0]["action"]["qty"], 12);
}

TEST(OverStock, AppliesThePerOrderLimit) {
  const auto f =
      findings(check(demo_store(), cart_to("GB", {item("BOWL-RAMEN", 9)})), "over-stock");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["available"], 8);
  EXPECT_EQ(f[0]["data"]["reason"], "limit");
  EXPECT_EQ(f[0]["message"], "You can order at most 8 of Ramen bowl.");
}

TEST(OverStock, StaysSilentForAnItemDueBackInStock) {
  // The teapot has no stock but a restock date: extra units are a backorder, not a refusal.
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("GB", {item("TEAPOT-LARGE", 3), item("MUG-MOSS", 12)})),
               "over-stock")
          .empty());
}

TEST(ShippingShareHigh, ComparesTheCheapestDeliveryWithTheSubtotalAndNamesACheaperOption) {
  // A tea towel needs box M (2424 g by size, billed as 3 kg): 595 + 20 % tax = 714 on 1200.
  const auto f =
      findings(check(demo_store(), cart_to("GB", {item("TEA-TOWEL", 1)})), "shipping-share-high");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warning");
  EXPECT_EQ(f[0]["data"]["service"], "standard");
  EXPECT_EQ(f[0]["data"]["shipping"], 714);
  EXPECT_EQ(f[0]["data"]["subtotal"], 1200);
  EXPECT_EQ(f[0]["data"]["shareBasisPoints"], 5950);
  EXPECT_EQ(f[0]["data"]["limitBasisPoints"], 2500);
  EXPECT_EQ(f[0]["data"]["cheaperService"], "collect");
  EXPECT_EQ(f[0]["action"]["kind"], "switch-service");
  EXPECT_EQ(f[0]["action"]["service"], "collect");
}

TEST(ShippingShareHigh, UsesThePickedServiceAndTheConfiguredShare) {
  json store = demo_store();
  store["checks"]["shippingShareWarning"] = 100;  // only above the subtotal itself
  json request = cart_to("GB", {item("TEA-TOWEL", 1)});
  request["service"] = "express";  // 895 + 100 handling + 20 % tax = 1194 on 1200: 99.5 %
  EXPECT_TRUE(findings(check(store, request), "shipping-share-high").empty());
  store["checks"]["shippingShareWarning"] = 99;
  const auto f = findings(check(store, request), "shipping-share-high");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["shipping"], 1194);
  EXPECT_EQ(f[0]["data"]["shareBasisPoints"], 9950);
}

TEST(ShippingShareHigh, StaysSilentWhenShippingIsASmallShare) {
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 2)})), "shipping-share-high")
          .empty());
}

TEST(DutiesOnArrival, WarnsForAZoneWhereDutiesMayBeCharged) {
  const auto f =
      findings(check(demo_store(), cart_to("US", {item("MUG-SLATE", 1)})), "duties-on-arrival");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["country"], "US");
  EXPECT_EQ(f[0]["data"]["zone"], "us");
}

TEST(DutiesOnArrival, StaysSilentAtHome) {
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 1)})), "duties-on-arrival")
          .empty());
}

TEST(ReturnsSummary, IsAlwaysThereWithTheStoresTerms) {
  const auto f =
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 1)})), "returns-summary");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["days"], 30);
  EXPECT_EQ(f[0]["data"]["cost"], "shopper");
  EXPECT_EQ(f[0]["message"],
            "Return unused items within 30 days; faulty items are collected free.");
}

TEST(ReturnsSummary, IsBuiltFromTheTermsWithoutAStoreSummary) {
  json store = demo_store();
  store["returns"] = {{"days", 14}, {"cost", "fixed"}, {"costAmount", 450}};
  const auto f = findings(check(store, cart_to("GB", {item("MUG-SLATE", 1)})), "returns-summary");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["message"], "Returns accepted within 14 days for £4.50.");
}

TEST(ReturnsSummary, StaysSilentWithoutAPolicy) {
  json store = demo_store();
  store.erase("returns");
  EXPECT_TRUE(
      findings(check(store, cart_to("GB", {item("MUG-SLATE", 1)})), "returns-summary").empty());
}

TEST(ReturnsSummary, SaysWhenTheMessageIsTheStoresOwnWords) {
  const auto own =
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 1)})), "returns-summary");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0]["storeWritten"], true);
  json store = demo_store();
  store["returns"].erase("summary");
  const auto built =
      findings(check(store, cart_to("GB", {item("MUG-SLATE", 1)})), "returns-summary");
  ASSERT_EQ(built.size(), 1u);
  EXPECT_FALSE(built[0].contains("storeWritten"));
}

TEST(FindingNames, GiveTheStoresNamesOfItemsServicesAndZonesInTheRequestLanguage) {
  json request = cart_to("US", {item("PLANTER-XL", 1), item("MUG-SLATE", 1)});
  request["language"] = "de";
  const auto f = findings(check(demo_store(), request), "cannot-ship");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["names"]["items"]["PLANTER-XL"], "Gartenpflanzgefäß");
  EXPECT_TRUE(f[0]["names"].contains("zones"));
}

TEST(FindingNames, NameTheServiceAnActionSwitchesTo) {
  json request = cart_to("GB", {item("TEA-TOWEL", 1)});
  request["service"] = "express";
  const auto f = findings(check(demo_store(), request), "shipping-share-high");
  ASSERT_EQ(f.size(), 1u);
  const std::string to = f[0]["action"]["service"];
  EXPECT_EQ(f[0]["names"]["services"][to], "Collect from the studio");
  EXPECT_EQ(f[0]["names"]["services"]["express"], "Next-day delivery");
}

TEST(FindingNames, AreAbsentWhenTheFindingNamesNothing) {
  const auto f =
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 1)})), "returns-summary");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0].contains("names"));
}

TEST(CheckRequest, ReportsAnUnknownServiceAtItsPointer) {
  json request = cart_to("GB", {item("MUG-SLATE", 1)});
  request["service"] = "pigeon";
  const json result = check(demo_store(), request);
  EXPECT_FALSE(result["ok"]);
  EXPECT_EQ(result["errors"][0]["path"], "/service");
}

TEST(CheckRequest, ReportsABadNeededByDateAndAMissingCart) {
  const json result =
      check(demo_store(), {{"now", "2026-11-24T10:00:00Z"}, {"neededBy", "2026-02-30"}});
  EXPECT_FALSE(result["ok"]);
  ASSERT_EQ(result["errors"].size(), 2u);
  EXPECT_EQ(result["errors"][0]["path"], "/cart");
  EXPECT_EQ(result["errors"][1]["path"], "/neededBy");
}

TEST(CheckRequest, WithoutADestinationChecksStockAndSaysADestinationIsNeeded) {
  const json result =
      check(demo_store(), {{"now", "2026-11-24T10:00:00Z"},
                           {"cart", {{"items", json::array({item("MUG-MOSS", 20)})}}}});
  EXPECT_TRUE(result["destinationNeeded"]);
  EXPECT_EQ(findings(result, "over-stock").size(), 1u);
  EXPECT_TRUE(findings(result, "cannot-ship").empty());
}

// ---- needed-by-missed and backorder-delay (Tuesday 24 November 2026, 10:00 UTC) -------------

json needed_by(json request, const std::string& day) {
  request["neededBy"] = day;
  return request;
}

TEST(NeededByMissed, NamesTheServiceThatWouldMakeIt) {
  // Standard (Monday to Saturday, 1-3 days) promises Saturday 28th; Express Thursday 26th.
  const auto f =
      findings(check(demo_store(), needed_by(cart_to("GB", {item("MUG-SLATE", 1)}), "2026-11-26")),
               "needed-by-missed");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warning");
  EXPECT_EQ(f[0]["data"]["service"], "standard");
  EXPECT_EQ(f[0]["data"]["promisedBy"], "2026-11-28");
  EXPECT_EQ(f[0]["data"]["fasterService"], "express");
  EXPECT_EQ(f[0]["data"]["fasterBy"], "2026-11-26");
  EXPECT_EQ(f[0]["action"]["kind"], "switch-service");
  EXPECT_EQ(f[0]["message"],
            "Standard delivery arrives by Saturday 28 November, after Thursday 26 November when "
            "you need it. Next-day delivery arrives by Thursday 26 November.");
}

TEST(NeededByMissed, HasNoActionWhenNoServiceMakesIt) {
  const auto f =
      findings(check(demo_store(), needed_by(cart_to("GB", {item("MUG-SLATE", 1)}), "2026-11-25")),
               "needed-by-missed");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_FALSE(f[0]["data"].contains("fasterService"));
  EXPECT_FALSE(f[0].contains("action"));
}

TEST(NeededByMissed, StaysSilentWhenThePromiseMakesIt) {
  EXPECT_TRUE(
      findings(check(demo_store(), needed_by(cart_to("GB", {item("MUG-SLATE", 1)}), "2026-12-10")),
               "needed-by-missed")
          .empty());
}

TEST(BackorderDelay, SaysHowLongOneLineHoldsTheOrderBackAndOffersASplit) {
  const auto f =
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 1), item("TEAPOT-LARGE", 1)})),
               "backorder-delay");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["data"]["sku"], "TEAPOT-LARGE");
  EXPECT_EQ(f[0]["data"]["withoutItBy"], "2026-11-28");
  EXPECT_EQ(f[0]["data"]["promisedBy"], "2026-12-18");
  EXPECT_EQ(f[0]["data"]["delayDays"], 20);
  EXPECT_EQ(f[0]["action"]["kind"], "split-shipment");
}

TEST(BackorderDelay, StaysSilentWhenEverythingIsInStock) {
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("GB", {item("MUG-SLATE", 1), item("BOWL-RAMEN", 1)})),
               "backorder-delay")
          .empty());
}

TEST(BackorderDelay, StaysSilentForASingleLine) {
  EXPECT_TRUE(
      findings(check(demo_store(), cart_to("GB", {item("TEAPOT-LARGE", 1)})), "backorder-delay")
          .empty());
}

}  // namespace
}  // namespace od::api
