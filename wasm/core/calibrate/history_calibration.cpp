#include "core/calibrate/history_calibration.hpp"

#include <algorithm>
#include <cctype>

#include "core/calibrate/lane_calendars_for_history.hpp"
#include "core/calibrate/shipment_days.hpp"
#include "core/cart/cart.hpp"
#include "core/shipping/zone_match.hpp"
#include "core/time/time_zone.hpp"

namespace od {

struct HistoryCalibrator::Lane {
  DayHistogram handling;
  DayHistogram transit;
  std::map<DayNumber, DayHistogram> transit_by_order_day;
};

struct HistoryCalibrator::Measured {
  LaneKey lane{};
  DayNumber order_day = 0;
  int32_t handling = 0;
  int32_t transit = 0;
};

namespace {

const std::string kEmpty;

const std::string& field_at(const std::vector<std::string>& fields, size_t index) {
  return index < fields.size() ? fields[index] : kEmpty;
}

std::string trimmed(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return s.substr(b, e - b);
}

std::string quoted(const std::string& text) {
  constexpr size_t kLongest = 60;  // keep messages readable when a field is garbage
  return "\"" + (text.size() > kLongest ? text.substr(0, kLongest) + "..." : text) + "\"";
}

}  // namespace

HistoryCalibrator::HistoryCalibrator(const StoreConfig& config, CalibrationOptions options)
    : config_(config), options_(options) {}

HistoryCalibrator::~HistoryCalibrator() = default;

bool HistoryCalibrator::set_header(const std::vector<std::string>& fields, std::string& problem) {
  columns_ = find_history_columns(fields, problem);
  return columns_.has_value();
}

void HistoryCalibrator::reject(uint64_t line, std::string reason) {
  ++rejected_;
  if (listed_.size() < options_.max_listed_rejections) {
    listed_.push_back({line, std::move(reason)});
  }
}

const BusinessCalendar* HistoryCalibrator::dispatch_calendar(const Origin& origin) {
  auto it = dispatch_calendars_.find(origin.id);
  if (it == dispatch_calendars_.end()) {
    it = dispatch_calendars_.emplace(origin.id, history_dispatch_calendar(origin)).first;
  }
  return it->second ? &*it->second : nullptr;
}

const BusinessCalendar* HistoryCalibrator::delivery_calendar(const Service& service,
                                                             const std::string& country) {
  const auto key = std::make_pair(service.id, country);
  auto it = delivery_calendars_.find(key);
  if (it == delivery_calendars_.end()) {
    it = delivery_calendars_.emplace(key, history_delivery_calendar(service, country)).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::optional<std::string> HistoryCalibrator::measure(const std::vector<std::string>& fields,
                                                      Measured& out) {
  const HistoryColumns& c = *columns_;
  if (fields.size() == 1 && trimmed(fields[0]).empty()) return "The row is blank.";

  const std::string service_id = trimmed(field_at(fields, c.service));
  const auto service_it = std::find_if(config_.services.begin(), config_.services.end(),
                                       [&](const Service& s) { return s.id == service_id; });
  if (service_it == config_.services.end()) {
    return "The service " + quoted(service_id) + " is not in the configuration.";
  }
  const Service& service = *service_it;

  Destination destination;
  destination.country = trimmed(field_at(fields, c.country));
  for (char& ch : destination.country) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  if (destination.country.size() != 2 ||
      !std::isupper(static_cast<unsigned char>(destination.country[0])) ||
      !std::isupper(static_cast<unsigned char>(destination.country[1]))) {
    return "The country " + quoted(field_at(fields, c.country)) +
           " is not a two-letter country code.";
  }
  if (c.postcode != HistoryColumns::kAbsent)
    destination.postcode = trimmed(fields.size() > c.postcode ? fields[c.postcode] : kEmpty);
  const ZoneLookup lookup = find_zone(config_.zones, destination);
  if (!lookup.zone) {
    return "No zone of the configuration covers " + destination.country +
           (destination.postcode.empty() ? "" : " " + destination.postcode) + ".";
  }
  const Zone& zone = *lookup.zone;
  const bool served = std::any_of(service.rates.begin(), service.rates.end(),
                                  [&](const ServiceRate& r) { return r.zone == zone.id; });
  if (!served) {
    return "The service \"" + service.id + "\" has no rates for the zone \"" + zone.id + "\".";
  }

  const Origin* origin = service.origin.empty()
                             ? (config_.origins.empty() ? nullptr : &config_.origins.front())
                             : config_.find_origin(service.origin);
  const TimeZone* origin_zone = origin ? find_time_zone(origin->time_zone) : nullptr;
  if (!origin || !origin_zone) return "The service's origin is not configured.";

  struct Stamp {
    const char* column;
    size_t index;
    std::optional<WrittenInstant> value;
  };
  Stamp stamps[] = {{"ordered_at", c.ordered_at, {}},
                    {"shipped_at", c.shipped_at, {}},
                    {"delivered_at", c.delivered_at, {}}};
  for (Stamp& s : stamps) {
    const std::string text = trimmed(field_at(fields, s.index));
    s.value = parse_written_instant(text);
    if (!s.value) {
      return std::string(s.column) + " " + quoted(text) +
             " is not an ISO 8601 instant with an offset (such as 2026-11-20T09:30:00+01:00).";
    }
  }
  const WrittenInstant ordered = *stamps[0].value;
  const WrittenInstant shipped = *stamps[1].value;
  const WrittenInstant delivered = *stamps[2].value;
  if (shipped.instant < ordered.instant) return "The shipment left before it was ordered.";
  if (delivered.instant < shipped.instant) return "The shipment arrived before it left.";

  const BusinessCalendar* dispatch = dispatch_calendar(*origin);
  const BusinessCalendar* delivery = delivery_calendar(service, destination.country);
  if (!dispatch || !delivery) return "The lane's calendars could not be built.";

  const auto order_day = acceptance_day(*origin, *origin_zone, *dispatch, ordered.instant);
  const auto handling =
      handling_business_days(*origin, *origin_zone, *dispatch, ordered.instant, shipped.instant);
  const auto transit =
      transit_business_days(*origin_zone, *delivery, shipped.instant, delivered.written_day());
  if (!order_day || !handling || !transit) {
    return "The dates are outside the years the business calendars cover.";
  }
  if (*handling > kMaxMeasuredBusinessDays || *transit > kMaxMeasuredBusinessDays) {
    return "The shipment took more than " + std::to_string(kMaxMeasuredBusinessDays) +
           " business days, which looks like a data error.";
  }
  out.lane = {static_cast<size_t>(service_it - config_.services.begin()),
              static_cast<size_t>(&zone - config_.zones.data())};
  out.order_day = to_local(*origin_zone, ordered.instant).day;
  out.handling = *handling;
  out.transit = *transit;
  return std::nullopt;
}

void HistoryCalibrator::add_record(const std::vector<std::string>& fields, uint64_t line) {
  if (!columns_) {
    reject(line, "The row comes before a header row.");
    return;
  }
  Measured m;
  if (auto problem = measure(fields, m)) {
    reject(line, std::move(*problem));
    return;
  }
  std::unique_ptr<Lane>& lane = lanes_[m.lane];
  if (!lane) lane = std::make_unique<Lane>();
  lane->handling.add(m.handling);
  lane->transit.add(m.transit);
  lane->transit_by_order_day[m.order_day].add(m.transit);
  ++used_;
}

LaneBacktest backtest_newest_fifth(const std::map<DayNumber, DayHistogram>& transit_by_order_day,
                                   PartsPerMillion target) {
  LaneBacktest result;
  uint64_t total = 0;
  for (const auto& day : transit_by_order_day) total += day.second.total();
  if (total < 5 || transit_by_order_day.size() < 2) return result;

  // Newest whole days while that brings the test set closer to a fifth (never all days).
  const uint64_t fifth_x5 = total;  // compare 5 * test with total to stay in integers
  auto distance = [&](uint64_t test) {
    const uint64_t t5 = test * 5;
    return t5 > fifth_x5 ? t5 - fifth_x5 : fifth_x5 - t5;
  };
  uint64_t test = 0;
  auto split = transit_by_order_day.end();  // first day of the test set
  for (auto it = transit_by_order_day.end(); it != std::next(transit_by_order_day.begin());) {
    auto day = std::prev(it);
    const uint64_t with_day = test + day->second.total();
    if (test > 0 && distance(with_day) > distance(test)) break;
    test = with_day;
    split = day;
    it = day;
  }

  DayHistogram calibration, replay;
  for (auto it = transit_by_order_day.begin(); it != split; ++it) calibration.merge(it->second);
  for (auto it = split; it != transit_by_order_day.end(); ++it) replay.merge(it->second);
  const auto promise = calibration.smallest_meeting(target);
  if (!promise || replay.empty()) return result;

  result.available = true;
  result.calibration_count = calibration.total();
  result.test_count = replay.total();
  result.test_from = split->first;
  result.promise_transit_days = *promise;
  result.on_time = replay.count_at_most(*promise);
  result.early = replay.count_below(*promise);
  return result;
}

CalibrationResult HistoryCalibrator::finish() const {
  CalibrationResult result;
  result.used = used_;
  result.rejected = rejected_;
  result.listed_rejections = listed_;

  std::vector<DayHistogram> origin_handling(config_.origins.size());
  for (const auto& entry : lanes_) {
    const Service& service = config_.services[entry.first.service];
    const Lane& data = *entry.second;
    LaneCalibration lane;
    lane.service = service.id;
    lane.zone = config_.zones[entry.first.zone].id;
    lane.origin = service.origin.empty() && !config_.origins.empty() ? config_.origins.front().id
                                                                     : service.origin;
    lane.count = data.transit.total();
    lane.handling = data.handling;
    lane.transit = data.transit;
    lane.promise_transit_days = data.transit.smallest_meeting(options_.target).value_or(0);
    lane.backtest = backtest_newest_fifth(data.transit_by_order_day, options_.target);
    for (size_t o = 0; o < config_.origins.size(); ++o) {
      if (config_.origins[o].id == lane.origin) origin_handling[o].merge(data.handling);
    }
    result.lanes.push_back(std::move(lane));
  }
  for (size_t o = 0; o < config_.origins.size(); ++o) {
    if (origin_handling[o].empty()) continue;
    OriginCalibration origin;
    origin.origin = config_.origins[o].id;
    origin.handling = origin_handling[o];
    origin.promise_handling_days = origin.handling.smallest_meeting(options_.target).value_or(0);
    result.origins.push_back(std::move(origin));
  }
  return result;
}

}  // namespace od
