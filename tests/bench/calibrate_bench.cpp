// Calibration throughput: a million-row shipment history for the demo store, fed in 1 MiB
// chunks as the CLI reads a file. Reports rows per second (items_per_second) and the bytes.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "api/config/config_parser.hpp"
#include "api/json_reader.hpp"
#include "core/calibrate/history_reader.hpp"
#include "shipment_history.hpp"

namespace {

od::StoreConfig demo_store() {
  std::ifstream in(std::string(OD_SOURCE_DIR) + "/demo/store.json", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  od::api::Errors errors;
  const auto document = od::api::parse_json_text(text, "", errors, "configuration");
  return document ? od::api::parse_store_config(*document, errors) : od::StoreConfig{};
}

const std::string& history(int rows) {
  static const std::string csv = od::bench::shipment_history(rows);
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
