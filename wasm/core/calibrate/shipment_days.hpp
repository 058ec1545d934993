// One past shipment measured in business days: handling (order accepted -> dispatch, in the
// origin's dispatch days) and transit (dispatch -> delivery, in the lane's delivery days).
//
// Which calendar day an instant falls on:
//   ordered_at, shipped_at  the origin's local day (its time zone): the warehouse's working day.
//   delivered_at            the day as written in the history (its own UTC offset): carriers
//                           record deliveries in the recipient's local time, and the history
//                           holds no destination time zone. A "Z" instant is read as UTC.
// An order placed after the origin's cutoff, or on a day it does not dispatch, is accepted on
// the next dispatch day; a shipment that left before its order's acceptance day (the warehouse
// beat its cutoff) counts 0 handling days.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/config/store_config.hpp"
#include "core/time/business_calendar.hpp"
#include "core/time/time_zone.hpp"

namespace od {

// An instant together with the UTC offset its text was written with.
struct WrittenInstant {
  Instant instant = 0;
  int32_t offset_seconds = 0;
  DayNumber written_day() const { return day_of_instant(instant + offset_seconds); }
};

// parse_instant() plus the offset it was written with; nullopt when not a valid instant.
std::optional<WrittenInstant> parse_written_instant(std::string_view text);

// The day the origin accepts an order placed at `ordered` (see above); nullopt outside the
// calendar's years.
std::optional<DayNumber> acceptance_day(const Origin& origin, const TimeZone& origin_zone,
                                        const BusinessCalendar& dispatch, Instant ordered);

// Dispatch business days from acceptance to the shipping day (never negative).
std::optional<int32_t> handling_business_days(const Origin& origin, const TimeZone& origin_zone,
                                              const BusinessCalendar& dispatch, Instant ordered,
                                              Instant shipped);

// Delivery business days in [shipping day, delivery day): 0 for a same-day delivery. This is the
// inverse of delivery.add_business_days(shipping day, n).
std::optional<int32_t> transit_business_days(const TimeZone& origin_zone,
                                             const BusinessCalendar& delivery, Instant shipped,
                                             DayNumber delivered_day);

}  // namespace od
