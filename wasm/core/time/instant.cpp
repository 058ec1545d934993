#include "core/time/instant.hpp"

#include <algorithm>

namespace od {
namespace {

constexpr int32_t kMinParsedYear = 1900;
constexpr int32_t kMaxParsedYear = 2200;

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}
  bool done() const { return pos_ == text_.size(); }
  bool take(char c) {
    if (done() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  bool digits(size_t count, int32_t& out) {
    if (text_.size() - pos_ < count) return false;
    int32_t v = 0;
    for (size_t i = 0; i < count; ++i) {
      const char c = text_[pos_ + i];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    pos_ += count;
    out = v;
    return true;
  }
  // One or more digits, at most `max`; their value is not needed.
  bool skip_digits(size_t max) {
    size_t n = 0;
    while (!done() && n < max && text_[pos_] >= '0' && text_[pos_] <= '9') {
      ++pos_;
      ++n;
    }
    return n > 0;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

void append_two_digits(std::string& out, int32_t v) {
  out += static_cast<char>('0' + v / 10);
  out += static_cast<char>('0' + v % 10);
}

std::string format_seconds(Instant seconds) {
  const DayNumber day = day_of_instant(seconds);
  const int32_t second_of_day =
      static_cast<int32_t>(seconds - static_cast<Instant>(day) * kSecondsPerDay);
  std::string out = format_day(day);
  out += 'T';
  append_two_digits(out, second_of_day / 3600);
  out += ':';
  append_two_digits(out, second_of_day / 60 % 60);
  out += ':';
  append_two_digits(out, second_of_day % 60);
  return out;
}

}  // namespace

std::optional<Instant> parse_instant(std::string_view text) {
  Cursor c(text);
  int32_t year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!c.digits(4, year) || !c.take('-') || !c.digits(2, month) || !c.take('-') ||
      !c.digits(2, day) || !c.take('T') || !c.digits(2, hour) || !c.take(':') ||
      !c.digits(2, minute)) {
    return std::nullopt;
  }
  if (c.take(':')) {
    if (!c.digits(2, second)) return std::nullopt;
    if (c.take('.') && !c.skip_digits(9)) return std::nullopt;
  }
  int32_t offset = 0;
  if (!c.take('Z')) {
    const bool negative = c.take('-');
    if (!negative && !c.take('+')) return std::nullopt;
    int32_t oh = 0, om = 0;
    if (!c.digits(2, oh) || !c.take(':') || !c.digits(2, om) || oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset = (oh * 3600 + om * 60) * (negative ? -1 : 1);
  }
  if (!c.done()) return std::nullopt;
  if (year < kMinParsedYear || year > kMaxParsedYear || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  const DayNumber days =
      days_from_civil(CivilDate{year, static_cast<uint8_t>(month), static_cast<uint8_t>(day)});
  return static_cast<Instant>(days) * kSecondsPerDay + hour * 3600 + minute * 60 + second - offset;
}

std::string format_instant(Instant t) {
  return format_seconds(clamp_to_supported_range(t)) + 'Z';
}

std::string format_local(const LocalDateTime& local) {
  // Local times of supported instants lie within a day of the supported range.
  const Instant seconds = static_cast<Instant>(local.day) * kSecondsPerDay + local.second_of_day;
  return format_seconds(std::min(std::max(seconds, kEarliestInstant - kSecondsPerDay),
                                 kLatestInstant + kSecondsPerDay));
}

}  // namespace od
