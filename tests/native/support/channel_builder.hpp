// Contact channels written the way a store writes them, for the contact tests.
#pragma once

#include <initializer_list>
#include <string>

#include <gtest/gtest.h>

#include "core/config/store_config.hpp"
#include "time_literals.hpp"

namespace od::testing {

inline int32_t minutes(const std::string& hh_mm) {
  return std::stoi(hh_mm.substr(0, 2)) * 60 + std::stoi(hh_mm.substr(3, 2));
}

// "09:00"-"17:30"; an end at or before the start runs past midnight, as in the configuration.
inline TimeSlot slot(const std::string& start, const std::string& end) {
  const int32_t s = minutes(start);
  const int32_t e = minutes(end);
  return {s, e <= s ? e + 1440 : e};
}

class ChannelBuilder {
 public:
  explicit ChannelBuilder(std::string time_zone = "Europe/London") {
    channel_.id = "c";
    channel_.time_zone = std::move(time_zone);
  }
  ChannelBuilder& on(std::initializer_list<Weekday> days, std::initializer_list<TimeSlot> slots) {
    for (Weekday d : days) channel_.weekly[static_cast<size_t>(d) - 1] = slots;
    return *this;
  }
  ChannelBuilder& weekdays(const std::string& start, const std::string& end) {
    return on({Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri},
              {slot(start, end)});
  }
  ChannelBuilder& always_open() {
    channel_.always_open = true;
    return *this;
  }
  ChannelBuilder& holidays(const std::string& place) {
    channel_.holidays.code = place;
    return *this;
  }
  ChannelBuilder& closed_on(const std::string& date) {
    channel_.closures.push_back(day(date));
    return *this;
  }
  ChannelBuilder& special(const std::string& date, std::initializer_list<TimeSlot> slots) {
    channel_.special_hours.push_back({day(date), slots});
    return *this;
  }
  ChannelBuilder& reply(ReplyUnit unit, int32_t amount) {
    channel_.reply = {unit, amount};
    return *this;
  }
  const ContactChannel& get() const { return channel_; }
  const TimeZone& time_zone() const { return zone(channel_.time_zone); }

 private:
  ContactChannel channel_;
};

}  // namespace od::testing
