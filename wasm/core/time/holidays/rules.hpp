// The vocabulary of holiday data: each country's .cpp file is a table of these rules, written
// to be read next to the official source it comes from. The engine (engine.cpp) turns a table
// into dates; nothing here computes.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/time/civil_date.hpp"

namespace od::holidays {

// How the date of a holiday is found in a given year.
enum class DateKind : uint8_t {
  kFixed,              // month/day every year
  kNthWeekday,         // nth (1..5) weekday of the month
  kLastWeekday,        // last weekday of the month
  kWeekdayOnOrAfter,   // first weekday on or after month/day
  kWeekdayOnOrBefore,  // last weekday on or before month/day
  kEaster,             // Easter Sunday (Gregorian), shifted by `shift_days`
  kVernalEquinox,      // Japan's Vernal Equinox Day (published formula)
  kAutumnalEquinox,    // Japan's Autumnal Equinox Day (published formula)
};

// What happens when a holiday falls on a weekend: whether another day off is given. By default
// the holiday itself stays in the list too (a shop open on Saturdays is still closed then);
// observed_instead() is for laws that move the holiday to the substitute day.
enum class Observance : uint8_t {
  kNone,
  kWeekendToNextWeekday,  // Sat or Sun: also the next weekday that is not already a holiday
  kSundayToNextWeekday,   // Sun only: also the next weekday that is not already a holiday
  kNearestWeekday,        // Sat: also the Friday before; Sun: also the Monday after
};

constexpr int16_t kAnyYear = 0;

struct HolidayRule {
  const char* name = "";
  DateKind kind = DateKind::kFixed;
  uint8_t month = 1;
  uint8_t day = 1;
  Weekday weekday = Weekday::Mon;
  int8_t nth = 1;
  int16_t shift_days = 0;         // added after the date is found (Easter offsets, "day after")
  int16_t first_year = kAnyYear;  // first year the rule applies (kAnyYear: no bound)
  int16_t last_year = kAnyYear;   // last year the rule applies (kAnyYear: no bound)
  Observance observance = Observance::kNone;
  bool substitute_replaces = false;  // the weekend date stops being a holiday
  bool moves_if = false;             // the holiday moves (not doubled) when it falls on `move_on`
  Weekday move_on = Weekday::Sun;
  int8_t move_by = 0;
  bool keeps_date_if = false;  // on/after/before rules: the month/day itself on `keep_on`
  Weekday keep_on = Weekday::Fri;

  constexpr HolidayRule from(int year) const {
    HolidayRule r = *this;
    r.first_year = static_cast<int16_t>(year);
    return r;
  }
  constexpr HolidayRule until(int year) const {
    HolidayRule r = *this;
    r.last_year = static_cast<int16_t>(year);
    return r;
  }
  constexpr HolidayRule years(int first, int last) const { return from(first).until(last); }
  constexpr HolidayRule plus_days(int days) const {
    HolidayRule r = *this;
    r.shift_days = static_cast<int16_t>(r.shift_days + days);
    return r;
  }
  constexpr HolidayRule observed(Observance o) const {
    HolidayRule r = *this;
    r.observance = o;
    return r;
  }
  constexpr HolidayRule observed_instead(Observance o) const {
    HolidayRule r = observed(o);
    r.substitute_replaces = true;
    return r;
  }
  // "If it falls on a Sunday it is kept on the Saturday before": moves_on(Sun, -1).
  constexpr HolidayRule moves_on(Weekday on, int by) const {
    HolidayRule r = *this;
    r.moves_if = true;
    r.move_on = on;
    r.move_by = static_cast<int8_t>(by);
    return r;
  }
  // "The first Monday in February, or 1 February if that is a Friday" (on/after/before rules).
  constexpr HolidayRule or_the_date_itself_if(Weekday on) const {
    HolidayRule r = *this;
    r.keeps_date_if = true;
    r.keep_on = on;
    return r;
  }
  constexpr bool applies_in(int year) const {
    return (first_year == kAnyYear || year >= first_year) &&
           (last_year == kAnyYear || year <= last_year);
  }
};

// ---- the words the tables are written in ----------------------------------------------------

constexpr HolidayRule fixed(const char* name, int month, int day) {
  HolidayRule r;
  r.name = name;
  r.kind = DateKind::kFixed;
  r.month = static_cast<uint8_t>(month);
  r.day = static_cast<uint8_t>(day);
  return r;
}

// A single date that happened (or is announced) once: coronations, jubilees, funerals.
constexpr HolidayRule once(const char* name, int year, int month, int day) {
  return fixed(name, month, day).years(year, year);
}

// nth_weekday("Labor Day", 1, Weekday::Mon, 9): the first Monday of September.
constexpr HolidayRule nth_weekday(const char* name, int nth, Weekday weekday, int month) {
  HolidayRule r;
  r.name = name;
  r.kind = DateKind::kNthWeekday;
  r.nth = static_cast<int8_t>(nth);
  r.weekday = weekday;
  r.month = static_cast<uint8_t>(month);
  return r;
}

constexpr HolidayRule last_weekday(const char* name, Weekday weekday, int month) {
  HolidayRule r = nth_weekday(name, 1, weekday, month);
  r.kind = DateKind::kLastWeekday;
  return r;
}

constexpr HolidayRule weekday_on_or_after(const char* name, Weekday weekday, int month, int day) {
  HolidayRule r = fixed(name, month, day);
  r.kind = DateKind::kWeekdayOnOrAfter;
  r.weekday = weekday;
  return r;
}

constexpr HolidayRule weekday_on_or_before(const char* name, Weekday weekday, int month, int day) {
  HolidayRule r = fixed(name, month, day);
  r.kind = DateKind::kWeekdayOnOrBefore;
  r.weekday = weekday;
  return r;
}

// easter("Good Friday", -2), easter("Whit Monday", 50).
constexpr HolidayRule easter(const char* name, int offset_days) {
  HolidayRule r;
  r.name = name;
  r.kind = DateKind::kEaster;
  r.shift_days = static_cast<int16_t>(offset_days);
  return r;
}

constexpr HolidayRule vernal_equinox(const char* name) {
  HolidayRule r;
  r.name = name;
  r.kind = DateKind::kVernalEquinox;
  return r;
}

constexpr HolidayRule autumnal_equinox(const char* name) {
  HolidayRule r;
  r.name = name;
  r.kind = DateKind::kAutumnalEquinox;
  return r;
}

// ---- places -----------------------------------------------------------------------------------

// A view of a constant table (C++17 has no std::span).
template <typename T>
struct Table {
  const T* items = nullptr;
  size_t size = 0;
  constexpr Table() = default;
  template <size_t N>
  constexpr Table(const T (&array)[N]) : items(array), size(N) {}  // NOLINT: implicit on purpose
  constexpr const T* begin() const { return items; }
  constexpr const T* end() const { return items + size; }
};

struct Subdivision {
  const char* code = "";                 // ISO 3166-2 suffix: "ENG", "BY", "NSW"
  Table<HolidayRule> rules;              // holidays of this subdivision only
  Table<const char*> national_not_kept;  // names of national rules that do not apply here
};

// How substitute days are found in a country.
enum class SubstituteSystem : uint8_t {
  kPerRule,  // each rule's Observance
  kJapan,    // Act on National Holidays: Sunday holiday -> next non-holiday; citizens' holidays
};

struct Country {
  const char* code = "";     // ISO 3166-1 alpha-2
  Table<HolidayRule> rules;  // national holidays (kept in every subdivision unless listed)
  Table<Subdivision> subdivisions;
  bool national_list_is_a_place = true;  // false where only the subdivisions have a full list (GB)
  const char* substitute_suffix = "(observed)";
  SubstituteSystem substitutes = SubstituteSystem::kPerRule;
};

}  // namespace od::holidays
