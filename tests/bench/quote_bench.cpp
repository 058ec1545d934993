// The quote and pack verbs end to end (JSON in, JSON out) on 100-unit carts, natively. The same
// requests run in the wasm module under node (tests/bench/packing-wasm.mjs), so the two builds
// can be compared on the same work.
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

void BM_PackVerb100Units(benchmark::State& state) {
  const std::string request = read_source_file("tests/bench/hundred-unit-pack.json");
  for (auto _ : state) {
    std::string out = od::api::Engine::pack(request);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_PackVerb100Units)->Unit(benchmark::kMicrosecond);

void BM_QuoteVerb100UnitDemoCart(benchmark::State& state) {
  const od::api::Engine engine(read_source_file("demo/store.json"));
  const std::string request = read_source_file("tests/bench/hundred-unit-quote.json");
  for (auto _ : state) {
    std::string out = engine.quote(request);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_QuoteVerb100UnitDemoCart)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
