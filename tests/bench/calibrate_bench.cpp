// Calibration throughput: a million-row shipment history for the demo store, fed in 1 MiB
// chunks as the CLI reads a file. Reports rows per second (items_per_second) and the bytes.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include "api/config/config_parser.hpp"
#include "api/json_reader.hpp"
#include "core/calibrate/history_reader.hpp"
#include "core/time/civil_date.hpp"

namespace {

od::StoreConfig demo_store() {
  std::ifstream in(std::string(OD_SOURCE_DIR) + "/demo/store.json", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  od::api::Errors errors;
  const auto document = od::api::parse_json_text(text, "", errors, "configuration");
  return document ? od::api::parse_store_config(*document, errors) : od::StoreConfig{};
}

std::string two_digits(int v) {
  return std::string(1, char('0' + v / 10)) + char('0' + v % 10);
}

// Like scripts/gen-shipment-history.mjs: five lanes, orders over 2025-01..2026-10.
const std::string& history(int rows) {
  static std::string csv;
  if (!csv.empty()) return csv;
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
  const od::DayNumber first = od::days_from_civil({2025, 1, 1});
  auto stamp = [](od::DayNumber day, int hour) {
    return od::format_day(day) + "T" + two_digits(hour) + ":" + two_digits(hour * 7 % 60) + ":00Z";
  };
  csv = "order_id,ordered_at,shipped_at,delivered_at,service,country,postcode\n";
  for (int i = 0; i < rows; ++i) {
    const Lane& lane = lanes[rng() % 5];
    const od::DayNumber ordered = first + static_cast<od::DayNumber>(rng() % 660);
    const od::DayNumber shipped = ordered + static_cast<od::DayNumber>(rng() % 3);
    const od::DayNumber delivered =
        shipped + 1 + static_cast<od::DayNumber>(rng() % static_cast<unsigned>(lane.max_transit));
    csv += "A" + std::to_string(i) + "," + stamp(ordered, 8 + static_cast<int>(rng() % 10)) + "," +
           stamp(shipped, 16) + "," + stamp(delivered, 11) + "," + lane.service + "," +
           lane.country + "," + lane.postcode + "\n";
  }
  return csv;
}

void BM_CalibrateMillionRows(benchmark::State& state) {
  const int rows = static_cast<int>(state.range(0));
  const od::StoreConfig config = demo_store();
  const std::string& csv = history(rows);
  constexpr size_t kChunk = 1 << 20;
  uint64_t used = 0;
  for (auto _ : state) {
    od::HistoryReader reader(config, {});
    for (size_t at = 0; at < csv.size(); at += kChunk) {
      reader.feed(std::string_view(csv).substr(at, kChunk));
    }
    const od::CalibrationResult result = reader.finish();
    used = result.used;
    benchmark::DoNotOptimize(result.lanes.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * rows);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * csv.size()));
  state.counters["rows_used"] = static_cast<double>(used);
}
BENCHMARK(BM_CalibrateMillionRows)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
