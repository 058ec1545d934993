// Prints the built-in public holidays of every place for a range of years as one JSON object:
//   {"AU":{"2024":[{"date":"2024-01-01","name":"New Year's Day"},...],...},...}
// Usage: holidays_batch [FIRST_YEAR LAST_YEAR]   (default 2024 2035)
// Used by tests/oracle to compare the rules with an independent implementation.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/time/holidays.hpp"

namespace {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  int first = 2024;
  int last = 2035;
  if (argc == 3) {
    first = std::atoi(argv[1]);
    last = std::atoi(argv[2]);
  } else if (argc != 1) {
    std::fprintf(stderr, "usage: %s [FIRST_YEAR LAST_YEAR]\n", argv[0]);
    return 2;
  }
  if (first > last || first < od::kFirstHolidayYear || last > od::kLastHolidayYear) {
    std::fprintf(stderr, "years must be within %d-%d\n", od::kFirstHolidayYear,
                 od::kLastHolidayYear);
    return 2;
  }
  std::string out = "{";
  bool first_place = true;
  for (const std::string& place : od::holiday_places()) {
    out += (first_place ? "\n" : ",\n") + json_string(place) + ":{";
    first_place = false;
    for (int year = first; year <= last; ++year) {
      out += (year == first ? "" : ",") + json_string(std::to_string(year)) + ":[";
      bool first_day = true;
      for (const od::Holiday& h : od::public_holidays(place, year)) {
        out += first_day ? "" : ",";
        first_day = false;
        out += "{\"date\":" + json_string(od::format_day(h.day)) +
               ",\"name\":" + json_string(h.name) + "}";
      }
      out += "]";
    }
    out += "}";
  }
  out += "\n}\n";
  std::fputs(out.c_str(), stdout);
  return 0;
}
