#include "api/verbs/contact_texts.hpp"

#include <algorithm>

namespace od::api::contact {
namespace {

std::string joined_with_or(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

const char* way_to_reach(ChannelType type) {
  switch (type) {
    case ChannelType::Phone:
      return "by phone";
    case ChannelType::Email:
      return "by e-mail";
    case ChannelType::Chat:
      return "in live chat";
    case ChannelType::Form:
      return "through the contact form";
    case ChannelType::Messaging:
      return "by message";
  }
  return "";
}

}  // namespace

std::string clock_text(int32_t minutes) {
  if (minutes != 1440) minutes = ((minutes % 1440) + 1440) % 1440;
  const int32_t hours = minutes / 60;
  const int32_t mins = minutes % 60;
  return {static_cast<char>('0' + hours / 10), static_cast<char>('0' + hours % 10), ':',
          static_cast<char>('0' + mins / 10), static_cast<char>('0' + mins % 10)};
}

std::string channel_label(const ContactChannel& channel, const std::string& language) {
  if (!channel.label.empty()) return channel.label.in(language);
  switch (channel.type) {
    case ChannelType::Phone:
      return "Phone";
    case ChannelType::Email:
      return "E-mail";
    case ChannelType::Chat:
      return "Live chat";
    case ChannelType::Form:
      return "Message us";
    case ChannelType::Messaging:
      return "Messaging";
  }
  return channel.id;
}

std::string human_statement(const StoreConfig& config, const std::string& language) {
  if (!config.contact.human_statement.empty()) return config.contact.human_statement.in(language);
  std::vector<std::string> ways;
  for (const ContactChannel& channel : config.contact.channels) {
    if (!channel.human) continue;
    const std::string way = way_to_reach(channel.type);
    if (std::find(ways.begin(), ways.end(), way) == ways.end()) ways.push_back(way);
  }
  if (ways.empty()) {
    return config.contact.channels.empty()
               ? "This store lists no way to contact it."
               : "Replies come from an automated assistant; no channel reaches a person directly.";
  }
  return "You can reach a person " + joined_with_or(ways) + ".";
}

std::string returns_statement(const ReturnsPolicy& policy, const std::string& language) {
  if (!policy.present) return {};
  if (!policy.summary.empty()) return policy.summary.in(language);
  std::string text;
  if (policy.days == 0) {
    text = "Returns are not accepted.";
  } else {
    text = "You can return items within " + std::to_string(policy.days) +
           (policy.days == 1 ? " day" : " days");
    switch (policy.cost) {
      case ReturnCost::Free:
        text += "; returns are free.";
        break;
      case ReturnCost::Shopper:
        text += "; you pay the return postage.";
        break;
      case ReturnCost::Fixed:
        text += "; a fixed return charge applies.";
        break;
      case ReturnCost::Unstated:
        text += ".";
        break;
    }
  }
  if (policy.cancel_until_dispatch) text += " You can cancel your order until it is dispatched.";
  return text;
}

std::string email_subject(const StoreConfig& config, const std::string& language) {
  if (!config.contact.subject.empty()) return config.contact.subject.in(language);
  const std::string& store = config.store.name.in(language);
  return store.empty() ? "Question from the website" : "Question for " + store;
}

std::string acknowledgement_template(const ContactSettings& contact, const std::string& language,
                                     const AcknowledgementFacts& facts) {
  if (!contact.acknowledgement.empty()) return contact.acknowledgement.in(language);
  if (!facts.promises_reply) {
    return "Thanks, {name}. We have your message and will reply as soon as we can.";
  }
  const std::string who = facts.human ? "A person" : "We";
  if (facts.round_the_clock) return "Thanks, {name}. " + who + " will reply by {replyBy}.";
  return "Thanks, {name}. " + who + " will reply by {replyBy} (we're open {hours}).";
}

std::string usual_hours_text(const std::array<std::vector<TimeSlot>, 7>& weekly) {
  // The slot list shared by most open weekdays; the earliest weekday breaks ties.
  const std::vector<TimeSlot>* best = nullptr;
  int best_count = 0;
  for (const auto& candidate : weekly) {
    if (candidate.empty()) continue;
    const int count = static_cast<int>(
        std::count_if(weekly.begin(), weekly.end(), [&](const std::vector<TimeSlot>& other) {
          return other.size() == candidate.size() &&
                 std::equal(other.begin(), other.end(), candidate.begin(),
                            [](const TimeSlot& a, const TimeSlot& b) {
                              return a.start == b.start && a.end == b.end;
                            });
        }));
    if (count > best_count) {
      best = &candidate;
      best_count = count;
    }
  }
  if (!best) return {};
  std::string text;
  for (const TimeSlot& slot : *best) {
    if (!text.empty()) text += ", ";
    text += clock_text(slot.start) + "\u2013" + clock_text(slot.end);
  }
  return text;
}

}  // namespace od::api::contact
