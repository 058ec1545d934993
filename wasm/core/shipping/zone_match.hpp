// Which zone a destination is in. Zones are tried in the order the store lists them and the
// first that matches wins, so a rest-of-world zone ({"country": "*"}) goes last.
#pragma once

#include <string>
#include <vector>

#include "core/cart/cart.hpp"
#include "core/config/store_config.hpp"

namespace od {

struct ZoneLookup {
  const Zone* zone = nullptr;  // nullptr: the store does not ship there
  // The answer could change once the shopper gives a postcode (or a region): a match needed one
  // it did not have, or an exclusion could not be checked.
  bool postcode_would_decide = false;
};

// One entry of a zone's match list against a destination. `undecided` is set when the entry
// needs a postcode or region the destination lacks.
bool zone_entry_matches(const ZoneMatch& entry, const Destination& destination, bool& undecided);

ZoneLookup find_zone(const std::vector<Zone>& zones, const Destination& destination);

// Whether any of `patterns` matches the destination's postcode (false without a postcode).
bool any_postcode_matches(const std::vector<std::string>& patterns, const Destination& destination);

}  // namespace od
