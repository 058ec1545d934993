#include "api/verbs/promise_json.hpp"

#include <nlohmann/json.hpp>

#include "core/time/instant.hpp"

namespace od::api {
namespace {

const char* const kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday"};
const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

const char* kind_id(ReasonKind kind) {
  switch (kind) {
    case ReasonKind::AfterCutoff:
      return "after-cutoff";
    case ReasonKind::DispatchHoliday:
      return "dispatch-holiday";
    case ReasonKind::DispatchClosure:
      return "dispatch-closure";
    case ReasonKind::DeliveryHoliday:
      return "delivery-holiday";
    case ReasonKind::Backorder:
      return "backorder";
    case ReasonKind::MadeToOrder:
      return "made-to-order";
  }
  return "";
}

std::string message_of(const PromiseReason& r) {
  switch (r.kind) {
    case ReasonKind::AfterCutoff:
      return "Orders placed now are dispatched from " + spoken_day(r.day) + ".";
    case ReasonKind::DispatchHoliday:
      return spoken_day(r.day) + " is a public holiday where orders are dispatched (" + r.name +
             ").";
    case ReasonKind::DispatchClosure:
      return "We do not dispatch on " + spoken_day(r.day) + ".";
    case ReasonKind::DeliveryHoliday:
      return spoken_day(r.day) + " is a public holiday: no deliveries (" + r.name + ").";
    case ReasonKind::Backorder:
      return r.sku + " is back in stock on " + spoken_day(r.day) + ".";
    case ReasonKind::MadeToOrder:
      return r.sku + " is made to order: " + std::to_string(r.days) + " working days.";
  }
  return "";
}

json reason_json(const PromiseReason& r) {
  json out = {{"kind", kind_id(r.kind)}, {"date", format_day(r.day)}};
  if (!r.name.empty()) out["name"] = r.name;
  if (!r.place.empty()) out["place"] = r.place;
  if (!r.sku.empty()) out["sku"] = r.sku;
  if (r.days > 0) out["days"] = r.days;
  out["message"] = message_of(r);
  return out;
}

}  // namespace

std::string spoken_day(DayNumber day) {
  const CivilDate d = civil_from_days(day);
  return std::string(kWeekdays[static_cast<int>(weekday_of(day)) - 1]) + " " +
         std::to_string(d.day) + " " + kMonths[d.month - 1];
}

std::string spoken_day(std::string_view iso_date) {
  const auto d = parse_civil_date(iso_date);
  return d ? spoken_day(days_from_civil(*d)) : std::string();
}

const char* promise_outcome_id(PromiseOutcome outcome) {
  switch (outcome) {
    case PromiseOutcome::Promised:
      return "promised";
    case PromiseOutcome::NoZone:
      return "no-zone";
    case PromiseOutcome::NotByService:
      return "not-by-service";
    case PromiseOutcome::NoTransitDays:
      return "no-transit-days";
    case PromiseOutcome::NoCutoffs:
      return "no-cutoffs";
    case PromiseOutcome::BeyondCalendar:
      return "beyond-calendar";
  }
  return "";
}

json promise_json(const DeliveryPromise& p, const Cart& cart, const StoreConfig&) {
  if (!p.promised()) return nullptr;
  json out = {{"orderBy", format_instant(p.order_by)},
              {"orderDay", format_day(p.order_day)},
              {"originTimeZone", p.origin_time_zone},
              {"dispatch", format_day(p.dispatch)},
              {"earliest", format_day(p.earliest)},
              {"latest", format_day(p.latest)},
              {"confidence", p.confidence}};
  json reasons = json::array();
  for (const PromiseReason& r : p.reasons) reasons.push_back(reason_json(r));
  out["reasons"] = std::move(reasons);
  if (p.shipments.size() > 1) {
    json shipments = json::array();
    for (const Shipment& s : p.shipments) {
      json skus = json::array();
      for (size_t line : s.lines) skus.push_back(cart.lines[line].sku);
      shipments.push_back({{"items", std::move(skus)},
                           {"dispatch", format_day(s.dispatch)},
                           {"earliest", format_day(s.earliest)},
                           {"latest", format_day(s.latest)}});
    }
    out["shipments"] = std::move(shipments);
  }
  return out;
}

}  // namespace od::api
