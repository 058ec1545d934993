// The contact panel's words: channel labels, the plain statement of how to reach a person, the
// returns summary, e-mail subjects and the acknowledgement template. Store-written text wins,
// in the request's language; otherwise plain English defaults.
#pragma once

#include <string>
#include <vector>

#include "core/config/store_config.hpp"

namespace od::api::contact {

std::string channel_label(const ContactChannel& channel, const std::string& language);

std::string human_statement(const StoreConfig& config, const std::string& language);

// The store's summary, or a sentence built from the policy's days, cost and cancellation terms.
std::string returns_statement(const ReturnsPolicy& policy, const std::string& language);

std::string email_subject(const StoreConfig& config, const std::string& language);

// What the acknowledgement needs to know about the channel that took the message.
struct AcknowledgementFacts {
  bool promises_reply = false;  // a reply-by instant is known
  bool human = true;
  bool round_the_clock = false;  // then "{hours}" has nothing useful to say
};

std::string acknowledgement_template(const ContactSettings& contact, const std::string& language,
                                     const AcknowledgementFacts& facts);

// "09:00–17:30", or "09:00–12:30, 13:30–17:30": the weekly slots that most weekdays share.
std::string usual_hours_text(const std::array<std::vector<TimeSlot>, 7>& weekly);

// "HH:MM" for minutes since midnight, wrapping past 24:00 ("26:00" -> "02:00"); 1440 stays "24:00".
std::string clock_text(int32_t minutes);

}  // namespace od::api::contact
