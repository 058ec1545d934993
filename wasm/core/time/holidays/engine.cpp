#include "core/time/holidays/engine.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/sorting/sort_by.hpp"
#include "core/time/holidays/astronomy.hpp"

namespace od::holidays {
namespace {

int weekday_index(Weekday w) {
  return static_cast<int>(w);
}  // Mon = 1 .. Sun = 7

bool is_weekend(DayNumber d) {
  const Weekday w = weekday_of(d);
  return w == Weekday::Sat || w == Weekday::Sun;
}

DayNumber first_on_or_after(DayNumber d, Weekday w) {
  return d + (weekday_index(w) - weekday_index(weekday_of(d)) + 7) % 7;
}

DayNumber last_on_or_before(DayNumber d, Weekday w) {
  return d - (weekday_index(weekday_of(d)) - weekday_index(w) + 7) % 7;
}

std::optional<DayNumber> base_date(const HolidayRule& r, int32_t year) {
  const auto on = [year](int month, int day) -> std::optional<DayNumber> {
    const CivilDate date{year, static_cast<uint8_t>(month), static_cast<uint8_t>(day)};
    if (!is_valid(date)) return std::nullopt;  // e.g. a 29 February rule in a common year
    return days_from_civil(date);
  };
  switch (r.kind) {
    case DateKind::kFixed:
      return on(r.month, r.day);
    case DateKind::kNthWeekday: {
      const DayNumber first = first_on_or_after(*on(r.month, 1), r.weekday) + 7 * (r.nth - 1);
      if (civil_from_days(first).month != r.month) return std::nullopt;  // no 5th Monday
      return first;
    }
    case DateKind::kLastWeekday:
      return last_on_or_before(*on(r.month, days_in_month(year, r.month)), r.weekday);
    case DateKind::kWeekdayOnOrAfter:
    case DateKind::kWeekdayOnOrBefore: {
      const auto d = on(r.month, r.day);
      if (!d) return std::nullopt;
      if (r.keeps_date_if && weekday_of(*d) == r.keep_on) return d;
      return r.kind == DateKind::kWeekdayOnOrAfter ? first_on_or_after(*d, r.weekday)
                                                   : last_on_or_before(*d, r.weekday);
    }
    case DateKind::kEaster:
      return days_from_civil(easter_sunday(year));
    case DateKind::kVernalEquinox:
      return on(3, equinox_day_of_month(year, false));
    case DateKind::kAutumnalEquinox:
      return on(9, equinox_day_of_month(year, true));
  }
  return std::nullopt;
}

struct Occurrence {
  DayNumber day;
  const HolidayRule* rule;
  bool substitute;
  bool dropped = false;   // moved to its substitute day
  uint32_t sequence = 0;  // order of discovery: keeps rule order among holidays of one day
};

// Day order; among holidays of one day, rule order (and optionally substitutes last).
struct ByDay {
  bool substitutes_last;
  bool operator()(const Occurrence& a, const Occurrence& b) const {
    if (a.day != b.day) return a.day < b.day;
    if (substitutes_last && a.substitute != b.substitute) return b.substitute;
    return a.sequence < b.sequence;
  }
};

void number(std::vector<Occurrence>& all) {
  for (size_t i = 0; i < all.size(); ++i) all[i].sequence = static_cast<uint32_t>(i);
}

bool contains(const std::vector<DayNumber>& sorted, DayNumber d) {
  return std::binary_search(sorted.begin(), sorted.end(), d);
}

void insert_sorted(std::vector<DayNumber>& sorted, DayNumber d) {
  sorted.insert(std::upper_bound(sorted.begin(), sorted.end(), d), d);
}

bool not_kept(const Subdivision* sub, const HolidayRule& rule) {
  if (sub == nullptr) return false;
  for (const char* name : sub->national_not_kept) {
    if (std::strcmp(name, rule.name) == 0) return true;
  }
  return false;
}

std::vector<Occurrence> occurrences(const Country& c, const Subdivision* sub, int32_t year) {
  std::vector<Occurrence> out;
  const auto add = [&](const HolidayRule& rule) {
    if (const auto d = rule_date(rule, year)) out.push_back({*d, &rule, false});
  };
  for (const HolidayRule& rule : c.rules) {
    if (!not_kept(sub, rule)) add(rule);
  }
  if (sub != nullptr) {
    for (const HolidayRule& rule : sub->rules) add(rule);
  }
  return out;
}

// Weekend substitutes rule by rule, in date order, so that a later holiday's substitute skips a
// day already given to an earlier one (Christmas on Saturday -> Monday, Boxing Day -> Tuesday).
void add_rule_substitutes(std::vector<Occurrence>& all) {
  std::vector<DayNumber> taken;
  for (const Occurrence& o : all) insert_sorted(taken, o.day);
  const size_t originals = all.size();
  const auto next_free_weekday = [&taken](DayNumber d) {
    do ++d;
    while (is_weekend(d) || contains(taken, d));
    return d;
  };
  for (size_t i = 0; i < originals; ++i) {
    const Occurrence o = all[i];
    const Weekday w = weekday_of(o.day);
    std::optional<DayNumber> sub;
    switch (o.rule->observance) {
      case Observance::kNone:
        break;
      case Observance::kWeekendToNextWeekday:
        if (w == Weekday::Sat || w == Weekday::Sun) sub = next_free_weekday(o.day);
        break;
      case Observance::kSundayToNextWeekday:
        if (w == Weekday::Sun) sub = next_free_weekday(o.day);
        break;
      case Observance::kNearestWeekday:
        if (w == Weekday::Sat) sub = o.day - 1;
        if (w == Weekday::Sun) sub = o.day + 1;
        break;
    }
    if (sub) {
      insert_sorted(taken, *sub);
      const bool replaces = o.rule->substitute_replaces;
      all[i].dropped = replaces;
      all.push_back({*sub, o.rule, !replaces});
    }
  }
}

// Act on National Holidays (Japan), art. 3: a holiday on a Sunday gives the nearest following
// day that is not a national holiday (from 12 April 1973; before 2007 only the Monday); a day
// squeezed between two national holidays is a holiday too (from 27 December 1985; before 2007
// not when it is a Sunday or a substitute day).
void add_japanese_substitutes(std::vector<Occurrence>& all, std::vector<Occurrence>& extra) {
  std::vector<DayNumber> national;
  for (const Occurrence& o : all) insert_sorted(national, o.day);
  std::vector<DayNumber> taken = national;
  const DayNumber substitutes_start = days_from_civil({1973, 4, 12});
  const DayNumber citizens_start = days_from_civil({1985, 12, 27});
  for (const Occurrence& o : all) {
    if (o.day < substitutes_start || weekday_of(o.day) != Weekday::Sun) continue;
    DayNumber d = o.day + 1;
    if (civil_from_days(o.day).year >= 2007) {
      while (contains(national, d)) ++d;
    } else if (contains(national, d)) {
      continue;
    }
    if (contains(taken, d)) continue;
    insert_sorted(taken, d);
    extra.push_back({d, o.rule, true});
  }
  for (const DayNumber h : national) {
    const DayNumber d = h + 1;
    if (d < citizens_start || !contains(national, d + 1) || contains(taken, d)) continue;
    if (civil_from_days(d).year < 2007 && weekday_of(d) == Weekday::Sun) continue;
    insert_sorted(taken, d);
    extra.push_back({d, nullptr, false});
  }
}

}  // namespace

std::optional<DayNumber> rule_date(const HolidayRule& rule, int32_t year) {
  if (!rule.applies_in(year)) return std::nullopt;
  auto d = base_date(rule, year);
  if (!d) return std::nullopt;
  *d += rule.shift_days;
  if (rule.moves_if && weekday_of(*d) == rule.move_on) *d += rule.move_by;
  return d;
}

std::vector<Holiday> holidays_in_year(const Country& country, const Subdivision* subdivision,
                                      int32_t year) {
  // Neighbouring years too: a substitute can cross the year end (1 January on a Saturday is
  // observed on 31 December in the United States).
  std::vector<Occurrence> all;
  for (int32_t y = year - 1; y <= year + 1; ++y) {
    const auto part = occurrences(country, subdivision, y);
    all.insert(all.end(), part.begin(), part.end());
  }
  number(all);
  sort_by(all, ByDay{false});
  if (country.substitutes == SubstituteSystem::kJapan) {
    std::vector<Occurrence> extra;
    add_japanese_substitutes(all, extra);
    all.insert(all.end(), extra.begin(), extra.end());
  } else {
    add_rule_substitutes(all);
  }
  number(all);
  sort_by(all, ByDay{true});

  std::vector<Holiday> out;
  const DayNumber first = days_from_civil({year, 1, 1});
  const DayNumber last = days_from_civil({year, 12, 31});
  for (const Occurrence& o : all) {
    if (o.dropped || o.day < first || o.day > last) continue;
    std::string name = o.rule != nullptr ? o.rule->name : "Citizens' Holiday";
    if (o.substitute) name = name + " " + country.substitute_suffix;
    out.push_back({o.day, std::move(name)});
  }
  return out;
}

}  // namespace od::holidays
