// The time core's hot loops, built twice: natively and as a Node wasm program (Emscripten), so
// that tests/bench/time-ratio.mjs compares the same work in both and reports the wasm/native
// ratio. Each loop runs for about half a second and prints one JSON line:
//   {"name": "...", "opsPerSecond": n, "checksum": n}
// The checksum, over a fixed first pass, lets the script check that both builds computed the
// same answers.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "core/time/business_calendar.hpp"
#include "core/time/time_zone.hpp"

namespace {

const char* const kZones[] = {"Europe/London",     "America/New_York", "Australia/Sydney",
                              "Africa/Casablanca", "Asia/Kolkata",     "Pacific/Chatham",
                              "America/Santiago",  "Pacific/Auckland"};

struct Sample {
  const od::TimeZone* zone;
  od::Instant instant;
  od::DayNumber local_day;
  int32_t local_second;
};

// A fixed pseudo-random mix of zones and instants in 2000-2060.
std::vector<Sample> make_samples() {
  std::vector<Sample> out;
  uint64_t state = 0x9e3779b97f4a7c15u;
  for (int i = 0; i < 4096; ++i) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    const od::TimeZone* zone = od::find_time_zone(kZones[(state >> 33) % 8]);
    const od::Instant t = 946684800 + static_cast<od::Instant>((state >> 13) % 1893456000);
    const od::LocalDateTime local = od::to_local(*zone, t);
    out.push_back({zone, t, local.day, local.second_of_day});
  }
  return out;
}

od::BusinessCalendar lane() {
  od::CalendarRules dispatch;
  dispatch.holiday_place = "DE-BY";
  od::CalendarRules carrier;
  carrier.open_weekdays = od::WeekdaySet::monday_to_saturday();
  carrier.holiday_place = "DE";
  od::CalendarRules destination;
  destination.holiday_place = "GB-ENG";
  return od::all_of({*od::BusinessCalendar::create(dispatch),
                     *od::BusinessCalendar::create(carrier),
                     *od::BusinessCalendar::create(destination)});
}

template <typename Step>
void measure(const char* name, Step step) {
  using Clock = std::chrono::steady_clock;
  // The answers: one fixed pass, the same in every build.
  int64_t checksum = 0;
  for (uint64_t i = 0; i < 4096; ++i) checksum = (checksum * 31 + step(i)) % 1000000007;
  // The timing: as many passes as fit in half a second.
  static volatile int64_t sink = 0;
  uint64_t ops = 0;
  const auto start = Clock::now();
  double seconds = 0;
  do {
    int64_t sum = 0;
    for (int i = 0; i < 1024; ++i) sum += step(ops++);
    sink = sink + sum;
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  } while (seconds < 0.5);
  std::printf("{\"name\":\"%s\",\"opsPerSecond\":%.0f,\"checksum\":%lld}\n", name,
              static_cast<double>(ops) / seconds, static_cast<long long>(checksum));
}

}  // namespace

int main() {
  const std::vector<Sample> samples = make_samples();
  const od::BusinessCalendar calendar = lane();
  const od::DayNumber first = od::days_from_civil({2026, 1, 1});

  measure("utc-to-local", [&](uint64_t i) {
    const Sample& s = samples[i & 4095];
    return static_cast<int64_t>(od::to_local(*s.zone, s.instant).second_of_day);
  });
  measure("local-to-utc", [&](uint64_t i) {
    const Sample& s = samples[i & 4095];
    return od::from_local(*s.zone, s.local_day, s.local_second) & 0xffff;
  });
  for (int32_t n : {1, 5, 20, 250}) {
    char name[40];
    std::snprintf(name, sizeof name, "add-%d-business-days", n);
    measure(name, [&](uint64_t i) {
      const auto day = calendar.add_business_days(first + static_cast<int32_t>(i % 730), n);
      return static_cast<int64_t>(day.value_or(0));
    });
  }
  measure("business-days-between", [&](uint64_t i) {
    const od::DayNumber from = first + static_cast<int32_t>(i % 365);
    return static_cast<int64_t>(calendar.business_days_between(from, from + 30).value_or(0));
  });
  return 0;
}
