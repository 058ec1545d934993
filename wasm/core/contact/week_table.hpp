// A channel's hours as another zone's clock shows them: a store open 09:00-17:00 in London is,
// seen from Sydney, open 20:00-24:00 on one local day and 00:00-04:00 on the next. Rows are the
// viewer's local days; open time is split at the viewer's midnights and pieces that touch are
// joined. Offsets are the ones in force on those very days, so weeks in which only one of the two
// zones has changed its clocks come out right.
#pragma once

#include <cstdint>
#include <vector>

#include "core/contact/opening_hours.hpp"
#include "core/time/time_zone.hpp"

namespace od {

struct WallSlot {
  int32_t start_minute = 0;  // the viewer's wall clock, minutes since its local midnight
  int32_t end_minute = 0;    // up to 1440: open until the next midnight
  Instant start = 0;
  Instant end = 0;
};

struct ZoneDay {
  DayNumber day = 0;  // the viewer's local date
  std::vector<WallSlot> slots;
};

// The open intervals as `days` local days of `viewer` from `first_day` see them.
std::vector<ZoneDay> split_into_local_days(const std::vector<OpenInterval>& open,
                                           const TimeZone& viewer, DayNumber first_day,
                                           int32_t days);

// The channel's actual hours (holidays, closures and special hours included) on `days` local
// days of `viewer` from `first_day`.
std::vector<ZoneDay> open_days_in_zone(const OpeningHours& hours, const TimeZone& viewer,
                                       DayNumber first_day, int32_t days = 7);

// The channel's weekly hours, ignoring dated exceptions, on the viewer's Monday-to-Sunday week
// that contains `reference`: the weekly table converted into the viewer's zone.
std::vector<ZoneDay> regular_week_in_zone(const OpeningHours& hours, const TimeZone& viewer,
                                          Instant reference);

// The local Monday of the week containing `day`.
DayNumber monday_of(DayNumber day);

}  // namespace od
