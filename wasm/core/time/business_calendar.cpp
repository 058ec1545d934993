#include "core/time/business_calendar.hpp"

#include <algorithm>
#include <cstdlib>

namespace od {
namespace {

constexpr DayNumber kFirstDay = days_from_civil({kFirstHolidayYear, 1, 1});
constexpr DayNumber kLastDay = days_from_civil({kLastHolidayYear, 12, 31});
constexpr size_t kYearCount = static_cast<size_t>(kLastHolidayYear - kFirstHolidayYear + 1);

bool in_range(DayNumber d) {
  return d >= kFirstDay && d <= kLastDay;
}

DayNumber first_of_year(int32_t y) {
  return days_from_civil({y, 1, 1});
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// One member's open days in year `y`, as bits from 1 January.
std::bitset<366> member_open_days(const CalendarRules& rules, int32_t y) {
  const DayNumber first = first_of_year(y);
  const int length = is_leap_year(y) ? 366 : 365;
  std::bitset<366> open;
  for (int i = 0; i < length; ++i) {
    if (rules.open_weekdays.contains(weekday_of(first + i))) open.set(i);
  }
  const auto index = [first, length](DayNumber d) -> int {
    const DayNumber i = d - first;
    return i >= 0 && i < length ? static_cast<int>(i) : -1;
  };
  if (!rules.holiday_place.empty()) {
    for (const Holiday& h : public_holidays(rules.holiday_place, y)) {
      if (const int i = index(h.day); i >= 0) open.reset(i);
    }
  }
  for (const DayNumber d : rules.closed_days) {
    if (const int i = index(d); i >= 0) open.reset(i);
  }
  for (const DayNumber d : rules.open_days) {
    if (const int i = index(d); i >= 0) open.set(i);
  }
  return open;
}

}  // namespace

std::optional<std::string> resolve_holiday_place(std::string_view country,
                                                 std::string_view subdivision) {
  if (!subdivision.empty()) {
    std::string code = upper(country) + "-" + upper(subdivision);
    if (is_known_holiday_place(code)) return code;
  }
  if (is_known_holiday_place(country)) return upper(country);
  return std::nullopt;
}

BusinessCalendar::BusinessCalendar() : BusinessCalendar(std::vector<CalendarRules>{{}}) {}

BusinessCalendar::BusinessCalendar(std::vector<CalendarRules> members)
    : members_(std::move(members)), years_(kYearCount) {}

std::optional<BusinessCalendar> BusinessCalendar::create(CalendarRules rules) {
  if (!rules.holiday_place.empty() && !is_known_holiday_place(rules.holiday_place)) {
    return std::nullopt;
  }
  return BusinessCalendar(std::vector<CalendarRules>{std::move(rules)});
}

BusinessCalendar all_of(const std::vector<BusinessCalendar>& calendars) {
  if (calendars.empty()) return BusinessCalendar();
  std::vector<CalendarRules> members;
  for (const BusinessCalendar& c : calendars) {
    members.insert(members.end(), c.members_.begin(), c.members_.end());
  }
  return BusinessCalendar(std::move(members));
}

const BusinessCalendar::YearCache* BusinessCalendar::year(int32_t y) const {
  if (y < kFirstHolidayYear || y > kLastHolidayYear) return nullptr;
  YearCache& cache = years_[static_cast<size_t>(y - kFirstHolidayYear)];
  if (!cache.ready) {
    std::bitset<366> open;
    open.set();
    for (const CalendarRules& m : members_) open &= member_open_days(m, y);
    cache.open = open;
    cache.open_count = static_cast<int32_t>(open.count());
    cache.ready = true;
  }
  return &cache;
}

bool BusinessCalendar::is_business_day(DayNumber day) const {
  if (!in_range(day)) return false;
  const int32_t y = civil_from_days(day).year;
  return year(y)->open.test(static_cast<size_t>(day - first_of_year(y)));
}

std::optional<DayNumber> BusinessCalendar::next_business_day(DayNumber day) const {
  for (DayNumber d = day; d <= day + kMaxBusinessSpanDays && in_range(d); ++d) {
    if (is_business_day(d)) return d;
  }
  return std::nullopt;
}

// From an open day, `days` open days forward or backward, year by year where possible.
std::optional<DayNumber> BusinessCalendar::step(DayNumber from, int32_t days) const {
  const int direction = days >= 0 ? 1 : -1;
  int32_t remaining = std::abs(days);
  DayNumber d = from;
  while (remaining > 0) {
    d += direction;
    if (!in_range(d) || std::abs(d - from) > kMaxBusinessSpanDays) return std::nullopt;
    const CivilDate c = civil_from_days(d);
    const YearCache* cache = year(c.year);
    const bool at_year_edge =
        direction > 0 ? (c.month == 1 && c.day == 1) : (c.month == 12 && c.day == 31);
    if (at_year_edge && cache->open_count < remaining) {
      // The whole year is passed over: jump to its other edge.
      remaining -= cache->open_count;
      d = direction > 0 ? days_from_civil({c.year, 12, 31}) : first_of_year(c.year);
      continue;
    }
    if (cache->open.test(static_cast<size_t>(d - first_of_year(c.year)))) --remaining;
  }
  if (std::abs(d - from) > kMaxBusinessSpanDays) return std::nullopt;
  return d;
}

std::optional<DayNumber> BusinessCalendar::add_business_days(DayNumber start, int32_t days) const {
  if (days > kMaxBusinessSpanDays || days < -kMaxBusinessSpanDays) return std::nullopt;
  const auto open = next_business_day(start);
  if (!open) return std::nullopt;
  const auto result = step(*open, days);
  if (!result || std::abs(*result - start) > kMaxBusinessSpanDays) return std::nullopt;
  return result;
}

std::optional<int32_t> BusinessCalendar::business_days_between(DayNumber from, DayNumber to) const {
  if (from == to) return 0;
  const DayNumber lo = std::min(from, to);
  const DayNumber hi = std::max(from, to);  // exclusive
  if (hi - lo > kMaxBusinessSpanDays || !in_range(lo) || !in_range(hi - 1)) return std::nullopt;
  int32_t count = 0;
  for (DayNumber d = lo; d < hi;) {
    const int32_t y = civil_from_days(d).year;
    const DayNumber first = first_of_year(y);
    const DayNumber next_year = first_of_year(y + 1);
    const YearCache* cache = year(y);
    if (d == first && hi >= next_year) {
      count += cache->open_count;
      d = next_year;
      continue;
    }
    const DayNumber end = std::min(hi, next_year);
    for (; d < end; ++d) count += cache->open.test(static_cast<size_t>(d - first)) ? 1 : 0;
  }
  return from <= to ? count : -count;
}

}  // namespace od
