#include "core/shipping/zone_match.hpp"

#include <algorithm>

#include "core/shipping/postcode.hpp"

namespace od {
namespace {

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

bool matches_any(const std::vector<std::string>& patterns, const Postcode& postcode) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& text) {
    const auto parsed = parse_postcode_pattern(text);
    return parsed.pattern && postcode_matches(*parsed.pattern, postcode);
  });
}

}  // namespace

bool any_postcode_matches(const std::vector<std::string>& patterns,
                          const Destination& destination) {
  if (destination.postcode.empty()) return false;
  return matches_any(patterns, read_postcode(destination.postcode, destination.country));
}

bool zone_entry_matches(const ZoneMatch& entry, const Destination& destination, bool& undecided) {
  if (entry.country != "*" && entry.country != destination.country) return false;
  if (!entry.regions.empty()) {
    const std::string region = upper(destination.region);
    if (region.empty()) {
      undecided = true;
      return false;
    }
    const bool listed = std::any_of(entry.regions.begin(), entry.regions.end(),
                                    [&](const std::string& r) { return upper(r) == region; });
    if (!listed) return false;
  }
  const bool has_postcode = !normalise_postcode(destination.postcode).empty();
  if (!has_postcode) {
    if (!entry.postcodes.empty()) {
      undecided = true;
      return false;
    }
    // Nothing to exclude by yet: the destination is taken to be in the zone, but may not be.
    if (!entry.exclude_postcodes.empty()) undecided = true;
    return true;
  }
  const Postcode postcode = read_postcode(destination.postcode, destination.country);
  if (!entry.postcodes.empty() && !matches_any(entry.postcodes, postcode)) return false;
  return !matches_any(entry.exclude_postcodes, postcode);
}

ZoneLookup find_zone(const std::vector<Zone>& zones, const Destination& destination) {
  ZoneLookup out;
  if (destination.country.empty()) return out;
  for (const Zone& zone : zones) {
    for (const ZoneMatch& entry : zone.matches) {
      if (zone_entry_matches(entry, destination, out.postcode_would_decide)) {
        out.zone = &zone;
        return out;
      }
    }
  }
  return out;
}

}  // namespace od
