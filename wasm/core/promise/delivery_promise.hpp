// The delivery promise for a cart going by one service to one destination: when to order by,
// when it is dispatched, the date it usually arrives (earliest) and the date promised (latest).
//
//   order day      order_window(): the first dispatch day whose cutoff is still ahead
//   line ready     the order day, or later: a backordered line waits for its restock date (the
//                  next dispatch day on or after it), a made-to-order line for its making days
//   dispatch       ready + handling days (min for earliest, max for latest), dispatch calendar
//   delivery       dispatch + transit days of the zone (min, max), delivery calendar: the
//                  carrier's weekdays and holidays and the destination's public holidays
// A cart takes its slowest line, unless the store splits shipments: then lines ready on the same
// day travel together, one promise each, and the order's promise is still the slowest.
// The promise is the latest date: the store sets min/max (or calibrates them from its history)
// so that the configured share of orders (`confidence`) arrives by it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/cart/cart.hpp"
#include "core/config/store_config.hpp"
#include "core/time/civil_date.hpp"

namespace od {

enum class PromiseOutcome {
  Promised,
  NoZone,          // the store does not ship to the destination
  NotByService,    // the service has no rate for the destination's zone
  NoTransitDays,   // the rate states no transit days: nothing sure to say
  NoCutoffs,       // the origin takes no orders on any dispatch day soon (no cutoffs)
  BeyondCalendar,  // the dates fall outside the years the calendars cover
};

enum class ReasonKind {
  AfterCutoff,      // today's cutoff has passed, or today is not a dispatch day
  DispatchHoliday,  // a public holiday where the order is dispatched
  DispatchClosure,  // a day the origin is closed (stock-taking, company holiday)
  DeliveryHoliday,  // a public holiday at the destination or of the carrier
  Backorder,        // a line waits for its restock date
  MadeToOrder,      // a line is made after the order
};

struct PromiseReason {
  ReasonKind kind;
  DayNumber day = 0;  // the holiday, closure or restock day; the order day for AfterCutoff
  std::string name;   // the holiday's name
  std::string place;  // holiday place code ("GB-ENG")
  std::string sku;    // Backorder, MadeToOrder
  int32_t days = 0;   // MadeToOrder: making days
};

struct Shipment {
  std::vector<size_t> lines;  // indexes into the cart's lines
  DayNumber ready = 0;
  DayNumber dispatch = 0;       // with the fewest handling days
  DayNumber last_dispatch = 0;  // with the most
  DayNumber earliest = 0;
  DayNumber latest = 0;  // the promise
};

struct DeliveryPromise {
  PromiseOutcome outcome = PromiseOutcome::NoZone;
  Instant order_by = 0;
  DayNumber order_day = 0;       // in the origin's calendar
  std::string origin_time_zone;  // IANA zone the cutoff is set in, for "14:00 UK time"
  DayNumber dispatch = 0;        // of the slowest shipment
  DayNumber earliest = 0;
  DayNumber latest = 0;
  double confidence = 0;
  std::vector<Shipment> shipments;  // one, or one per ready day when shipments are split
  std::vector<PromiseReason> reasons;

  bool promised() const { return outcome == PromiseOutcome::Promised; }
};

DeliveryPromise promise_delivery(const StoreConfig& config, const Service& service,
                                 const Destination& destination, const std::vector<CartLine>& lines,
                                 Instant now);

}  // namespace od
