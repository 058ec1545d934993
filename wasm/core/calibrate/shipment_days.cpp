#include "core/calibrate/shipment_days.hpp"

#include <algorithm>

#include "core/time/instant.hpp"

namespace od {

std::optional<WrittenInstant> parse_written_instant(std::string_view text) {
  const auto instant = parse_instant(text);
  if (!instant) return std::nullopt;
  WrittenInstant out;
  out.instant = *instant;
  // parse_instant accepted the text, so it ends in "Z" or "+HH:MM" / "-HH:MM".
  if (text.back() != 'Z' && text.size() >= 6) {
    const std::string_view tail = text.substr(text.size() - 6);
    const int32_t hours = (tail[1] - '0') * 10 + (tail[2] - '0');
    const int32_t minutes = (tail[4] - '0') * 10 + (tail[5] - '0');
    out.offset_seconds = (tail[0] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
  }
  return out;
}

std::optional<DayNumber> acceptance_day(const Origin& origin, const TimeZone& origin_zone,
                                        const BusinessCalendar& dispatch, Instant ordered) {
  const LocalDateTime local = to_local(origin_zone, ordered);
  const auto weekday = static_cast<size_t>(weekday_of(local.day)) - 1;
  const std::optional<int32_t>& cutoff = origin.cutoff[weekday];
  const bool before_cutoff = !cutoff || local.second_of_day < *cutoff * 60;
  if (dispatch.is_business_day(local.day) && before_cutoff) return local.day;
  return dispatch.next_business_day(local.day + 1);
}

std::optional<int32_t> handling_business_days(const Origin& origin, const TimeZone& origin_zone,
                                              const BusinessCalendar& dispatch, Instant ordered,
                                              Instant shipped) {
  const auto accepted = acceptance_day(origin, origin_zone, dispatch, ordered);
  if (!accepted) return std::nullopt;
  const DayNumber ship_day = to_local(origin_zone, shipped).day;
  if (ship_day <= *accepted) return 0;
  return dispatch.business_days_between(*accepted, ship_day);
}

std::optional<int32_t> transit_business_days(const TimeZone& origin_zone,
                                             const BusinessCalendar& delivery, Instant shipped,
                                             DayNumber delivered_day) {
  const DayNumber ship_day = to_local(origin_zone, shipped).day;
  if (delivered_day <= ship_day) return 0;
  return delivery.business_days_between(ship_day, delivered_day);
}

}  // namespace od
