// The generated shipment history both calibration benchmarks read (calibrate_bench.cpp and
// portable/engine_ops_loops.cpp), like scripts/gen-shipment-history.mjs: five lanes of the demo
// store, orders over 2025-01-01 .. 2026-10-22, handling 0-2 days, transit 1..max days.
// std::mt19937 is specified exactly by the standard, so every build generates the same text.
#pragma once

#include <cstddef>
#include <random>
#include <string>

#include "core/time/civil_date.hpp"

namespace od::bench {

inline std::string two_digits(int v) {
  return std::string(1, char('0' + v / 10)) + char('0' + v % 10);
}

inline std::string shipment_history(int rows) {
  std::mt19937 rng(1);
  struct Lane {
    const char* service;
    const char* country;
    const char* postcode;
    int max_transit;
  };
  const Lane lanes[] = {{"standard", "GB", "\"LS1 1AA\"", 4},
                        {"standard", "GB", "\"BT1 1AA\"", 5},
                        {"express", "GB", "\"SW1A 1AA\"", 2},
                        {"international", "IE", "\"D02 X285\"", 6},
                        {"international", "DE", "10115", 7}};
  const DayNumber first = days_from_civil({2025, 1, 1});
  auto stamp = [](DayNumber day, int hour) {
    return format_day(day) + "T" + two_digits(hour) + ":" + two_digits(hour * 7 % 60) + ":00Z";
  };
  std::string csv = "order_id,ordered_at,shipped_at,delivered_at,service,country,postcode\n";
  csv.reserve(static_cast<std::size_t>(rows) * 112);
  for (int i = 0; i < rows; ++i) {
    const Lane& lane = lanes[rng() % 5];
    const DayNumber ordered = first + static_cast<DayNumber>(rng() % 660);
    const DayNumber shipped = ordered + static_cast<DayNumber>(rng() % 3);
    const DayNumber delivered =
        shipped + 1 + static_cast<DayNumber>(rng() % static_cast<unsigned>(lane.max_transit));
    const int order_hour = 8 + static_cast<int>(rng() % 10);
    csv += "A" + std::to_string(i) + "," + stamp(ordered, order_hour) + "," + stamp(shipped, 16) +
           "," + stamp(delivered, 11) + "," + lane.service + "," + lane.country + "," +
           lane.postcode + "\n";
  }
  return csv;
}

}  // namespace od::bench
