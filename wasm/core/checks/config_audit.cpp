// The audit's findings that read the configuration alone: destinations, boxes, delivery dates,
// returns and contact.
#include <algorithm>
#include <string>

#include "core/checks/store_audit.hpp"
#include "core/shipping/parcel_plan.hpp"

namespace od {
namespace {

using F = FindingField;

std::string at(const char* section, size_t index) {
  return std::string("/") + section + "/" + std::to_string(index);
}

bool zone_takes_country(const Zone& zone, const std::string& country) {
  return std::any_of(zone.matches.begin(), zone.matches.end(),
                     [&](const ZoneMatch& m) { return m.country == "*" || m.country == country; });
}

bool zone_has_rate(const StoreConfig& config, const Zone& zone) {
  for (const Service& s : config.services) {
    for (const ServiceRate& r : s.rates) {
      if (r.zone == zone.id) return true;
    }
  }
  return false;
}

// The length of the channel's longest open day, in minutes: what "one business day" of replies
// can mean at most for it.
int32_t longest_day_minutes(const ContactChannel& channel) {
  if (channel.always_open) return 1440;
  int32_t longest = 0;
  for (const auto& day : channel.weekly) {
    int32_t minutes = 0;
    for (const TimeSlot& s : day) minutes += std::max(0, s.end - s.start);
    longest = std::max(longest, minutes);
  }
  return longest > 0 ? longest : 8 * 60;  // no stated hours: an ordinary office day
}

bool has_hours(const ContactChannel& channel) {
  if (channel.always_open) return true;
  return std::any_of(channel.weekly.begin(), channel.weekly.end(),
                     [](const auto& day) { return !day.empty(); });
}

}  // namespace

std::vector<Finding> audit_coverage(const StoreConfig& config) {
  std::vector<Finding> out;
  for (size_t i = 0; i < config.store.sells_to.size(); ++i) {
    const std::string& country = config.store.sells_to[i];
    bool zoned = false;
    bool rated = false;
    for (const Zone& zone : config.zones) {
      if (!zone_takes_country(zone, country)) continue;
      zoned = true;
      if (zone_has_rate(config, zone)) rated = true;
    }
    if (rated) continue;
    Finding f = Finding::of("uncovered-destination", Severity::Blocker);
    f.path = "/store/sellsTo/" + std::to_string(i);
    f.data = {F::txt("country", country), F::txt("reason", zoned ? "no-rate" : "no-zone")};
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> audit_boxes(const StoreConfig& config) {
  std::vector<Finding> out;
  if (config.boxes.empty()) return out;  // without boxes, items travel as they are
  std::vector<BoxToFill> boxes;
  int64_t heaviest_load = 0;
  for (const Box& b : config.boxes) {
    boxes.push_back({b.id,
                     {b.inner[0], b.inner[1], b.inner[2]},
                     {b.outer[0], b.outer[1], b.outer[2]},
                     b.empty_weight,
                     b.max_weight});
    heaviest_load = std::max<int64_t>(heaviest_load, b.max_weight - b.empty_weight);
  }
  for (size_t i = 0; i < config.catalogue.size(); ++i) {
    const CatalogueItem& item = config.catalogue[i];
    if (item.own_packaging) continue;
    const TurnRule turn = item.rotation == Rotation::KeepFlat ? TurnRule::KeepFlat
                          : item.rotation == Rotation::None   ? TurnRule::Fixed
                                                              : TurnRule::Any;
    const std::vector<LineToPack> line{
        {{item.dims[0], item.dims[1], item.dims[2]}, item.weight, 1, turn, false}};
    const ParcelPlan plan = plan_parcels(boxes, line, {true});
    if (plan.unfit_lines.empty()) continue;
    Finding f = Finding::of("item-fits-no-box", Severity::Blocker);
    f.path = at("catalogue", i);
    f.data = {F::txt("sku", item.sku),
              F::num("weight", item.weight),
              F::num("width", item.dims[0]),
              F::num("length", item.dims[1]),
              F::num("depth", item.dims[2]),
              F::txt("reason", item.weight > heaviest_load ? "too-heavy" : "too-large"),
              F::num("heaviestLoad", heaviest_load)};
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> audit_delivery_dates(const StoreConfig& config) {
  std::vector<Finding> out;
  for (size_t si = 0; si < config.services.size(); ++si) {
    const Service& service = config.services[si];
    if (service.collect) continue;  // collection dates need handling days only
    for (size_t ri = 0; ri < service.rates.size(); ++ri) {
      if (service.rates[ri].transit_days) continue;
      Finding f = Finding::of("speed-without-date", Severity::Warning);
      f.path = at("services", si) + "/rates/" + std::to_string(ri);
      f.data = {F::txt("service", service.id), F::txt("zone", service.rates[ri].zone),
                F::txt("missing", "transitDays")};
      out.push_back(std::move(f));
    }
  }
  return out;
}

std::vector<Finding> audit_returns(const StoreConfig& config) {
  std::vector<Finding> out;
  const ReturnsPolicy& r = config.returns;
  if (!r.present) {
    Finding f = Finding::of("no-returns-policy", Severity::Warning);
    f.path = "/returns";
    out.push_back(std::move(f));
    return out;
  }
  if (r.cost == ReturnCost::Unstated) {
    Finding f = Finding::of("return-costs-unstated", Severity::Warning);
    f.path = "/returns/cost";
    f.data = {F::num("days", r.days)};
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Finding> audit_contact(const StoreConfig& config) {
  std::vector<Finding> out;
  const auto& channels = config.contact.channels;
  for (size_t i = 0; i < channels.size(); ++i) {
    const ContactChannel& c = channels[i];
    int64_t minutes = 0;  // the promise, in minutes of business time or of the clock
    int64_t day = longest_day_minutes(c);
    const char* unit = "";
    switch (c.reply.unit) {
      case ReplyUnit::None:
        continue;
      case ReplyUnit::Minutes:
        minutes = c.reply.amount;
        day = 1440;
        unit = "minutes";
        break;
      case ReplyUnit::BusinessHours:
        minutes = int64_t{c.reply.amount} * 60;
        unit = "businessHours";
        break;
      case ReplyUnit::BusinessDays:
        minutes = int64_t{c.reply.amount} * day;
        unit = "businessDays";
        break;
    }
    if (minutes <= day) continue;
    Finding f = Finding::of("slow-reply-promise", Severity::Warning);
    f.path = at("contact/channels", i) + "/reply";
    f.data = {F::txt("channel", c.id), F::txt("unit", unit), F::num("amount", c.reply.amount),
              F::num("promiseMinutes", minutes), F::num("businessDayMinutes", day)};
    out.push_back(std::move(f));
  }
  if (std::none_of(channels.begin(), channels.end(),
                   [](const ContactChannel& c) { return c.human; })) {
    Finding f = Finding::of("no-human-channel", Severity::Warning);
    f.path = "/contact/channels";
    f.data = {F::num("channels", static_cast<int64_t>(channels.size()))};
    out.push_back(std::move(f));
  }
  Finding hours = Finding::of("no-contact-hours", Severity::Warning);
  hours.rows_name = "channels";
  for (size_t i = 0; i < channels.size(); ++i) {
    if (has_hours(channels[i])) continue;
    if (hours.path.empty()) hours.path = at("contact/channels", i);
    hours.rows.push_back({F::txt("channel", channels[i].id)});
  }
  if (!hours.rows.empty()) {
    hours.data = {F::num("count", static_cast<int64_t>(hours.rows.size()))};
    out.push_back(std::move(hours));
  }
  return out;
}

std::vector<Finding> audit_store(const StoreConfig& config) {
  std::vector<Finding> out;
  for (auto part : {audit_per_item_overcharge, audit_coverage, audit_boxes, audit_delivery_dates,
                    audit_returns, audit_contact}) {
    for (Finding& f : part(config)) out.push_back(std::move(f));
  }
  return out;
}

}  // namespace od
