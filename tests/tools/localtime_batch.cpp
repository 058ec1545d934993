// Batch front end to the time-zone core for cross-checks against other implementations.
//
//   localtime_batch             reads "ZONE INSTANT" lines (INSTANT: integer seconds since the
//                               epoch, or ISO 8601 as parse_instant takes it) and prints one JSON
//                               object per line: the local time, the offset, and how the local
//                               time maps back (from_local / resolve_local).
//   localtime_batch --from-local
//                               reads "ZONE YYYY-MM-DDTHH:MM:SS" lines (local wall times) and
//                               prints how each maps to instants (resolve_local).
//   localtime_batch --zones     prints {"version":..., "zones":[...]} on one line.
//   localtime_batch --transitions FROM TO
//                               reads zone names, one per line, and prints each zone's offset
//                               changes in [FROM, TO) as [instant, offset before, offset after].
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include "core/time/instant.hpp"
#include "core/time/time_zone.hpp"

namespace {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + '"';
}

std::optional<od::Instant> parse_seconds_or_iso(std::string_view text) {
  if (text.empty()) return std::nullopt;
  size_t i = text[0] == '-' ? 1 : 0;
  if (i < text.size() && text.size() - i <= 15 &&
      text.find_first_not_of("0123456789", i) == std::string_view::npos) {
    return std::strtoll(std::string(text).c_str(), nullptr, 10);
  }
  return od::parse_instant(text);
}

const char* kind_name(od::LocalTimeKind kind) {
  switch (kind) {
    case od::LocalTimeKind::kUnique:
      return "unique";
    case od::LocalTimeKind::kGap:
      return "gap";
    case od::LocalTimeKind::kOverlap:
      return "overlap";
  }
  return "?";
}

std::string local_line(std::string_view line) {
  const size_t space = line.find(' ');
  const std::string_view zone_name = line.substr(0, space);
  const std::string zone_json = json_string(zone_name);
  if (space == std::string_view::npos)
    return "{\"zone\":" + zone_json + ",\"error\":\"no instant\"}";
  const od::TimeZone* zone = od::find_time_zone(zone_name);
  if (!zone) return "{\"zone\":" + zone_json + ",\"error\":\"unknown time zone\"}";
  const std::optional<od::Instant> t = parse_seconds_or_iso(line.substr(space + 1));
  if (!t) return "{\"zone\":" + zone_json + ",\"error\":\"bad instant\"}";
  const od::LocalDateTime local = od::to_local(*zone, *t);
  const od::LocalTimeResolution back = od::resolve_local(*zone, local.day, local.second_of_day);
  return "{\"zone\":" + zone_json + ",\"instant\":" + std::to_string(*t) + ",\"local\":\"" +
         od::format_local(local) + "\",\"offset\":" + std::to_string(local.offset_seconds) +
         ",\"kind\":\"" + kind_name(back.kind) +
         "\",\"fromLocal\":" + std::to_string(back.instant) +
         ",\"earlier\":" + std::to_string(back.earlier) +
         ",\"later\":" + std::to_string(back.later) + "}";
}

// "YYYY-MM-DDTHH:MM:SS" as a day and second of day.
bool parse_wall_time(std::string_view text, od::DayNumber& day, int32_t& second_of_day) {
  if (text.size() != 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':') return false;
  const std::optional<od::CivilDate> date = od::parse_civil_date(text.substr(0, 10));
  int32_t hms[3];
  for (int i = 0; i < 3; ++i) {
    const char a = text[11 + 3 * i], b = text[12 + 3 * i];
    if (a < '0' || a > '9' || b < '0' || b > '9') return false;
    hms[i] = (a - '0') * 10 + (b - '0');
  }
  if (!date || hms[0] > 23 || hms[1] > 59 || hms[2] > 59) return false;
  day = od::days_from_civil(*date);
  second_of_day = hms[0] * 3600 + hms[1] * 60 + hms[2];
  return true;
}

std::string from_local_line(std::string_view line) {
  const size_t space = line.find(' ');
  const std::string_view zone_name = line.substr(0, space);
  const std::string zone_json = json_string(zone_name);
  const od::TimeZone* zone = od::find_time_zone(zone_name);
  if (!zone) return "{\"zone\":" + zone_json + ",\"error\":\"unknown time zone\"}";
  od::DayNumber day = 0;
  int32_t second_of_day = 0;
  if (space == std::string_view::npos ||
      !parse_wall_time(line.substr(space + 1), day, second_of_day)) {
    return "{\"zone\":" + zone_json + ",\"error\":\"bad local time\"}";
  }
  const od::LocalTimeResolution r = od::resolve_local(*zone, day, second_of_day);
  return "{\"zone\":" + zone_json + ",\"local\":" + json_string(line.substr(space + 1)) +
         ",\"kind\":\"" + kind_name(r.kind) + "\",\"instant\":" + std::to_string(r.instant) +
         ",\"earlier\":" + std::to_string(r.earlier) + ",\"later\":" + std::to_string(r.later) +
         "}";
}

std::string transitions_line(std::string_view zone_name, od::Instant from, od::Instant to) {
  const std::string zone_json = json_string(zone_name);
  const od::TimeZone* zone = od::find_time_zone(zone_name);
  if (!zone) return "{\"zone\":" + zone_json + ",\"error\":\"unknown time zone\"}";
  std::string out = "{\"zone\":" + zone_json + ",\"transitions\":[";
  bool first = true;
  for (std::optional<od::Instant> t = od::next_offset_change(*zone, from - 1); t && *t < to;
       t = od::next_offset_change(*zone, *t)) {
    out += first ? "[" : ",[";
    first = false;
    out += std::to_string(*t) + "," + std::to_string(od::utc_offset_at(*zone, *t - 1)) + "," +
           std::to_string(od::utc_offset_at(*zone, *t)) + "]";
  }
  return out + "]}";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "--zones") {
    std::string out = "{\"version\":" + json_string(od::time_zone_data_version()) + ",\"zones\":[";
    for (size_t i = 0; i < od::time_zone_count(); ++i) {
      if (i > 0) out += ',';
      out += json_string(od::time_zone_name(*od::time_zone_at(i)));
    }
    std::cout << out << "]}\n";
    return 0;
  }
  od::Instant from = 0, to = 0;
  if (mode == "--transitions") {
    const auto a = argc > 3 ? parse_seconds_or_iso(argv[2]) : std::nullopt;
    const auto b = argc > 3 ? parse_seconds_or_iso(argv[3]) : std::nullopt;
    if (!a || !b) {
      std::cerr << "usage: localtime_batch --transitions FROM TO < zone-names\n";
      return 2;
    }
    from = *a;
    to = *b;
  } else if (!mode.empty() && mode != "--from-local") {
    std::cerr << "usage: localtime_batch [--zones | --from-local | --transitions FROM TO]\n";
    return 2;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (mode.empty()) {
      std::cout << local_line(line) << '\n';
    } else if (mode == "--from-local") {
      std::cout << from_local_line(line) << '\n';
    } else {
      std::cout << transitions_line(line, from, to) << '\n';
    }
  }
  return 0;
}
