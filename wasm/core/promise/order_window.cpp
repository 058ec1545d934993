#include "core/promise/order_window.hpp"

namespace od {

std::optional<OrderWindow> order_window(const Origin& origin, const TimeZone& zone,
                                        const BusinessCalendar& dispatch, Instant now) {
  OrderWindow window;
  window.today = to_local(zone, now).day;
  for (DayNumber day = window.today; day < window.today + kOrderWindowSearchDays; ++day) {
    if (!dispatch.is_business_day(day)) continue;
    const auto& cutoff = origin.cutoff[static_cast<int>(weekday_of(day)) - 1];
    if (!cutoff) continue;
    const Instant order_by = from_local(zone, day, *cutoff * 60);
    if (now < order_by) {
      window.order_day = day;
      window.order_by = order_by;
      return window;
    }
  }
  return std::nullopt;
}

}  // namespace od
