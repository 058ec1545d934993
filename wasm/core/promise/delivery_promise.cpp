#include "core/promise/delivery_promise.hpp"

#include <algorithm>
#include <optional>

#include "core/promise/lane_calendars.hpp"
#include "core/promise/order_window.hpp"
#include "core/shipping/zone_match.hpp"
#include "core/sorting/sort_by.hpp"
#include "core/time/holidays.hpp"
#include "core/time/time_zone.hpp"

namespace od {
namespace {

// Reasons are looked for in this many days at most: far beyond any promise shown to a shopper.
constexpr int32_t kReasonScanDays = 62;

const Origin* origin_of(const StoreConfig& config, const Service& service) {
  if (service.origin.empty()) return config.origins.empty() ? nullptr : &config.origins.front();
  return config.find_origin(service.origin);
}

const Holiday* holiday_on(const std::string& place, DayNumber day, std::vector<Holiday>& year_cache,
                          int32_t& cached_year) {
  if (place.empty()) return nullptr;
  const int32_t year = civil_from_days(day).year;
  if (year != cached_year) {
    year_cache = public_holidays(place, year);
    cached_year = year;
  }
  for (const Holiday& h : year_cache) {
    if (h.day == day) return &h;
  }
  return nullptr;
}

// Days in [from, to] that are normally working days of `weekdays` but closed in `calendar`:
// each becomes a reason, named after the first of `places` that has a holiday on it.
void add_closed_days(const WeekdayMask& weekdays, const BusinessCalendar& calendar, DayNumber from,
                     DayNumber to, const std::vector<std::string>& places, ReasonKind holiday_kind,
                     bool closures_too, std::vector<PromiseReason>& reasons) {
  std::vector<Holiday> cache[2];
  int32_t cached_year[2] = {0, 0};
  to = std::min(to, from + kReasonScanDays);
  for (DayNumber day = from; day <= to; ++day) {
    if (!weekdays.has(weekday_of(day)) || calendar.is_business_day(day)) continue;
    PromiseReason reason{holiday_kind, day, "", "", "", 0};
    for (size_t i = 0; i < places.size() && i < 2; ++i) {
      if (const Holiday* h = holiday_on(places[i], day, cache[i], cached_year[i])) {
        reason.name = h->name;
        reason.place = places[i];
        break;
      }
    }
    if (reason.name.empty()) {
      if (!closures_too) continue;
      reason.kind = ReasonKind::DispatchClosure;
    }
    reasons.push_back(std::move(reason));
  }
}

// The day a line can be handled from, with the reason when it is later than the order day.
std::optional<DayNumber> ready_day(const CartLine& line, DayNumber order_day,
                                   const BusinessCalendar& dispatch,
                                   std::vector<PromiseReason>& reasons) {
  DayNumber ready = order_day;
  const CatalogueItem* item = line.item;
  if (!item) return ready;
  const bool short_of_stock = !item->stock || line.qty > *item->stock;
  if (item->restock_date && short_of_stock && *item->restock_date > order_day) {
    const auto restocked = dispatch.next_business_day(*item->restock_date);
    if (!restocked) return std::nullopt;
    ready = *restocked;
    reasons.push_back({ReasonKind::Backorder, *item->restock_date, "", "", line.sku, 0});
  }
  if (item->made_to_order_days > 0) {
    const auto made = dispatch.add_business_days(ready, item->made_to_order_days);
    if (!made) return std::nullopt;
    ready = *made;
    reasons.push_back({ReasonKind::MadeToOrder, ready, "", "", line.sku, item->made_to_order_days});
  }
  return ready;
}

// Transit days are delivery days after the dispatch day: 1 day from a Friday is the Monday for
// a Monday-to-Friday carrier, and 1 day from a Saturday dispatch is also the Monday. 0 days is
// the dispatch day itself when the carrier delivers on it.
std::optional<DayNumber> deliver_after(const BusinessCalendar& delivery, DayNumber dispatched,
                                       int32_t transit) {
  if (transit <= 0 || delivery.is_business_day(dispatched)) {
    return delivery.add_business_days(dispatched, transit);
  }
  const auto first = delivery.next_business_day(dispatched);
  if (!first) return std::nullopt;
  return delivery.add_business_days(*first, transit - 1);
}

}  // namespace

DeliveryPromise promise_delivery(const StoreConfig& config, const Service& service,
                                 const Destination& destination, const std::vector<CartLine>& lines,
                                 Instant now) {
  DeliveryPromise out;
  out.confidence = config.promise.confidence;
  const Zone* zone = find_zone(config.zones, destination).zone;
  if (!zone) return out;
  const ServiceRate* rate = service.rate_for_zone(zone->id);
  if (!rate) {
    out.outcome = PromiseOutcome::NotByService;
    return out;
  }
  if (!rate->transit_days) {
    out.outcome = PromiseOutcome::NoTransitDays;
    return out;
  }
  const Origin* origin = origin_of(config, service);
  const TimeZone* origin_zone = origin ? find_time_zone(origin->time_zone) : nullptr;
  auto dispatch = origin ? dispatch_calendar(*origin) : std::nullopt;
  auto delivery = delivery_calendar(service, destination);
  out.outcome = PromiseOutcome::BeyondCalendar;
  if (!origin_zone || !dispatch || !delivery) return out;

  const auto window = order_window(*origin, *origin_zone, *dispatch, now);
  if (!window) {
    out.outcome = PromiseOutcome::NoCutoffs;
    return out;
  }
  out.order_by = window->order_by;
  out.order_day = window->order_day;
  out.origin_time_zone = origin->time_zone;
  if (window->order_day != window->today) {
    out.reasons.push_back({ReasonKind::AfterCutoff, window->order_day, "", "", "", 0});
  }

  // Lines by the day they are ready; one shipment per ready day, or one for all.
  std::vector<std::pair<DayNumber, size_t>> ready;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto day = ready_day(lines[i], window->order_day, *dispatch, out.reasons);
    if (!day) return out;
    ready.emplace_back(*day, i);
  }
  if (ready.empty()) ready.emplace_back(window->order_day, 0);  // nothing yet: one ordinary unit
  sort_by(ready);
  const bool split = config.promise.split_shipments;
  for (const auto& [day, line] : ready) {
    if (out.shipments.empty() || (split && out.shipments.back().ready != day)) {
      out.shipments.push_back({});
    }
    Shipment& s = out.shipments.back();
    s.ready = std::max(s.ready, day);
    if (!lines.empty()) s.lines.push_back(line);
  }

  const DayRange handling = origin->handling_days;
  const DayRange transit = *rate->transit_days;
  for (Shipment& s : out.shipments) {
    const auto first_dispatch = dispatch->add_business_days(s.ready, handling.min);
    const auto last_dispatch = dispatch->add_business_days(s.ready, handling.max);
    if (!first_dispatch || !last_dispatch) return out;
    const auto earliest = deliver_after(*delivery, *first_dispatch, transit.min);
    const auto latest = deliver_after(*delivery, *last_dispatch, transit.max);
    if (!earliest || !latest) return out;
    s.dispatch = *first_dispatch;
    s.last_dispatch = *last_dispatch;
    s.earliest = *earliest;
    s.latest = *latest;
  }
  const Shipment& slowest =
      *std::max_element(out.shipments.begin(), out.shipments.end(),
                        [](const Shipment& a, const Shipment& b) { return a.latest < b.latest; });
  out.dispatch = slowest.dispatch;
  out.earliest = slowest.earliest;
  out.latest = slowest.latest;

  add_closed_days(origin->dispatch_days, *dispatch, window->today, slowest.last_dispatch,
                  {origin->holidays.code}, ReasonKind::DispatchHoliday, true, out.reasons);
  add_closed_days(service.delivery_days, *delivery, slowest.dispatch, out.latest,
                  {destination_holiday_place(destination), service.carrier_holidays.code},
                  ReasonKind::DeliveryHoliday, false, out.reasons);
  out.outcome = PromiseOutcome::Promised;
  return out;
}

}  // namespace od
