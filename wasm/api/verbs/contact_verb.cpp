// The contact verb: every channel open or closed now, its next change, the reply-by instant for a
// message sent now, its hours this week in the shopper's zone and the store's, notices of
// holidays and special hours ahead, the returns policy, how to reach a person, and the
// acknowledgement the page shows once a message is sent.
//
// Instants are "YYYY-MM-DDTHH:MM:SSZ"; every wall time carries its zone:
// {"date","time","weekday","timeZone","offsetMinutes"}. Searches are bounded; when a change or a
// reply-by lies beyond them the field is absent and a note says why.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "api/requests/shopper_request.hpp"
#include "api/verbs/contact_texts.hpp"
#include "api/verbs/verbs.hpp"
#include "core/contact/channel_links.hpp"
#include "core/contact/opening_hours.hpp"
#include "core/contact/reply_by.hpp"
#include "core/contact/week_table.hpp"
#include "core/sorting/sort_by.hpp"
#include "core/time/instant.hpp"
#include "core/time/time_zone.hpp"

namespace od::api {
namespace {

using contact::clock_text;

constexpr int32_t kDefaultNoticeDays = 14;
constexpr int32_t kWeekDays = 7;

const char* weekday_name(Weekday d) {
  static constexpr const char* kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  return kNames[static_cast<int>(d) - 1];
}

const char* type_name(ChannelType type) {
  switch (type) {
    case ChannelType::Phone:
      return "phone";
    case ChannelType::Email:
      return "email";
    case ChannelType::Chat:
      return "chat";
    case ChannelType::Form:
      return "form";
    case ChannelType::Messaging:
      return "messaging";
  }
  return "";
}

const char* day_kind_name(DayKind kind) {
  switch (kind) {
    case DayKind::Regular:
      return "regular";
    case DayKind::Special:
      return "special";
    case DayKind::Holiday:
      return "holiday";
    case DayKind::Closure:
      return "closure";
  }
  return "";
}

const char* reply_unit_name(ReplyUnit unit) {
  switch (unit) {
    case ReplyUnit::None:
      return "none";
    case ReplyUnit::Minutes:
      return "minutes";
    case ReplyUnit::BusinessHours:
      return "businessHours";
    case ReplyUnit::BusinessDays:
      return "businessDays";
  }
  return "";
}

// A promise is shown to the minute, so a reply-by with seconds is rounded up, never down.
Instant ceil_to_minute(Instant t) {
  const Instant rem = ((t % 60) + 60) % 60;
  return rem == 0 ? t : t + (60 - rem);
}

json wall_time(const TimeZone& zone, Instant t) {
  const LocalDateTime local = to_local(zone, t);
  return {{"date", format_day(local.day)},
          {"time", clock_text(local.second_of_day / 60)},
          {"weekday", weekday_name(weekday_of(local.day))},
          {"timeZone", std::string(time_zone_name(zone))},
          {"offsetMinutes", local.offset_seconds / 60}};
}

json both_walls(const TimeZone& store, const TimeZone& shopper, Instant t) {
  return {{"store", wall_time(store, t)}, {"shopper", wall_time(shopper, t)}};
}

json configured_slots(const std::vector<TimeSlot>& slots) {
  json out = json::array();
  for (const TimeSlot& slot : slots) {
    json s = {{"start", clock_text(slot.start)}, {"end", clock_text(slot.end)}};
    if (slot.end > 1440) s["nextDay"] = true;
    out.push_back(std::move(s));
  }
  return out;
}

json zone_days(const std::vector<ZoneDay>& days, bool with_dates) {
  json rows = json::array();
  for (const ZoneDay& day : days) {
    json slots = json::array();
    for (const WallSlot& slot : day.slots) {
      slots.push_back({{"start", clock_text(slot.start_minute)},
                       {"end", clock_text(slot.end_minute)},
                       {"from", format_instant(slot.start)},
                       {"until", format_instant(slot.end)}});
    }
    json row = json::object();
    if (with_dates) row["date"] = format_day(day.day);
    row["weekday"] = weekday_name(weekday_of(day.day));
    row["slots"] = std::move(slots);
    rows.push_back(std::move(row));
  }
  return rows;
}

// The channel's own days from its today: what the store's clock says, and why.
json store_days(const OpeningHours& hours, DayNumber first, int32_t count) {
  json rows = json::array();
  for (DayNumber d = first; d < first + count; ++d) {
    const ChannelDay day = hours.day(d);
    json row = {{"date", format_day(d)},
                {"weekday", weekday_name(weekday_of(d))},
                {"kind", day_kind_name(day.kind)}};
    if (!day.holiday.empty()) row["holiday"] = day.holiday;
    row["slots"] = configured_slots(day.slots);
    rows.push_back(std::move(row));
  }
  return rows;
}

json regular_week(const OpeningHours& hours, const TimeZone& shopper, Instant now) {
  json store = json::array();
  for (int w = 1; w <= 7; ++w) {
    const auto weekday = static_cast<Weekday>(w);
    store.push_back({{"weekday", weekday_name(weekday)},
                     {"slots", configured_slots(hours.regular_slots(weekday))}});
  }
  return {{"store", std::move(store)},
          {"shopper", zone_days(regular_week_in_zone(hours, shopper, now), false)}};
}

std::string channel_href(const ContactChannel& channel, const std::string& subject) {
  switch (channel.type) {
    case ChannelType::Phone:
      return tel_href(channel.address);
    case ChannelType::Email:
      return mailto_href(channel.address, subject);
    case ChannelType::Chat:
    case ChannelType::Messaging:
      return channel.address;  // checked by the configuration: a safe link
    case ChannelType::Form:
      return {};
  }
  return {};
}

const char* schedule_name(const OpeningHours& hours) {
  if (hours.round_the_clock()) return "roundTheClock";
  if (hours.never_open()) return "never";
  return "hours";
}

std::string no_change_note(const OpeningHours& hours, bool open) {
  if (hours.round_the_clock()) return "Open round the clock.";
  if (hours.never_open()) return "This channel has no opening hours.";
  const std::string days = std::to_string(kOpeningSearchDays);
  return open ? "Stays open for at least the next " + days + " days."
              : "Does not open within the next " + days + " days.";
}

struct ChannelResult {
  json body;
  std::optional<Instant> reply_by;
};

ChannelResult describe_channel(const StoreConfig& config, const OpeningHours& hours,
                               const ShopperContext& shopper, const TimeZone& shopper_zone) {
  const ContactChannel& channel = hours.channel();
  const TimeZone& zone = hours.zone();
  const Instant now = shopper.now;
  json out = {{"id", channel.id},
              {"type", type_name(channel.type)},
              {"label", contact::channel_label(channel, shopper.language)}};
  // The engine's own default label: a page may name the channel type in its language instead.
  if (channel.label.empty()) out["labelDefault"] = true;
  if (!channel.address.empty()) out["address"] = channel.address;
  const std::string href = channel_href(channel, contact::email_subject(config, shopper.language));
  if (!href.empty()) out["href"] = href;
  out["human"] = channel.human;
  out["timeZone"] = channel.time_zone;
  out["schedule"] = schedule_name(hours);

  const OpenState state = hours.state_at(now);
  out["open"] = state.open;
  if (state.next_change) {
    out["nextChange"] = format_instant(*state.next_change);
    out["nextChangeAt"] = both_walls(zone, shopper_zone, *state.next_change);
  } else {
    out["nextChangeNote"] = no_change_note(hours, state.open);
  }

  ChannelResult result;
  if (channel.reply.unit != ReplyUnit::None) {
    out["reply"] = {{"unit", reply_unit_name(channel.reply.unit)},
                    {"amount", channel.reply.amount}};
    if (auto due = reply_by(hours, channel.reply, now)) {
      result.reply_by = ceil_to_minute(*due);
      out["replyBy"] = format_instant(*result.reply_by);
      out["replyByAt"] = both_walls(zone, shopper_zone, *result.reply_by);
    } else {
      out["replyNote"] = hours.never_open()
                             ? "No reply time can be promised: this channel has no opening hours."
                             : "No reply time can be promised: too little opening time ahead.";
    }
  }
  const std::string usual = contact::usual_hours_text(channel.weekly);
  if (!usual.empty()) out["usualHours"] = usual;
  out["week"] = zone_days(
      open_days_in_zone(hours, shopper_zone, to_local(shopper_zone, now).day, kWeekDays), true);
  out["storeWeek"] = store_days(hours, to_local(zone, now).day, kWeekDays);
  out["regularHours"] = regular_week(hours, shopper_zone, now);
  result.body = std::move(out);
  return result;
}

// Days ahead whose hours differ from the weekly ones, grouped across channels that share them.
void add_notices(json& notices, const OpeningHours& hours, Instant now, int32_t days) {
  const ContactChannel& channel = hours.channel();
  const TimeZone& zone = hours.zone();
  const DayNumber today = to_local(zone, now).day;
  for (DayNumber d = today; d < today + days; ++d) {
    const ChannelDay day = hours.day(d);
    if (day.kind == DayKind::Regular) continue;
    const auto regular = hours.regular_slots(weekday_of(d));
    const bool differs =
        day.kind == DayKind::Special
            ? !std::equal(day.slots.begin(), day.slots.end(), regular.begin(), regular.end(),
                          [](const TimeSlot& a, const TimeSlot& b) {
                            return a.start == b.start && a.end == b.end;
                          })
            : !regular.empty();
    if (!differs) continue;
    json notice = {{"date", format_day(d)},
                   {"weekday", weekday_name(weekday_of(d))},
                   {"kind", day_kind_name(day.kind)}};
    if (!day.holiday.empty()) notice["holiday"] = day.holiday;
    notice["timeZone"] = channel.time_zone;
    notice["slots"] = configured_slots(day.slots);
    json open = json::array();
    for (const OpenInterval& iv : hours.day_intervals(d)) {
      open.push_back({{"from", format_instant(iv.start)}, {"until", format_instant(iv.end)}});
    }
    notice["open"] = std::move(open);
    notice["starts"] = format_instant(from_local(zone, d, 0));
    auto same = std::find_if(notices.begin(), notices.end(), [&](json& existing) {
      json probe = existing;
      probe.erase("channels");
      return probe == notice;
    });
    if (same != notices.end()) {
      (*same)["channels"].push_back(channel.id);
    } else {
      notice["channels"] = json::array({channel.id});
      notices.push_back(std::move(notice));
    }
  }
}

json returns_json(const StoreConfig& config, const std::string& language) {
  const ReturnsPolicy& policy = config.returns;
  json out = {{"days", policy.days}};
  switch (policy.cost) {
    case ReturnCost::Unstated:
      break;
    case ReturnCost::Free:
      out["cost"] = "free";
      break;
    case ReturnCost::Shopper:
      out["cost"] = "shopper";
      break;
    case ReturnCost::Fixed:
      out["cost"] = "fixed";
      out["costAmount"] = policy.cost_amount;
      out["currency"] = config.store.currency;
      break;
  }
  out["summary"] = contact::returns_statement(policy, language);
  if (policy.summary.empty()) out["summaryDefault"] = true;
  if (!policy.url.empty()) out["url"] = policy.url;
  json cancel = {{"untilDispatch", policy.cancel_until_dispatch}};
  if (!policy.cancellation_url.empty()) cancel["url"] = policy.cancellation_url;
  out["cancellation"] = std::move(cancel);
  return out;
}

// The channel whose promise the acknowledgement quotes: the one asked for, else the first form,
// else the first e-mail channel, else the first that promises a reply.
const ContactChannel* acknowledging_channel(const StoreConfig& config, const std::string& id) {
  const auto& channels = config.contact.channels;
  if (!id.empty()) {
    for (const auto& c : channels) {
      if (c.id == id) return &c;
    }
    return nullptr;
  }
  for (ChannelType type : {ChannelType::Form, ChannelType::Email}) {
    for (const auto& c : channels) {
      if (c.type == type) return &c;
    }
  }
  for (const auto& c : channels) {
    if (c.reply.unit != ReplyUnit::None) return &c;
  }
  return channels.empty() ? nullptr : &channels.front();
}

const ContactChannel* first_email(const StoreConfig& config) {
  for (const auto& c : config.contact.channels) {
    if (c.type == ChannelType::Email) return &c;
  }
  return nullptr;
}

}  // namespace

json contact_verb(const StoreConfig& config, const json& request) {
  Errors errors;
  ShopperContext shopper;
  std::string wanted;
  int32_t notice_days = kDefaultNoticeDays;
  {
    // The reader reports fields it never read when it goes out of scope.
    ObjectReader r(request, "", errors);
    if (r.ok()) {
      shopper = read_shopper_context(r, config, Need::Optional);
      wanted = r.text("channel", Need::Optional, "a channel id").value_or("");
      notice_days = static_cast<int32_t>(
          r.integer("noticeDays", Need::Optional, 0, 62, "days").value_or(kDefaultNoticeDays));
    }
  }
  if (!errors.empty()) return error_result(errors);
  const ContactChannel* acknowledging = acknowledging_channel(config, wanted);
  if (!wanted.empty() && !acknowledging) {
    errors.push_back({"/channel", "No contact channel has the id \"" + wanted + "\"."});
  }
  const TimeZone* shopper_zone = find_time_zone(shopper.time_zone);
  const TimeZone* store_zone = find_time_zone(config.store.time_zone);
  if (!errors.empty()) return error_result(errors);
  if (!shopper_zone || !store_zone) {
    return error_result({{"/shopperTimeZone", "The time zone could not be used."}});
  }

  json channels = json::array();
  json notices = json::array();
  bool any_open = false;
  std::optional<Instant> acknowledged_by;
  for (const ContactChannel& channel : config.contact.channels) {
    const TimeZone* zone = find_time_zone(channel.time_zone);
    if (!zone) zone = store_zone;  // the configuration checked every name; this is a safeguard
    const OpeningHours hours(channel, *zone);
    ChannelResult result = describe_channel(config, hours, shopper, *shopper_zone);
    any_open = any_open || result.body["open"].get<bool>();
    if (&channel == acknowledging) acknowledged_by = result.reply_by;
    channels.push_back(std::move(result.body));
    add_notices(notices, hours, shopper.now, notice_days);
  }
  sort_by(notices.get_ref<json::array_t&>(), [](const json& a, const json& b) {
    return a["starts"].get<std::string>() < b["starts"].get<std::string>();
  });

  json out = {{"ok", true},
              {"now", format_instant(shopper.now)},
              {"shopperTimeZone", shopper.time_zone},
              {"storeTimeZone", config.store.time_zone},
              {"language", shopper.language}};
  if (!config.contact.time_zone_label.empty()) {
    out["timeZoneLabel"] = config.contact.time_zone_label.in(shopper.language);
  }
  out["anyOpen"] = any_open;
  out["searchDays"] = kOpeningSearchDays;
  out["channels"] = std::move(channels);
  out["notices"] = std::move(notices);
  if (config.returns.present) out["returns"] = returns_json(config, shopper.language);
  out["human"] = contact::human_statement(config, shopper.language);
  if (config.contact.human_statement.empty()) out["humanDefault"] = true;

  json form = json::object();
  const std::string subject = contact::email_subject(config, shopper.language);
  if (!config.contact.endpoint.empty()) form["endpoint"] = config.contact.endpoint;
  const ContactChannel* email = first_email(config);
  std::string fallback_address;
  for (const ContactChannel& c : config.contact.channels) {
    if (c.type == ChannelType::Form && !c.address.empty()) fallback_address = c.address;
  }
  if (fallback_address.empty() && email) fallback_address = email->address;
  if (!fallback_address.empty()) {
    form["mailto"] = fallback_address;
    form["mailtoHref"] = mailto_href(fallback_address, subject);
  }
  form["subject"] = subject;
  if (config.contact.subject.empty()) {
    form["subjectDefault"] = true;
    const std::string& store = config.store.name.in(shopper.language);
    if (!store.empty()) form["storeName"] = store;
  }
  out["form"] = std::move(form);

  if (acknowledging) {
    const TimeZone* zone = find_time_zone(acknowledging->time_zone);
    if (!zone) zone = store_zone;
    const OpeningHours hours(*acknowledging, *zone);
    contact::AcknowledgementFacts facts;
    facts.promises_reply = acknowledged_by.has_value();
    facts.human = acknowledging->human;
    facts.round_the_clock = hours.round_the_clock();
    json ack = {
        {"channel", acknowledging->id},
        {"template", contact::acknowledgement_template(config.contact, shopper.language, facts)}};
    if (config.contact.acknowledgement.empty()) ack["templateDefault"] = true;
    if (acknowledged_by) {
      ack["replyBy"] = format_instant(*acknowledged_by);
      ack["replyByAt"] = both_walls(*zone, *shopper_zone, *acknowledged_by);
    }
    ack["hours"] = facts.round_the_clock ? std::string("24 hours a day")
                                         : contact::usual_hours_text(acknowledging->weekly);
    ack["timeZone"] = acknowledging->time_zone;
    out["acknowledgement"] = std::move(ack);
  }
  return out;
}

}  // namespace od::api
