// The calendars a delivery promise is counted in: the origin's dispatch days (its weekdays,
// public holidays and closures) and the days a service delivers to a destination (the carrier's
// weekdays and holidays, and the destination's own public holidays, by region when it has them).
#pragma once

#include <optional>
#include <string>

#include "core/cart/cart.hpp"
#include "core/config/store_config.hpp"
#include "core/time/business_calendar.hpp"

namespace od {

// nullopt only when a configured holiday place is unknown (the configuration checks prevent it).
std::optional<BusinessCalendar> dispatch_calendar(const Origin& origin);

// The destination's public holidays: "CC-REGION" when that place has its own list, else the
// country's, else none (a GB address without its nation: no bank holidays are assumed).
std::string destination_holiday_place(const Destination& destination);

std::optional<BusinessCalendar> delivery_calendar(const Service& service,
                                                  const Destination& destination);

}  // namespace od
