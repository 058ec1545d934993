#include "core/promise/lane_calendars.hpp"

namespace od {

std::optional<BusinessCalendar> dispatch_calendar(const Origin& origin) {
  CalendarRules rules;
  rules.open_weekdays = WeekdaySet::from_bits(origin.dispatch_days.bits);
  rules.holiday_place = origin.holidays.code;
  rules.closed_days = origin.closures;
  return BusinessCalendar::create(std::move(rules));
}

std::string destination_holiday_place(const Destination& destination) {
  return resolve_holiday_place(destination.country, destination.region).value_or("");
}

std::optional<BusinessCalendar> delivery_calendar(const Service& service,
                                                  const Destination& destination) {
  CalendarRules carrier;
  carrier.open_weekdays = WeekdaySet::from_bits(service.delivery_days.bits);
  carrier.holiday_place = service.carrier_holidays.code;
  CalendarRules local;
  local.open_weekdays = WeekdaySet::every_day();
  local.holiday_place = destination_holiday_place(destination);
  auto carrier_days = BusinessCalendar::create(std::move(carrier));
  auto local_days = BusinessCalendar::create(std::move(local));
  if (!carrier_days || !local_days) return std::nullopt;
  return all_of({*carrier_days, *local_days});
}

}  // namespace od
