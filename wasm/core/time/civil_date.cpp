#include "core/time/civil_date.hpp"

namespace od {
namespace {

bool read_digits(std::string_view s, size_t pos, size_t count, int32_t& out) {
  if (pos + count > s.size()) return false;
  int32_t v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

void append_padded(std::string& out, int32_t v, int width) {
  std::string digits = std::to_string(v < 0 ? -v : v);
  if (v < 0) out += '-';
  for (int i = static_cast<int>(digits.size()); i < width; ++i) out += '0';
  out += digits;
}

}  // namespace

std::optional<CivilDate> parse_civil_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int32_t y = 0, m = 0, d = 0;
  if (!read_digits(text, 0, 4, y) || !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d)) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1) return std::nullopt;
  CivilDate date{y, static_cast<uint8_t>(m), static_cast<uint8_t>(d)};
  if (!is_valid(date)) return std::nullopt;
  return date;
}

std::string format_civil_date(const CivilDate& d) {
  std::string out;
  out.reserve(10);
  append_padded(out, d.year, 4);
  out += '-';
  append_padded(out, d.month, 2);
  out += '-';
  append_padded(out, d.day, 2);
  return out;
}

}  // namespace od
