// When a contact channel is open, as UTC instants.
//
// Semantics (the contract every caller relies on):
// - A slot's minutes are wall-clock minutes in the channel's time zone on the day it starts; a
//   slot may run past midnight (end > 1440). Wall times are turned into instants with the
//   "compatible" policy of time_zone.hpp: a time skipped by a DST gap moves forward by the gap,
//   a repeated time takes its earlier instant. A slot that this leaves empty is dropped.
// - Open intervals are half-open [start, end): open at exactly the opening minute, closed at
//   exactly the closing minute. Touching or overlapping intervals (a slot past midnight meeting
//   the next day's first slot, or 24/7 days) merge, so a "change" is always a real change.
// - Each day's hours, most specific first: a closure (closed), special hours, a public holiday of
//   the channel's holiday place (closed), the weekly hours (whole days when alwaysOpen).
// - Searches never run unbounded: a change further away than the search window is reported as
//   absent, and callers say so.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/config/store_config.hpp"
#include "core/time/civil_date.hpp"
#include "core/time/holidays.hpp"
#include "core/time/time_zone.hpp"

namespace od {

// How far ahead the next opening or closing is looked for.
constexpr int32_t kOpeningSearchDays = 400;

struct OpenInterval {
  Instant start = 0;  // first open second
  Instant end = 0;    // first closed second after it
  friend bool operator==(const OpenInterval& a, const OpenInterval& b) {
    return a.start == b.start && a.end == b.end;
  }
};

// Why a day has the hours it has.
enum class DayKind { Regular, Special, Holiday, Closure };

struct ChannelDay {
  DayNumber day = 0;
  DayKind kind = DayKind::Regular;
  std::vector<TimeSlot> slots;  // wall-clock minutes in the channel's zone; empty = closed
  std::string holiday;          // the holiday's name when kind == Holiday
};

struct OpenState {
  bool open = false;
  // The first instant after `t` at which `open` flips; nullopt when it does not flip within the
  // search window.
  std::optional<Instant> next_change;
};

// One channel's hours in its zone. Keeps per-year holiday and per-day interval caches, so one
// object must not be shared between threads; it refers to `channel` and `zone`, which must outlive
// it.
class OpeningHours {
 public:
  OpeningHours(const ContactChannel& channel, const TimeZone& zone);

  const ContactChannel& channel() const { return *channel_; }
  const TimeZone& zone() const { return *zone_; }

  // Open every minute of every day: alwaysOpen with no holidays, closures or special hours.
  bool round_the_clock() const;
  // No day can ever have open time (no weekly slots, not alwaysOpen, no special hours).
  bool never_open() const;

  // The hours of one local day of the channel, and why.
  ChannelDay day(DayNumber local_day) const;
  // The weekly hours for a weekday, ignoring dated exceptions.
  std::vector<TimeSlot> regular_slots(Weekday weekday) const;
  // One local day's slots as instants, in order, unmerged (empty ones dropped).
  std::vector<OpenInterval> day_intervals(DayNumber local_day) const;

  // Merged open intervals that overlap [from, to), in order. The last one may continue past
  // `to`; its end is then only known to be at least `to` when it ends after `to`.
  std::vector<OpenInterval> intervals(Instant from, Instant to) const;

  bool is_open(Instant t) const;
  OpenState state_at(Instant t, int32_t search_days = kOpeningSearchDays) const;

 private:
  std::optional<std::string> holiday_on(DayNumber local_day) const;

  const ContactChannel* channel_;
  const TimeZone* zone_;
  std::vector<DayNumber> closures_;  // sorted
  std::vector<DatedHours> special_;  // sorted by day
  mutable std::map<int32_t, std::vector<Holiday>> holidays_by_year_;
  // One answer asks about the same days many times over (open now, reply by, this week, notices
  // ahead): each local day's intervals are worked out once.
  mutable std::map<DayNumber, std::vector<OpenInterval>> intervals_by_day_;
};

}  // namespace od
