// The calendars a past shipment is measured in: the origin's dispatch days, and the days a
// service delivers to a destination country (the carrier's weekdays and holidays together with
// the destination's public holidays).
#pragma once

#include <optional>
#include <string>

#include "core/config/store_config.hpp"
#include "core/time/business_calendar.hpp"

namespace od {

std::optional<BusinessCalendar> history_dispatch_calendar(const Origin& origin);
std::optional<BusinessCalendar> history_delivery_calendar(const Service& service,
                                                          const std::string& country);

}  // namespace od
