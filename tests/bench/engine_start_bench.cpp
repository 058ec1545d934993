// What a demo page costs the engine: building it from demo/store.json and answering one request
// of each kind the widgets send (tests/bench/demo-requests.json). Before the steady-state
// benchmarks, the first construction and the first request of each kind are timed once, since
// they include whatever is built on first use; that is what a page load pays.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "api/engine.hpp"

namespace {

std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(OD_SOURCE_DIR) + "/" + relative, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const std::string& demo_store() {
  static const std::string text = read_source_file("demo/store.json");
  return text;
}

std::string demo_request(const char* kind) {
  static const nlohmann::json all =
      nlohmann::json::parse(read_source_file("tests/bench/demo-requests.json"));
  return all.at(kind).dump();
}

template <typename Fn>
double milliseconds(Fn&& fn) {
  const auto start = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

void print_first_calls() {
  const od::api::Engine* engine = nullptr;
  std::printf("first engine construction: %.3f ms\n",
              milliseconds([&] { engine = new od::api::Engine(demo_store()); }));
  for (const char* kind : {"contact", "quote", "promise", "check"}) {
    const std::string request = demo_request(kind);
    std::string out;
    const double ms = milliseconds([&] {
      if (kind == std::string("contact")) out = engine->contact(request);
      if (kind == std::string("quote")) out = engine->quote(request);
      if (kind == std::string("promise")) out = engine->promise(request);
      if (kind == std::string("check")) out = engine->check(request);
    });
    std::printf("first %s: %.3f ms (%s)\n", kind, ms, out.substr(0, 12).c_str());
  }
  delete engine;
}

void BM_EngineFromDemoStore(benchmark::State& state) {
  for (auto _ : state) {
    od::api::Engine engine(demo_store());
    benchmark::DoNotOptimize(engine);
  }
}
BENCHMARK(BM_EngineFromDemoStore)->Unit(benchmark::kMicrosecond);

template <std::string (od::api::Engine::*Verb)(std::string_view) const>
void run_verb(benchmark::State& state, const char* kind) {
  const od::api::Engine engine(demo_store());
  const std::string request = demo_request(kind);
  for (auto _ : state) {
    std::string out = (engine.*Verb)(request);
    benchmark::DoNotOptimize(out);
  }
}

void BM_DemoContact(benchmark::State& state) {
  run_verb<&od::api::Engine::contact>(state, "contact");
}
void BM_DemoQuote(benchmark::State& state) {
  run_verb<&od::api::Engine::quote>(state, "quote");
}
void BM_DemoPromise(benchmark::State& state) {
  run_verb<&od::api::Engine::promise>(state, "promise");
}
void BM_DemoCheck(benchmark::State& state) {
  run_verb<&od::api::Engine::check>(state, "check");
}
BENCHMARK(BM_DemoContact)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DemoQuote)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DemoPromise)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DemoCheck)->Unit(benchmark::kMicrosecond);

}  // namespace

int main(int argc, char** argv) {
  print_first_calls();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
