// When an order placed now is taken in: the first dispatch day, from the origin's local date
// on, whose cutoff is still ahead. Cutoffs are wall-clock times in the origin's time zone; on a
// daylight-saving day a cutoff that falls in the skipped hour counts from the moment the clock
// reaches it (the "compatible" rule of from_local).
#pragma once

#include <optional>

#include "core/config/store_config.hpp"
#include "core/time/business_calendar.hpp"
#include "core/time/time_zone.hpp"

namespace od {

struct OrderWindow {
  DayNumber today = 0;      // the origin's local date at `now`
  DayNumber order_day = 0;  // the dispatch day the order is taken in
  Instant order_by = 0;     // that day's cutoff: order before it for this promise
};

// A dispatch day without a cutoff takes no same-day orders (orders count from the next one).
// nullopt when no dispatch day with a cutoff comes within kOrderWindowSearchDays.
constexpr int32_t kOrderWindowSearchDays = 62;
std::optional<OrderWindow> order_window(const Origin& origin, const TimeZone& zone,
                                        const BusinessCalendar& dispatch, Instant now);

}  // namespace od
