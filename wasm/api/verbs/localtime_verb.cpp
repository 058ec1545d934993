#include "api/verbs/verbs.hpp"
#include "core/time/instant.hpp"
#include "core/time/time_zone.hpp"

namespace od::api {

json localtime_verb(std::string_view zone_name, std::string_view instant_text) {
  Errors errors;
  const TimeZone* zone = find_time_zone(zone_name);
  if (!zone) {
    errors.push_back({"/zone", "\"" + std::string(zone_name) +
                                   "\" is not an IANA time zone; use a name such as "
                                   "\"Europe/London\" or \"America/New_York\"."});
  }
  const auto instant = parse_instant(instant_text);
  if (!instant) {
    errors.push_back({"/instant", "Expected an instant such as \"2026-11-27T14:00:00Z\" or "
                                  "\"2026-11-27T15:00:00+01:00\"."});
  } else if (*instant < earliest_exact_instant()) {
    errors.push_back({"/instant", "Local times are known from " +
                                      format_instant(earliest_exact_instant()) + " on."});
  }
  if (!errors.empty()) return error_result(errors);
  const LocalDateTime local = to_local(*zone, *instant);
  return {{"ok", true}, {"local", format_local(local)}, {"offsetMinutes", local.offset_seconds / 60}};
}

}  // namespace od::api
