// The promise verb end to end (JSON in, JSON out) on a 20-line cart of the demo store, natively:
// eight catalogue lines (one backordered, one made to order, so three shipments) and twelve
// lines the catalogue does not know. The same request runs in the wasm module under node
// (tests/bench/promise-wasm.mjs), so the two builds can be compared on the same work.
#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <string>

#include "api/engine.hpp"

namespace {

std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(OD_SOURCE_DIR) + "/" + relative, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void BM_PromiseVerb20LineDemoCart(benchmark::State& state) {
  const od::api::Engine engine(read_source_file("demo/store.json"));
  const std::string request = read_source_file("tests/bench/twenty-line-promise.json");
  if (engine.promise(request).find("\"latest\"") == std::string::npos) {
    state.SkipWithError("the demo store gave no promise for the 20-line cart");
    return;
  }
  for (auto _ : state) {
    std::string out = engine.promise(request);
    benchmark::DoNotOptimize(out);
  }
  state.counters["promises"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PromiseVerb20LineDemoCart)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
