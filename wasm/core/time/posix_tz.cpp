#include "core/time/posix_tz.hpp"

#include <algorithm>
#include <array>

#include "core/time/instant.hpp"

namespace od {
namespace {

constexpr int32_t kSecondsPerHour = 3600;

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}
  bool done() const { return pos_ == text_.size(); }
  char peek() const { return done() ? '\0' : text_[pos_]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }

  // Up to `max_digits` decimal digits, at least one.
  bool number(int max_digits, int32_t& out) {
    int32_t v = 0;
    int n = 0;
    while (n < max_digits && peek() >= '0' && peek() <= '9') {
      v = v * 10 + (text_[pos_++] - '0');
      ++n;
    }
    out = v;
    return n > 0;
  }

  // A zone abbreviation: three or more letters, or <...> holding letters, digits, '+' and '-'.
  bool name() {
    if (take('<')) {
      size_t n = 0;
      while (!done() && peek() != '>') {
        const char c = peek();
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '-';
        if (!ok) return false;
        ++pos_;
        ++n;
      }
      return n >= 3 && take('>');
    }
    size_t n = 0;
    while ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z')) {
      ++pos_;
      ++n;
    }
    return n >= 3;
  }

  // [+|-]hh[:mm[:ss]] with hh <= max_hours; returns seconds with the sign as written.
  bool duration(int32_t max_hours, int32_t& out) {
    const bool negative = take('-');
    if (!negative) take('+');
    int32_t h = 0, m = 0, s = 0;
    if (!number(3, h) || h > max_hours) return false;
    if (take(':')) {
      if (!two_digits(m) || m > 59) return false;
      if (take(':') && (!two_digits(s) || s > 59)) return false;
    }
    const int32_t v = h * kSecondsPerHour + m * 60 + s;
    out = negative ? -v : v;
    return true;
  }

 private:
  bool two_digits(int32_t& out) {
    const size_t start = pos_;
    return number(2, out) && pos_ - start == 2;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

bool parse_date_rule(Reader& r, PosixDateRule& rule) {
  int32_t a = 0, b = 0, c = 0;
  if (r.take('M')) {
    if (!r.number(2, a) || !r.take('.') || !r.number(1, b) || !r.take('.') || !r.number(1, c)) {
      return false;
    }
    if (a < 1 || a > 12 || b < 1 || b > 5 || c > 6) return false;
    rule.kind = PosixDateRule::Kind::kMonthWeekDay;
    rule.month = static_cast<uint8_t>(a);
    rule.week = static_cast<uint8_t>(b);
    rule.weekday = static_cast<uint8_t>(c);
  } else if (r.take('J')) {
    if (!r.number(3, a) || a < 1 || a > 365) return false;
    rule.kind = PosixDateRule::Kind::kJulianNoLeap;
    rule.day = static_cast<uint16_t>(a);
  } else {
    if (!r.number(3, a) || a > 365) return false;
    rule.kind = PosixDateRule::Kind::kZeroBasedDay;
    rule.day = static_cast<uint16_t>(a);
  }
  rule.time = 2 * kSecondsPerHour;
  if (r.take('/') && !r.duration(167, rule.time)) return false;
  return true;
}

// The local day a rule names in year y.
DayNumber rule_day(const PosixDateRule& rule, int32_t year) {
  const DayNumber jan1 = days_from_civil(CivilDate{year, 1, 1});
  switch (rule.kind) {
    case PosixDateRule::Kind::kJulianNoLeap:
      return jan1 + rule.day - 1 + (is_leap_year(year) && rule.day >= 60 ? 1 : 0);
    case PosixDateRule::Kind::kZeroBasedDay:
      return jan1 + rule.day;
    case PosixDateRule::Kind::kMonthWeekDay:
      break;
  }
  const DayNumber first = days_from_civil(CivilDate{year, rule.month, 1});
  const int first_weekday = static_cast<int>(weekday_of(first)) % 7;  // Sunday = 0, as POSIX
  DayNumber day = first + (rule.weekday - first_weekday + 7) % 7 + 7 * (rule.week - 1);
  const int length = days_in_month(year, rule.month);
  while (day - first >= length) day -= 7;  // week 5 means the last one in the month
  return day;
}

struct Change {
  Instant at;
  int32_t offset_after;
  bool is_end;  // DST end; sorts before a start at the same instant so "DST all year" holds
};

// The two changes of year y in time order.
std::array<Change, 2> year_changes(const PosixTimeZone& tz, int32_t year) {
  const Instant start = static_cast<Instant>(rule_day(tz.dst_start, year)) * kSecondsPerDay +
                        tz.dst_start.time - tz.std_offset;
  const Instant end = static_cast<Instant>(rule_day(tz.dst_end, year)) * kSecondsPerDay +
                      tz.dst_end.time - tz.dst_offset;
  const Change s{start, tz.dst_offset, false};
  const Change e{end, tz.std_offset, true};
  if (end <= start) return {e, s};
  return {s, e};
}

bool same_rule(const PosixDateRule& a, const PosixDateRule& b) {
  return a.kind == b.kind && a.day == b.day && a.month == b.month && a.week == b.week &&
         a.weekday == b.weekday && a.time == b.time;
}

bool same_zone(const PosixTimeZone& a, const PosixTimeZone& b) {
  return a.std_offset == b.std_offset && a.has_dst == b.has_dst && a.dst_offset == b.dst_offset &&
         same_rule(a.dst_start, b.dst_start) && same_rule(a.dst_end, b.dst_end);
}

// The changes of the last few (rules, year) pairs asked for: one contact answer looks up the
// offsets of the same weeks in the same zones thousands of times, and working a year's changes
// out is most of each lookup. Keyed by the rules' values, never by address; one per thread.
const std::array<Change, 2>& remembered_year_changes(const PosixTimeZone& tz, int32_t year) {
  struct Entry {
    PosixTimeZone tz;
    int32_t year = 0;
    bool used = false;
    std::array<Change, 2> changes{};
  };
  thread_local std::array<Entry, 8> entries;
  thread_local size_t next = 0;
  for (const Entry& e : entries) {
    if (e.used && e.year == year && same_zone(e.tz, tz)) return e.changes;
  }
  Entry& e = entries[next];
  next = (next + 1) % entries.size();
  e = Entry{tz, year, true, year_changes(tz, year)};
  return e.changes;
}

int32_t year_of(Instant t) {
  return civil_from_days(day_of_instant(t)).year;
}

}  // namespace

std::optional<PosixTimeZone> parse_posix_tz(std::string_view text) {
  Reader r(text);
  PosixTimeZone tz;
  int32_t west = 0;
  if (!r.name() || !r.duration(24, west)) return std::nullopt;
  tz.std_offset = -west;
  if (r.done()) return tz;
  if (!r.name()) return std::nullopt;
  tz.has_dst = true;
  tz.dst_offset = tz.std_offset + kSecondsPerHour;
  if (r.peek() != ',') {
    if (!r.duration(24, west)) return std::nullopt;
    tz.dst_offset = -west;
  }
  if (!r.take(',') || !parse_date_rule(r, tz.dst_start) || !r.take(',') ||
      !parse_date_rule(r, tz.dst_end) || !r.done()) {
    return std::nullopt;
  }
  return tz;
}

int32_t posix_offset_at(const PosixTimeZone& tz, Instant t) {
  if (!tz.has_dst) return tz.std_offset;
  t = clamp_to_supported_range(t);
  // A year's changes can spill into its neighbours by up to 167 h plus an offset, so near the
  // end of a year start from the next one; walk back to the latest change at or before t.
  const int32_t year = year_of(t);
  const Instant next_year =
      static_cast<Instant>(days_from_civil(CivilDate{year + 1, 1, 1})) * kSecondsPerDay;
  const int32_t first = t >= next_year - 9 * kSecondsPerDay ? year + 1 : year;
  for (int32_t y = first; y >= year - 2; --y) {
    const auto& changes = remembered_year_changes(tz, y);
    if (t >= changes[1].at) return changes[1].offset_after;
    if (t >= changes[0].at) return changes[0].offset_after;
  }
  return tz.std_offset;  // unreachable for rules parse_posix_tz accepts
}

std::optional<Instant> posix_next_change(const PosixTimeZone& tz, Instant t) {
  if (!tz.has_dst || tz.std_offset == tz.dst_offset || t >= kLatestInstant) return std::nullopt;
  t = clamp_to_supported_range(t);
  int32_t current = posix_offset_at(tz, t);
  const int32_t year = year_of(t);
  // The changes of five years around t, in order. A change can coincide with one of the next
  // year's (DST all year ends on December 31 at 25:00 as it restarts), so only changes before
  // the last year's are trusted; that still leaves two years after t.
  std::array<Change, 10> changes{};
  size_t n = 0;
  for (int32_t y = year - 1; y <= year + 3; ++y) {
    for (const Change& c : year_changes(tz, y)) changes[n++] = c;
  }
  const Instant horizon = changes[8].at;
  // Insertion sort: ten elements, and no std::sort compiled for them.
  const auto earlier = [](const Change& a, const Change& b) {
    return a.at < b.at || (a.at == b.at && a.is_end && !b.is_end);
  };
  for (size_t i = 1; i < changes.size(); ++i) {
    for (size_t j = i; j > 0 && earlier(changes[j], changes[j - 1]); --j) {
      std::swap(changes[j], changes[j - 1]);
    }
  }
  // Changes at the same instant act together: only the offset after the last of them counts.
  for (size_t i = 0; i < n && changes[i].at < horizon; ++i) {
    if (changes[i].at <= t) continue;
    if (i + 1 < n && changes[i + 1].at == changes[i].at) continue;
    if (changes[i].offset_after != current) return changes[i].at;
    current = changes[i].offset_after;
  }
  return std::nullopt;  // DST rules that never change the offset
}

}  // namespace od
