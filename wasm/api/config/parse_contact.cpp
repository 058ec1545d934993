#include "api/config/sections.hpp"
#include "core/contact/channel_links.hpp"
#include "core/time/holidays.hpp"

namespace od::api::config {
namespace {

constexpr const char* kWebLinkHelp =
    "Expected a link starting with https:// or a path on this site such as \"/returns\".";

// Each channel is searched day by day; a bounded list keeps every answer quick.
constexpr size_t kMaxChannels = 32;

// The address must fit the channel: shoppers follow it as a tel:, mailto: or plain link, so
// nothing that could run script (javascript:, data:) is ever accepted.
void check_address(const ContactChannel& channel, const std::string& path, Errors& errors) {
  if (channel.address.empty()) {
    if (channel.type != ChannelType::Form) {
      errors.push_back({path,
                        "Give the phone number, e-mail address or link shoppers use for this "
                        "channel."});
    }
    return;
  }
  switch (channel.type) {
    case ChannelType::Phone:
      if (!is_plausible_phone(channel.address)) {
        errors.push_back({path,
                          "Write the phone number with digits, spaces and + ( ) - . only, such "
                          "as \"+44 1422 555 0142\"."});
      }
      return;
    case ChannelType::Email:
    case ChannelType::Form:
      if (!is_plausible_email(channel.address)) {
        errors.push_back({path, "Expected an e-mail address such as \"hello@example.com\"."});
      }
      return;
    case ChannelType::Chat:
    case ChannelType::Messaging:
      if (!is_safe_link(channel.address)) {
        errors.push_back({path,
                          "Expected a link starting with https://, a path on this site such as "
                          "\"/chat\", or a messaging link (sms:, whatsapp:, tg:, viber:)."});
      }
      return;
  }
}

void read_weekly_hours(ObjectReader& channel, ContactChannel& out) {
  const json* v = channel.get("hours", Need::Optional);
  if (!v) return;
  ObjectReader r(*v, channel.path_of("hours"), channel.errors());
  if (!r.ok()) return;
  for (std::string_view day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
    if (const json* slots = r.get(day, Need::Optional)) {
      if (auto s = read_slots(*slots, r.path_of(day), r.errors())) {
        out.weekly[static_cast<size_t>(*weekday_from_name(day)) - 1] = *s;
      }
    }
  }
}

void read_special_hours(ObjectReader& channel, ContactChannel& out) {
  const json* v = channel.get("specialHours", Need::Optional);
  if (!v) return;
  ObjectReader r(*v, channel.path_of("specialHours"), channel.errors());
  if (!r.ok()) return;
  for (const auto& [date_text, slots] : v->items()) {
    const std::string p = r.path_of(date_text);
    r.get(date_text, Need::Optional);  // every key here is a date, so none is "unknown"
    auto day = read_date(json(date_text), p, r.errors());
    auto s = read_slots(slots, p, r.errors());
    if (day && s) out.special_hours.push_back({*day, *s});
  }
}

void read_reply(ObjectReader& channel, ContactChannel& out) {
  const json* v = channel.get("reply", Need::Optional);
  if (!v) return;
  ObjectReader r(*v, channel.path_of("reply"), channel.errors());
  if (!r.ok()) return;
  int given = 0;
  if (auto m = r.integer("minutes", Need::Optional, 1, 10'080, "minutes")) {
    out.reply = {ReplyUnit::Minutes, static_cast<int32_t>(*m)};
    ++given;
  }
  if (auto h = r.integer("businessHours", Need::Optional, 1, 400, "business hours")) {
    out.reply = {ReplyUnit::BusinessHours, static_cast<int32_t>(*h)};
    ++given;
  }
  if (auto d = r.integer("businessDays", Need::Optional, 1, 60, "business days")) {
    out.reply = {ReplyUnit::BusinessDays, static_cast<int32_t>(*d)};
    ++given;
  }
  if (given != 1) {
    r.errors().push_back({r.path(),
                          "Give exactly one reply promise: \"minutes\", \"businessHours\" or "
                          "\"businessDays\"."});
  }
}

ContactChannel parse_channel(const json& v, const std::string& path, Errors& errors,
                             const std::string& default_zone) {
  ContactChannel out;
  out.time_zone = default_zone;
  ObjectReader r(v, path, errors);
  if (!r.ok()) return out;
  if (auto id = r.text("id", Need::Required, "a short identifier")) out.id = *id;
  if (auto type =
          r.choice("type", Need::Required, {"phone", "email", "chat", "form", "messaging"})) {
    out.type = *type == "phone"   ? ChannelType::Phone
               : *type == "email" ? ChannelType::Email
               : *type == "chat"  ? ChannelType::Chat
               : *type == "form"  ? ChannelType::Form
                                  : ChannelType::Messaging;
  }
  if (auto label = r.localized("label", Need::Optional)) out.label = *label;
  if (auto address = r.text("address", Need::Optional, "a phone number, e-mail address or link")) {
    out.address = *address;
  }
  check_address(out, r.path_of("address"), errors);
  if (const json* tz = r.get("timeZone", Need::Optional)) {
    if (auto zone = read_time_zone(*tz, r.path_of("timeZone"), errors)) out.time_zone = *zone;
  }
  if (auto always = r.flag("alwaysOpen", Need::Optional)) out.always_open = *always;
  if (out.always_open && r.get("hours", Need::Optional)) {
    errors.push_back({r.path_of("hours"),
                      "A channel that is always open has no weekly hours; remove \"hours\" or "
                      "\"alwaysOpen\"."});
  }
  read_weekly_hours(r, out);
  if (const json* h = r.get("holidays", Need::Optional)) {
    if (auto place = read_holiday_place(*h, r.path_of("holidays"), errors)) {
      if (is_known_holiday_place(place->code)) {
        out.holidays = *place;
      } else {
        errors.push_back(
            {r.path_of("holidays"), "There is no built-in holiday calendar for \"" + place->code +
                                        "\"; use a supported place such as \"GB-ENG\", \"US\" or "
                                        "\"DE-BY\", or list the days under \"closures\"."});
      }
    }
  }
  out.closures = read_date_list(r, "closures");
  read_special_hours(r, out);
  read_reply(r, out);
  if (auto human = r.flag("human", Need::Optional)) out.human = *human;
  return out;
}

}  // namespace

void parse_returns(const json& v, const std::string& path, Errors& errors, ReturnsPolicy& out) {
  ObjectReader r(v, path, errors);
  if (!r.ok()) return;
  out.present = true;
  out.days = static_cast<int32_t>(r.integer("days", Need::Required, 0, 3650, "days").value_or(0));
  if (auto cost = r.choice("cost", Need::Optional, {"free", "shopper", "fixed"})) {
    out.cost = *cost == "free"      ? ReturnCost::Free
               : *cost == "shopper" ? ReturnCost::Shopper
                                    : ReturnCost::Fixed;
  }
  if (auto amount =
          r.integer("costAmount", Need::Optional, 0, 1'000'000'000'000, "minor currency units")) {
    out.cost_amount = *amount;
  } else if (out.cost == ReturnCost::Fixed) {
    errors.push_back({r.path_of("costAmount"),
                      "A fixed return cost needs \"costAmount\" in minor currency units."});
  }
  if (auto url = r.text("url", Need::Optional, "a link to the returns policy")) {
    if (is_web_link(*url)) {
      out.url = *url;
    } else {
      errors.push_back({r.path_of("url"), kWebLinkHelp});
    }
  }
  if (auto summary = r.localized("summary", Need::Optional)) out.summary = *summary;
  if (const json* c = r.get("cancellation", Need::Optional)) {
    ObjectReader cancel(*c, r.path_of("cancellation"), errors);
    if (cancel.ok()) {
      out.cancel_until_dispatch = cancel.flag("untilDispatch", Need::Optional).value_or(false);
      if (auto url = cancel.text("url", Need::Optional, "a link")) {
        if (is_web_link(*url)) {
          out.cancellation_url = *url;
        } else {
          errors.push_back({cancel.path_of("url"), kWebLinkHelp});
        }
      }
    }
  }
}

void parse_contact(const json& v, const std::string& path, Errors& errors, ContactSettings& out) {
  ObjectReader r(v, path, errors);
  if (!r.ok()) return;
  std::string default_zone;
  if (const json* tz = r.get("timeZone", Need::Optional)) {
    if (auto zone = read_time_zone(*tz, r.path_of("timeZone"), errors)) default_zone = *zone;
  }
  if (const json* channels = r.get("channels", Need::Required)) {
    if (channels->is_array() && channels->size() > kMaxChannels) {
      errors.push_back({r.path_of("channels"), "A contact panel can list at most " +
                                                   std::to_string(kMaxChannels) + " channels."});
    } else {
      for_each_element(*channels, r.path_of("channels"), errors,
                       [&](const json& e, const std::string& p) {
                         out.channels.push_back(parse_channel(e, p, errors, default_zone));
                       });
    }
  }
  if (auto endpoint = r.text("endpoint", Need::Optional, "a link that accepts messages")) {
    if (is_web_link(*endpoint)) {
      out.endpoint = *endpoint;
    } else {
      errors.push_back({r.path_of("endpoint"), kWebLinkHelp});
    }
  }
  if (auto ack = r.localized("acknowledgement", Need::Optional)) out.acknowledgement = *ack;
  if (auto human = r.localized("human", Need::Optional)) out.human_statement = *human;
  if (auto subject = r.localized("subject", Need::Optional)) out.subject = *subject;
  if (auto label = r.localized("timeZoneLabel", Need::Optional)) out.time_zone_label = *label;
}

}  // namespace od::api::config
