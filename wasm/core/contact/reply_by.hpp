// When a channel promises to have replied to a message received at a given instant.
//
// - Minutes and business hours count open time only: the seconds inside the channel's open
//   intervals from the moment the message arrives (a message sent while closed starts counting at
//   the next opening). The promise falls due the instant the count is reached, so a promise that
//   runs out exactly at closing time is due at closing time. Round-the-clock channels therefore
//   count plain clock time.
// - Business days count whole open days: local days of the channel with open time that all lies
//   after the message arrived (a message at 09:00 on a day opening at 09:00 finds that day whole;
//   one at 09:01 does not). The promise falls due when the last such day closes.
// - The search is bounded; a promise that cannot be met within it has no reply-by instant.
#pragma once

#include <cstdint>
#include <optional>

#include "core/config/store_config.hpp"
#include "core/contact/opening_hours.hpp"

namespace od {

// Three years: a promise a channel cannot keep within them has no reply-by instant, rather than a
// search without end (a channel that opens for one hour on one date, say).
constexpr int32_t kReplySearchDays = 3 * 366;

// The reply-by instant for a message received at `received`, or nullopt when the channel makes
// no promise or cannot keep it within `search_days`.
std::optional<Instant> reply_by(const OpeningHours& hours, const ReplyPromise& promise,
                                Instant received, int32_t search_days = kReplySearchDays);

// Open seconds in [from, to): what a business-hours promise counts.
int64_t open_seconds_between(const OpeningHours& hours, Instant from, Instant to);

}  // namespace od
