#include "core/calibrate/lane_calendars_for_history.hpp"

namespace od {
namespace {

// WeekdaySet is built from a list, so the mask's days are spelled out.
WeekdaySet weekdays(const WeekdayMask& mask) {
  Weekday d[7] = {};
  size_t n = 0;
  for (int w = 1; w <= 7; ++w) {
    if (mask.has(static_cast<Weekday>(w))) d[n++] = static_cast<Weekday>(w);
  }
  switch (n) {
    case 0:
      return {};
    case 1:
      return {d[0]};
    case 2:
      return {d[0], d[1]};
    case 3:
      return {d[0], d[1], d[2]};
    case 4:
      return {d[0], d[1], d[2], d[3]};
    case 5:
      return {d[0], d[1], d[2], d[3], d[4]};
    case 6:
      return {d[0], d[1], d[2], d[3], d[4], d[5]};
    default:
      return WeekdaySet::every_day();
  }
}

}  // namespace

std::optional<BusinessCalendar> history_dispatch_calendar(const Origin& origin) {
  CalendarRules rules;
  rules.open_weekdays = weekdays(origin.dispatch_days);
  rules.holiday_place = origin.holidays.code;
  rules.closed_days = origin.closures;
  return BusinessCalendar::create(rules);
}

std::optional<BusinessCalendar> history_delivery_calendar(const Service& service,
                                                          const std::string& country) {
  CalendarRules carrier;
  carrier.open_weekdays = weekdays(service.delivery_days);
  carrier.holiday_place = service.carrier_holidays.code;
  auto carrier_calendar = BusinessCalendar::create(carrier);
  CalendarRules destination;
  destination.open_weekdays = WeekdaySet::every_day();
  destination.holiday_place = resolve_holiday_place(country, "").value_or("");
  auto destination_calendar = BusinessCalendar::create(destination);
  if (!carrier_calendar || !destination_calendar) return std::nullopt;
  return all_of({*carrier_calendar, *destination_calendar});
}

}  // namespace od
