// Throughput of the time-zone core over a mix of zones: rule-governed (London, New York, Sydney),
// listed-transition (Casablanca, Gaza), fixed (Kolkata, UTC) and odd-offset ones, at instants
// spread over 1990-2060 so both the transition table and the POSIX rules are exercised.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "core/time/time_zone.hpp"

namespace {

const char* const kZones[] = {
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Africa/Casablanca",
    "Asia/Gaza",
    "Asia/Kolkata",
    "UTC",
    "Pacific/Chatham",
    "Europe/Moscow",
    "America/Sao_Paulo",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Europe/Berlin",
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Pacific/Auckland",
};

struct Sample {
  const od::TimeZone* zone;
  od::Instant instant;
  od::LocalDateTime local;
};

// A fixed pseudo-random mix, so runs compare.
std::vector<Sample> make_samples() {
  std::vector<const od::TimeZone*> zones;
  for (const char* name : kZones) zones.push_back(od::find_time_zone(name));
  std::vector<Sample> samples;
  uint64_t state = 0x9e3779b97f4a7c15u;
  const od::Instant from = 631152000;   // 1990-01-01
  const od::Instant span = 2208988800;  // 70 years
  for (int i = 0; i < 4096; ++i) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    const od::TimeZone* zone = zones[(state >> 33) % zones.size()];
    const od::Instant t = from + static_cast<od::Instant>((state >> 13) % span);
    samples.push_back(Sample{zone, t, od::to_local(*zone, t)});
  }
  return samples;
}

const std::vector<Sample>& samples() {
  static const std::vector<Sample> s = make_samples();
  return s;
}

void BM_ToLocal(benchmark::State& state) {
  const std::vector<Sample>& s = samples();
  size_t i = 0;
  for (auto _ : state) {
    const Sample& x = s[i++ & (s.size() - 1)];
    benchmark::DoNotOptimize(od::to_local(*x.zone, x.instant));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ToLocal);

void BM_FromLocal(benchmark::State& state) {
  const std::vector<Sample>& s = samples();
  size_t i = 0;
  for (auto _ : state) {
    const Sample& x = s[i++ & (s.size() - 1)];
    benchmark::DoNotOptimize(od::from_local(*x.zone, x.local.day, x.local.second_of_day));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FromLocal);

void BM_ToLocalNowInLondon(benchmark::State& state) {
  const od::TimeZone& london = *od::find_time_zone("Europe/London");
  od::Instant t = 1767225600;  // 2026-01-01
  for (auto _ : state) {
    benchmark::DoNotOptimize(od::to_local(london, t));
    t += 997;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ToLocalNowInLondon);

void BM_FindTimeZone(benchmark::State& state) {
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(od::find_time_zone(kZones[i++ % (sizeof kZones / sizeof *kZones)]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_FindTimeZone);

}  // namespace

BENCHMARK_MAIN();
