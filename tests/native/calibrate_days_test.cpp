#include <gtest/gtest.h>

#include "core/calibrate/lane_calendars_for_history.hpp"
#include "core/calibrate/shipment_days.hpp"
#include "core/time/instant.hpp"
#include "support/shipment_history.hpp"
#include "support/time_literals.hpp"

namespace od {
namespace {

using testing::at;

struct Lane {
  StoreConfig config = testing::history_store();
  const Origin& origin() const { return config.origins.front(); }
  const TimeZone& zone() const { return *find_time_zone(origin().time_zone); }
  BusinessCalendar dispatch() const { return *history_dispatch_calendar(origin()); }
};

TEST(ShipmentDays, AnOrderBeforeTheCutoffIsAcceptedThatDay) {
  Lane lane;
  // Friday 13:59 -> shipped Monday: one dispatch day of handling.
  EXPECT_EQ(handling_business_days(lane.origin(), lane.zone(), lane.dispatch(),
                                   at("2026-11-06T13:59:00Z"), at("2026-11-09T10:00:00Z")),
            1);
}

TEST(ShipmentDays, AnOrderAfterTheCutoffIsAcceptedOnTheNextDispatchDay) {
  Lane lane;
  EXPECT_EQ(handling_business_days(lane.origin(), lane.zone(), lane.dispatch(),
                                   at("2026-11-06T14:00:00Z"), at("2026-11-09T10:00:00Z")),
            0);
  EXPECT_EQ(acceptance_day(lane.origin(), lane.zone(), lane.dispatch(), at("2026-11-07T10:00:00Z")),
            days_from_civil({2026, 11, 9}));
}

TEST(ShipmentDays, ShippingBeforeTheAcceptanceDayCountsNoHandling) {
  Lane lane;
  EXPECT_EQ(handling_business_days(lane.origin(), lane.zone(), lane.dispatch(),
                                   at("2026-11-06T15:00:00Z"), at("2026-11-06T17:00:00Z")),
            0);
}

TEST(ShipmentDays, TransitSkipsTheCarriersHolidays) {
  Service service = testing::history_store().services.front();
  service.carrier_holidays.code = "GB-ENG";
  const auto delivery = history_delivery_calendar(service, "GB");
  ASSERT_TRUE(delivery);
  // Thursday before Easter -> Tuesday after: Good Friday and Easter Monday are closed.
  EXPECT_EQ(transit_business_days(*find_time_zone("UTC"), *delivery, at("2026-04-02T16:00:00Z"),
                                  days_from_civil({2026, 4, 7})),
            1);
}

TEST(ShipmentDays, TransitSkipsTheDestinationsPublicHolidays) {
  const Service service = testing::history_store().services.front();
  const auto delivery = history_delivery_calendar(service, "FR");
  ASSERT_TRUE(delivery);
  // 2026-11-11 (Armistice Day, a Wednesday) is closed in France: Tue -> Thu is one day.
  EXPECT_EQ(transit_business_days(*find_time_zone("UTC"), *delivery, at("2026-11-10T16:00:00Z"),
                                  days_from_civil({2026, 11, 12})),
            1);
}

TEST(ShipmentDays, TheDeliveryDayIsTheDayAsWrittenWithItsOffset) {
  const auto written = parse_written_instant("2026-11-03T23:30:00-05:00");
  ASSERT_TRUE(written);
  EXPECT_EQ(written->instant, at("2026-11-04T04:30:00Z"));
  EXPECT_EQ(written->written_day(), days_from_civil({2026, 11, 3}));
  EXPECT_EQ(parse_written_instant("2026-11-03T10:00:00Z")->offset_seconds, 0);
  EXPECT_EQ(parse_written_instant("2026-11-03T10:00:00+05:30")->offset_seconds, 19800);
  EXPECT_FALSE(parse_written_instant("2026-11-03").has_value());
}

TEST(ShipmentDays, SameDayDeliveryIsZeroTransitDays) {
  const auto delivery = history_delivery_calendar(testing::history_store().services.front(), "GB");
  EXPECT_EQ(transit_business_days(*find_time_zone("UTC"), *delivery, at("2026-11-10T08:00:00Z"),
                                  days_from_civil({2026, 11, 10})),
            0);
}

TEST(ShipmentDays, TheWarehouseDayIsLocalToTheOrigin) {
  Lane lane;
  lane.config.origins.front().time_zone = "Pacific/Auckland";
  // 2026-11-09T23:00Z is Tuesday 12:00 in Auckland (UTC+13), before the cutoff.
  EXPECT_EQ(acceptance_day(lane.origin(), lane.zone(), lane.dispatch(), at("2026-11-09T23:00:00Z")),
            days_from_civil({2026, 11, 10}));
}

}  // namespace
}  // namespace od
