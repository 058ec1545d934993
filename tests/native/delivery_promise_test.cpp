// Delivery promises on a London store that dispatches Monday to Saturday (cutoff 14:00, Saturday
// 11:00), closed on English bank holidays and on 24 December, with 0-1 handling days
// (tests/configs/valid/promise-lanes.json).
#include <gtest/gtest.h>

#include "core/promise/delivery_promise.hpp"
#include "core/time/instant.hpp"
#include "support/quote_fixtures.hpp"

namespace od {
namespace {

using od::testing::config_file;
using od::testing::line_of;
using od::testing::to;

const StoreConfig& lanes() {
  static const StoreConfig config = config_file("tests/configs/valid/promise-lanes.json");
  return config;
}

StoreConfig with_split_shipments() {
  StoreConfig config = lanes();
  config.promise.split_shipments = true;
  return config;
}

DeliveryPromise promise(const std::string& now,
                        const std::vector<std::pair<std::string, int>>& items,
                        const Destination& destination = to("GB", "LS1 4AP", "ENG"),
                        const std::string& service = "standard",
                        const StoreConfig& config = lanes()) {
  std::vector<CartLine> lines;
  for (const auto& [sku, qty] : items) lines.push_back(line_of(config, sku, qty));
  return promise_delivery(config, *config.find_service(service), destination, lines,
                          *parse_instant(now));
}

std::string day(DayNumber d) {
  return format_day(d);
}

bool has_reason(const DeliveryPromise& p, ReasonKind kind, const std::string& date) {
  for (const PromiseReason& r : p.reasons) {
    if (r.kind == kind && day(r.day) == date) return true;
  }
  return false;
}

TEST(DeliveryPromise, OneSecondBeforeTheCutoffDispatchesToday) {
  const DeliveryPromise p = promise("2026-11-24T13:59:59Z", {{"MUG", 1}});  // Tuesday, GMT
  ASSERT_TRUE(p.promised());
  EXPECT_EQ(format_instant(p.order_by), "2026-11-24T14:00:00Z");
  EXPECT_EQ(day(p.dispatch), "2026-11-24");
  EXPECT_EQ(day(p.earliest), "2026-11-25");
  EXPECT_EQ(day(p.latest), "2026-11-27");  // 1 handling + 2 transit days
}

TEST(DeliveryPromise, AtTheCutoffTheOrderCountsFromTheNextDispatchDay) {
  const DeliveryPromise p = promise("2026-11-24T14:00:00Z", {{"MUG", 1}});
  ASSERT_TRUE(p.promised());
  EXPECT_EQ(format_instant(p.order_by), "2026-11-25T14:00:00Z");
  EXPECT_EQ(day(p.dispatch), "2026-11-25");
  EXPECT_TRUE(has_reason(p, ReasonKind::AfterCutoff, "2026-11-25"));
}

TEST(DeliveryPromise, CutoffsAreLondonWallClockInSummer) {
  const DeliveryPromise p = promise("2026-07-14T12:59:59Z", {{"MUG", 1}});  // 13:59:59 BST
  EXPECT_EQ(format_instant(p.order_by), "2026-07-14T13:00:00Z");
}

TEST(DeliveryPromise, SaturdayHasItsOwnEarlierCutoff) {
  const DeliveryPromise p = promise("2026-11-28T10:30:00Z", {{"MUG", 1}});
  EXPECT_EQ(format_instant(p.order_by), "2026-11-28T11:00:00Z");
  EXPECT_EQ(day(p.dispatch), "2026-11-28");
}

TEST(DeliveryPromise, FridayAfterTheCutoffWaitsForSaturdayDispatchAndMondayDelivery) {
  const DeliveryPromise p = promise("2026-11-27T15:00:00Z", {{"MUG", 1}});
  EXPECT_EQ(day(p.order_day), "2026-11-28");
  EXPECT_EQ(day(p.earliest), "2026-11-30");  // standard delivers Monday to Friday
  EXPECT_EQ(day(p.latest), "2026-12-02");    // dispatched Monday at the latest, then 2 days
}

TEST(DeliveryPromise, ZeroTransitDaysIsTheDispatchDayWhenTheCarrierDeliversThen) {
  StoreConfig config = lanes();
  config.services[0].rates[0].transit_days = DayRange{0, 0};
  const DeliveryPromise p =
      promise("2026-11-24T10:00:00Z", {{"MUG", 1}}, to("GB", "", "ENG"), "standard", config);
  EXPECT_EQ(day(p.earliest), "2026-11-24");
}

TEST(DeliveryPromise, ASaturdayServiceDeliversOnSaturday) {
  const DeliveryPromise p =
      promise("2026-11-27T10:00:00Z", {{"MUG", 1}}, to("GB", "", "ENG"), "saturday");
  EXPECT_EQ(day(p.earliest), "2026-11-28");
}

TEST(DeliveryPromise, AnOrderOnABankHolidayIsTakenTheNextDispatchDay) {
  // Monday 31 August 2026 is the Summer bank holiday in England.
  const DeliveryPromise p = promise("2026-08-31T09:00:00Z", {{"MUG", 1}});
  EXPECT_EQ(day(p.order_day), "2026-09-01");
  EXPECT_TRUE(has_reason(p, ReasonKind::DispatchHoliday, "2026-08-31"));
}

TEST(DeliveryPromise, ChristmasAndTheClosureOnChristmasEveAreSkipped) {
  // Wednesday 23 December after the cutoff: 24th closed, 25th and 28th bank holidays (26th is a
  // Saturday dispatch day but Boxing Day; its substitute is Monday 28th).
  const DeliveryPromise p = promise("2026-12-23T15:00:00Z", {{"MUG", 1}});
  EXPECT_EQ(day(p.order_day), "2026-12-29");
  EXPECT_TRUE(has_reason(p, ReasonKind::DispatchClosure, "2026-12-24"));
  EXPECT_TRUE(has_reason(p, ReasonKind::DispatchHoliday, "2026-12-25"));
}

TEST(DeliveryPromise, NewYearsDayHoldsDeliveriesBack) {
  const DeliveryPromise p = promise("2026-12-30T10:00:00Z", {{"MUG", 1}});
  EXPECT_EQ(day(p.earliest), "2026-12-31");
  EXPECT_EQ(day(p.latest), "2027-01-05");  // dispatched 31st at the latest; 1 Jan a holiday
  EXPECT_TRUE(has_reason(p, ReasonKind::DeliveryHoliday, "2027-01-01"));
}

TEST(DeliveryPromise, EasterMondayDelaysTheOrigin) {
  // Good Friday 2027-03-26 and Easter Monday 2027-03-29 in England.
  const DeliveryPromise p = promise("2027-03-25T15:00:00Z", {{"MUG", 1}});
  EXPECT_EQ(day(p.order_day), "2027-03-27");  // Saturday dispatch
  EXPECT_TRUE(has_reason(p, ReasonKind::DispatchHoliday, "2027-03-26"));
}

TEST(DeliveryPromise, TheDaylightSavingDayAtTheOriginKeepsTheWallClockCutoff) {
  // Sunday 29 March 2026 the clocks go forward; Monday's 14:00 is 13:00 UTC.
  const DeliveryPromise p = promise("2026-03-28T12:00:00Z", {{"MUG", 1}});
  EXPECT_EQ(format_instant(p.order_by), "2026-03-30T13:00:00Z");
}

TEST(DeliveryPromise, ADestinationHolidayTheOriginDoesNotHaveDelaysDelivery) {
  // Ireland: St Patrick's Day, Tuesday 17 March 2026, is not a holiday in England.
  const DeliveryPromise p = promise("2026-03-13T10:00:00Z", {{"MUG", 1}}, to("IE"));
  EXPECT_TRUE(has_reason(p, ReasonKind::DeliveryHoliday, "2026-03-17"));
  EXPECT_EQ(day(p.latest), "2026-03-20");  // dispatch Sat 14 at the latest; Mon 16, Wed-Fri
}

TEST(DeliveryPromise, ABackorderedItemWaitsForItsRestockDate) {
  const DeliveryPromise p = promise("2026-11-24T10:00:00Z", {{"TEAPOT", 1}});
  EXPECT_EQ(day(p.dispatch), "2026-12-14");
  EXPECT_TRUE(has_reason(p, ReasonKind::Backorder, "2026-12-14"));
}

TEST(DeliveryPromise, AMadeToOrderItemAddsItsMakingDays) {
  const DeliveryPromise p = promise("2026-11-24T10:00:00Z", {{"DINNER-SET", 1}});
  EXPECT_EQ(day(p.dispatch), "2026-12-05");  // 10 dispatch days after Tuesday 24th
}

TEST(DeliveryPromise, ACartTakesItsSlowestLine) {
  const DeliveryPromise p = promise("2026-11-24T10:00:00Z", {{"MUG", 2}, {"TEAPOT", 1}});
  EXPECT_EQ(day(p.dispatch), "2026-12-14");
  EXPECT_EQ(p.shipments.size(), 1u);
}

TEST(DeliveryPromise, SplitShipmentsGiveOnePromisePerReadyDay) {
  const StoreConfig config = with_split_shipments();
  const DeliveryPromise p = promise("2026-11-24T10:00:00Z", {{"MUG", 2}, {"TEAPOT", 1}},
                                    to("GB", "", "ENG"), "standard", config);
  ASSERT_EQ(p.shipments.size(), 2u);
  EXPECT_EQ(day(p.shipments[0].dispatch), "2026-11-24");
  EXPECT_EQ(day(p.shipments[1].dispatch), "2026-12-14");
  EXPECT_EQ(day(p.latest), day(p.shipments[1].latest));
}

TEST(DeliveryPromise, AShopperAcrossTheDateLineGetsTheStoresDates) {
  // 09:00 Wednesday in Auckland is 20:00 Tuesday in London: after Tuesday's cutoff.
  const DeliveryPromise p = promise("2026-11-24T20:00:00Z", {{"MUG", 1}}, to("NZ"));
  EXPECT_EQ(day(p.order_day), "2026-11-25");
  EXPECT_EQ(format_instant(p.order_by), "2026-11-25T14:00:00Z");
}

TEST(DeliveryPromise, WithoutTransitDaysNothingIsPromised) {
  EXPECT_EQ(promise("2026-11-24T10:00:00Z", {{"MUG", 1}}, to("US")).outcome,
            PromiseOutcome::NoTransitDays);
}

TEST(DeliveryPromise, AServiceThatDoesNotGoThereSaysSo) {
  EXPECT_EQ(promise("2026-11-24T10:00:00Z", {{"MUG", 1}}, to("IE"), "saturday").outcome,
            PromiseOutcome::NotByService);
}

TEST(DeliveryPromise, ADestinationOutsideEveryZoneHasNoPromise) {
  EXPECT_EQ(promise("2026-11-24T10:00:00Z", {{"MUG", 1}}, to("JP")).outcome,
            PromiseOutcome::NoZone);
}

TEST(DeliveryPromise, AnOriginWithoutCutoffsPromisesNothing) {
  StoreConfig config = lanes();
  for (auto& c : config.origins[0].cutoff) c.reset();
  EXPECT_EQ(promise("2026-11-24T10:00:00Z", {{"MUG", 1}}, to("GB", "", "ENG"), "standard", config)
                .outcome,
            PromiseOutcome::NoCutoffs);
}

TEST(DeliveryPromise, ConfidenceIsTheStoresTarget) {
  EXPECT_DOUBLE_EQ(promise("2026-11-24T10:00:00Z", {{"MUG", 1}}).confidence, 0.95);
}

}  // namespace
}  // namespace od
