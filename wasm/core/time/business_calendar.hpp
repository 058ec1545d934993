// Business days: which days a warehouse dispatches, a carrier delivers or a team answers.
// A calendar is open on some weekdays, closed on the public holidays of one place (see
// holidays.hpp) and on extra closure dates, and open on extra opening dates that override both.
// Calendars compose: all_of({dispatch, carrier, destination}) is open only when every member is.
//
// Conventions (the same as numpy's busday_offset(roll="forward") and busday_count):
//   next_business_day(d)        d itself when open, else the first open day after it.
//   add_business_days(d, n)     first roll d forward to next_business_day(d), then step n open
//                               days forward (n > 0) or backward (n < 0). So 0 days from a
//                               Saturday is Monday, 1 day is Tuesday and -1 day is Friday.
//   business_days_between(a, b) open days in the half-open range [a, b); negative, the count of
//                               [b, a), when b < a. For every d and n,
//                               business_days_between(d, add_business_days(d, n)) == n.
// Answers are limited to kFirstHolidayYear..kLastHolidayYear and to spans of at most
// kMaxBusinessSpanDays: beyond them (or when no open day is found within that span) the result
// is std::nullopt rather than a guess. Everything is pure and deterministic; a calendar caches
// each year it has computed, so one instance must not be shared between threads.
#pragma once

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/civil_date.hpp"
#include "core/time/holidays.hpp"

namespace od {

// About twenty years: far beyond any delivery or reply promise, small enough to answer at once.
constexpr int32_t kMaxBusinessSpanDays = 20 * 366;

// A set of weekdays (bit 0 = Monday ... bit 6 = Sunday).
class WeekdaySet {
 public:
  constexpr WeekdaySet() = default;
  constexpr WeekdaySet(std::initializer_list<Weekday> days) {
    for (Weekday d : days) bits_ = static_cast<uint8_t>(bits_ | bit(d));
  }
  static constexpr WeekdaySet monday_to_friday() {
    return {Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri};
  }
  static constexpr WeekdaySet monday_to_saturday() {
    return {Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat};
  }
  // Bit 0 = Monday ... bit 6 = Sunday (the layout of the configuration's weekday masks).
  static constexpr WeekdaySet from_bits(uint8_t bits) {
    WeekdaySet s;
    s.bits_ = static_cast<uint8_t>(bits & 0x7f);
    return s;
  }
  static constexpr WeekdaySet every_day() {
    WeekdaySet s;
    s.bits_ = 0x7f;
    return s;
  }
  constexpr bool contains(Weekday d) const { return (bits_ & bit(d)) != 0; }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr uint8_t bits() const { return bits_; }

 private:
  static constexpr uint8_t bit(Weekday d) {
    return static_cast<uint8_t>(1u << (static_cast<int>(d) - 1));
  }
  uint8_t bits_ = 0;
};

struct CalendarRules {
  WeekdaySet open_weekdays = WeekdaySet::monday_to_friday();
  std::string holiday_place;           // "" (no public holidays), "US", "GB-ENG", "DE-BY" ...
  std::vector<DayNumber> closed_days;  // extra closures: stock-taking, company holidays
  std::vector<DayNumber> open_days;    // extra openings; they win over everything else
};

// The holiday place to use for a country and an optional subdivision: "CC-SUB" when that place
// has its own list, else "CC" when the country has one (subdivisions without their own list
// keep the national holidays: "US" for a Californian address), else nullopt (for example "GB"
// without a nation, whose bank holidays differ between England and Scotland).
std::optional<std::string> resolve_holiday_place(std::string_view country,
                                                 std::string_view subdivision);

class BusinessCalendar {
 public:
  // Monday to Friday, no holidays.
  BusinessCalendar();
  // nullopt when rules.holiday_place is not empty and not a known place.
  static std::optional<BusinessCalendar> create(CalendarRules rules);

  bool is_business_day(DayNumber day) const;  // false outside the supported years
  std::optional<DayNumber> next_business_day(DayNumber day) const;
  std::optional<DayNumber> add_business_days(DayNumber start, int32_t days) const;
  std::optional<int32_t> business_days_between(DayNumber from, DayNumber to) const;

  // The member rules (one for a simple calendar, every member's for a composition).
  const std::vector<CalendarRules>& members() const { return members_; }

  friend BusinessCalendar all_of(const std::vector<BusinessCalendar>& calendars);

 private:
  struct YearCache {
    bool ready = false;
    int32_t open_count = 0;
    std::bitset<366> open;  // bit i: 1 January + i
  };
  explicit BusinessCalendar(std::vector<CalendarRules> members);
  const YearCache* year(int32_t y) const;
  std::optional<DayNumber> step(DayNumber from, int32_t days) const;

  std::vector<CalendarRules> members_;
  mutable std::vector<YearCache> years_;  // filled on first use; index: year - kFirstHolidayYear
};

// Open only on days every calendar is open. all_of({}) is the default calendar.
BusinessCalendar all_of(const std::vector<BusinessCalendar>& calendars);

}  // namespace od
