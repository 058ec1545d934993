// A small store and shipment histories generated from known distributions, for the calibration
// tests. Durations are drawn first and turned into instants with the lane's calendars, so the
// measured business days must give the drawn ones back.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "core/calibrate/lane_calendars_for_history.hpp"
#include "core/config/store_config.hpp"
#include "core/time/instant.hpp"

namespace od::testing {

// Warehouse in UTC dispatching Monday to Friday until 14:00; zone "home" is GB, zone "fr" is
// France; service "std" delivers Monday to Friday to both, "exp" only to "home".
inline StoreConfig history_store() {
  StoreConfig c;
  Origin origin;
  origin.id = "wh";
  origin.country = "GB";
  origin.time_zone = "UTC";
  for (int d = 0; d < 5; ++d) origin.cutoff[static_cast<size_t>(d)] = 14 * 60;
  origin.handling_days = {0, 1};
  c.origins.push_back(origin);
  for (const char* id : {"home", "fr"}) {
    Zone zone;
    zone.id = id;
    ZoneMatch match;
    match.country = std::string(id) == "home" ? "GB" : "FR";
    zone.matches.push_back(match);
    c.zones.push_back(zone);
  }
  Service standard;
  standard.id = "std";
  standard.origin = "wh";
  for (const char* zone : {"home", "fr"}) {
    ServiceRate rate;
    rate.zone = zone;
    rate.transit_days = DayRange{1, 2};
    standard.rates.push_back(rate);
  }
  Service express = standard;
  express.id = "exp";
  express.rates.pop_back();
  c.services = {standard, express};
  return c;
}

inline const char* kHistoryHeader =
    "order_id,ordered_at,shipped_at,delivered_at,service,country,postcode\n";

struct LaneDraws {
  std::string service = "std";
  std::string country = "GB";
  std::vector<double> handling_weights{1.0};  // index: business days
  std::vector<double> transit_weights;
  DayNumber first_day = days_from_civil({2025, 1, 6});
  int orders_per_day = 40;
  int shipments = 0;
};

// CSV rows (no header) for one lane; orders at 09:00 UTC on dispatch days, before the cutoff.
inline std::string generate_rows(const StoreConfig& config, const LaneDraws& lane, uint32_t seed) {
  std::mt19937 rng(seed);
  std::discrete_distribution<int> handling(lane.handling_weights.begin(),
                                           lane.handling_weights.end());
  std::discrete_distribution<int> transit(lane.transit_weights.begin(), lane.transit_weights.end());
  const Service& service = *config.find_service(lane.service);
  const auto dispatch = history_dispatch_calendar(config.origins.front());
  const auto delivery = history_delivery_calendar(service, lane.country);
  std::string out;
  DayNumber day = *dispatch->next_business_day(lane.first_day);
  for (int i = 0; i < lane.shipments; ++i) {
    if (i > 0 && i % lane.orders_per_day == 0) day = *dispatch->add_business_days(day, 1);
    const DayNumber shipped = *dispatch->add_business_days(day, handling(rng));
    const DayNumber delivered = *delivery->add_business_days(shipped, transit(rng));
    out += "o" + std::to_string(i) + "," + format_day(day) + "T09:00:00Z," + format_day(shipped) +
           "T16:30:00+00:00," + format_day(delivered) + "T12:15:00+01:00," + lane.service + "," +
           lane.country + ",\"AB1 2CD\"\n";
  }
  return out;
}

}  // namespace od::testing
