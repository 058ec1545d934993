#include <cmath>

#include "api/config/postcode_patterns.hpp"
#include "api/config/sections.hpp"

namespace od::api::config {
namespace {

ZoneMatch parse_match(const json& v, const std::string& path, Errors& errors) {
  ZoneMatch out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (const json* c = r.get("country", Need::Required)) {
    if (c->is_string() && c->get_ref<const std::string&>() == "*") {
      out.country = "*";
    } else if (auto country = read_country(*c, r.path_of("country"), errors)) {
      out.country = *country;
    }
  }
  out.regions = r.text_list("regions", Need::Optional, "a region code such as \"ENG\"");
  out.postcodes = read_postcode_patterns(r, "postcodes", Need::Optional);
  out.exclude_postcodes = read_postcode_patterns(r, "excludePostcodes", Need::Optional);
  return out;
}

Zone parse_zone(const json& v, const std::string& path, Errors& errors) {
  Zone out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (auto id = r.text("id", Need::Required, "a short identifier")) out.id = *id;
  if (auto name = r.localized("name", Need::Optional)) out.name = *name;
  const json* match = r.get("match", Need::Required);
  if (match) {
    for_each_element(*match, r.path_of("match"), errors, [&](const json& e, const std::string& p) {
      out.matches.push_back(parse_match(e, p, errors));
    });
    if (match->is_array() && match->empty()) {
      errors.push_back({r.path_of("match"),
                        "List at least one destination, such as {\"country\": \"GB\"}, or "
                        "{\"country\": \"*\"} for the rest of the world."});
    }
  }
  if (const json* t = r.get("tax", Need::Optional)) {
    ObjectReader tax(*t, r.path_of("tax"), errors);
    if (tax.ok()) {
      if (auto rate = tax.number("rate", Need::Required, 0, 100, "a tax rate in percent")) {
        const double bp = *rate * 100;
        if (std::fabs(bp - std::round(bp)) > 1e-6) {
          errors.push_back(
              {tax.path_of("rate"), "Give the tax rate with at most two decimals, such as 8.25."});
        } else {
          out.tax_rate_bp = static_cast<int32_t>(std::lround(bp));
        }
      }
      if (auto display = tax.choice("display", Need::Optional, {"inclusive", "exclusive"})) {
        out.tax_display = *display == "inclusive" ? TaxDisplay::Inclusive : TaxDisplay::Exclusive;
      }
    }
  }
  if (auto duties = r.flag("dutiesOnArrival", Need::Optional)) out.duties_on_arrival = *duties;
  return out;
}

}  // namespace

void parse_zones(const json& v, const std::string& path, Errors& errors, std::vector<Zone>& out) {
  for_each_element(v, path, errors, [&](const json& e, const std::string& p) {
    out.push_back(parse_zone(e, p, errors));
  });
}

}  // namespace od::api::config
