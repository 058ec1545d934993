#include "api/config/sections.hpp"

namespace od::api::config {
namespace {

// "cutoff": {"default": "14:00", "sat": "11:00"} -> per-weekday minutes.
void read_cutoffs(ObjectReader& origin, Origin& out) {
  const json* v = origin.get("cutoff", Need::Optional);
  if (!v) return;
  if (v->is_string()) {
    if (auto t = read_clock_time(*v, origin.path_of("cutoff"), origin.errors(), false)) {
      out.cutoff.fill(*t);
    }
    return;
  }
  ObjectReader r(*v, origin.path_of("cutoff"), origin.errors());
  if (!r.ok()) return;
  if (const json* d = r.get("default", Need::Optional)) {
    if (auto t = read_clock_time(*d, r.path_of("default"), r.errors(), false)) out.cutoff.fill(*t);
  }
  for (std::string_view day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
    if (const json* d = r.get(day, Need::Optional)) {
      if (auto t = read_clock_time(*d, r.path_of(day), r.errors(), false)) {
        out.cutoff[static_cast<size_t>(*weekday_from_name(day)) - 1] = *t;
      }
    }
  }
}

Origin parse_origin(const json& v, const std::string& path, Errors& errors) {
  Origin out;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (auto id = r.text("id", Need::Required, "a short identifier")) out.id = *id;
  if (auto name = r.localized("name", Need::Optional)) out.name = *name;
  if (const json* c = r.get("country", Need::Required)) {
    if (auto country = read_country(*c, r.path_of("country"), errors)) out.country = *country;
  }
  if (const json* tz = r.get("timeZone", Need::Required)) {
    if (auto zone = read_time_zone(*tz, r.path_of("timeZone"), errors)) out.time_zone = *zone;
  }
  if (const json* d = r.get("dispatchDays", Need::Optional)) {
    if (auto days = read_weekdays(*d, r.path_of("dispatchDays"), errors)) out.dispatch_days = *days;
  }
  read_cutoffs(r, out);
  if (const json* h = r.get("holidays", Need::Optional)) {
    if (auto place = read_holiday_place(*h, r.path_of("holidays"), errors)) out.holidays = *place;
  }
  out.closures = read_date_list(r, "closures");
  if (const json* h = r.get("handlingDays", Need::Optional)) {
    if (auto range = read_day_range(*h, r.path_of("handlingDays"), errors)) {
      out.handling_days = *range;
    }
  }
  return out;
}

}  // namespace

void parse_origins(const json& v, const std::string& path, Errors& errors,
                   std::vector<Origin>& out) {
  for_each_element(v, path, errors, [&](const json& e, const std::string& p) {
    out.push_back(parse_origin(e, p, errors));
  });
  if (v.is_array() && v.empty()) {
    errors.push_back({path, "List at least one origin: the place orders ship from."});
  }
}

}  // namespace od::api::config
