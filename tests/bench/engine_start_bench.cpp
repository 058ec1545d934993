// What a demo page costs the engine: building it from demo/store.json and answering one request
// of each kind the widgets send (tests/bench/demo-requests.json). Before the steady-state
// benchmarks, the first construction and the first request of each kind are timed once, since
// they include whatever is built on first use; that is what a page load pays.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
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

using Verb = std::string (od::api::Engine::*)(std::string_view) const;

struct RequestKind {
  const char* name;
  Verb verb;
};

constexpr RequestKind kKinds[] = {{"contact", &od::api::Engine::contact},
                                  {"quote", &od::api::Engine::quote},
                                  {"promise", &od::api::Engine::promise},
                                  {"check", &od::api::Engine::check}};

void print_first_calls() {
  std::unique_ptr<od::api::Engine> engine;
  std::printf("first engine construction: %.3f ms\n",
              milliseconds([&] { engine = std::make_unique<od::api::Engine>(demo_store()); }));
  for (const RequestKind& kind : kKinds) {
    const std::string request = demo_request(kind.name);
    std::string out;
    const double ms = milliseconds([&] { out = ((*engine).*kind.verb)(request); });
    std::printf("first %s: %.3f ms (%s)\n", kind.name, ms, out.substr(0, 12).c_str());
  }
}

void BM_EngineFromDemoStore(benchmark::State& state) {
  for (auto _ : state) {
    od::api::Engine engine(demo_store());
    benchmark::DoNotOptimize(engine);
  }
}
BENCHMARK(BM_EngineFromDemoStore)->Unit(benchmark::kMicrosecond);

void run_verb(benchmark::State& state, const RequestKind& kind) {
  const od::api::Engine engine(demo_store());
  const std::string request = demo_request(kind.name);
  for (auto _ : state) {
    std::string out = (engine.*kind.verb)(request);
    benchmark::DoNotOptimize(out);
  }
}

void BM_DemoContact(benchmark::State& state) {
  run_verb(state, kKinds[0]);
}
void BM_DemoQuote(benchmark::State& state) {
  run_verb(state, kKinds[1]);
}
void BM_DemoPromise(benchmark::State& state) {
  run_verb(state, kKinds[2]);
}
void BM_DemoCheck(benchmark::State& state) {
  run_verb(state, kKinds[3]);
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
