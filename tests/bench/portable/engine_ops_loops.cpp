// The engine's requests end to end, built twice: natively and as a Node wasm program
// (Emscripten), so that tests/bench/engine-ratio.mjs compares the same work in both and reports
// the wasm/native ratio. Each operation goes through the entry points the product uses:
//   quote-50-line-cart    Engine::quote, the demo store, a 50-line cart to a GB postcode
//   promise-20-line-cart  Engine::promise, tests/bench/twenty-line-promise.json
//   contact-status        Engine::contact, the contact request of tests/bench/demo-requests.json
//   pack-100-units        Engine::pack, tests/bench/hundred-unit-pack.json
//   calibrate-1m-rows     what `overdeliver calibrate` runs: the demo store's configuration and a
//                         generated 1,000,000-row shipment history fed to a HistoryReader in
//                         1 MiB chunks, then finish()
// The JSON requests are answered as the browser module and the CLI answer them: JSON text in,
// JSON text out. Inputs are fixed (fixed "now" instants, no clock); the files are read from the
// source tree before timing (the wasm program reads them through Node's file system).
//
// Each operation prints one JSON line:
//   {"name": "...", "opsPerSecond": n, "checksum": n, ...}
// For the requests, ops are requests answered; for calibrate-1m-rows, ops are history rows
// (rows per second), with the seconds per calibration of the million rows beside them. The
// checksum, over the first answer (untimed), lets the script check that both builds computed
// the same answers.
//   Usage: engine_ops_loops [SECONDS]   (minimum timing per operation, default 1)
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "../shipment_history.hpp"
#include "api/config/config_parser.hpp"
#include "api/engine.hpp"
#include "api/json_reader.hpp"
#include "core/calibrate/history_reader.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// This process's CPU time (user + system). Under Node that is the whole Node process, as
// process.cpuUsage() counts it (V8's compiler and collector threads included).
double cpu_seconds() {
#ifdef __EMSCRIPTEN__
  return EM_ASM_DOUBLE({
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  });
#else
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
#endif
}

std::optional<std::string> read_source_file(const std::string& relative) {
  const std::string path = std::string(OD_SOURCE_DIR) + "/" + relative;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return std::nullopt;
  std::string text;
  char chunk[4096];
  size_t n = 0;
  while ((n = std::fread(chunk, 1, sizeof chunk, file)) > 0) text.append(chunk, n);
  const bool ok = !std::ferror(file);
  std::fclose(file);
  if (!ok || text.empty()) return std::nullopt;
  return text;
}

// FNV-1a, 32 bits: exact as a JSON number in JavaScript.
uint32_t fnv1a(std::string_view text) {
  uint32_t h = 2166136261u;
  for (unsigned char c : text) h = (h ^ c) * 16777619u;
  return h;
}

// The 50-line cart: the demo catalogue's eight SKUs (one out of stock, one made to order, one
// bulky in its own packaging) and 42 small items the catalogue does not know, each with a price,
// weight and dimensions; 100 units in all.
std::string fifty_line_quote_request() {
  struct CatalogueLine {
    const char* sku;
    int qty;
    int price;
  };
  const CatalogueLine catalogue[] = {{"MUG-SLATE", 2, 1800},   {"MUG-MOSS", 1, 1800},
                                     {"BOWL-RAMEN", 2, 3200},  {"TEAPOT-LARGE", 1, 6800},
                                     {"DINNER-SET", 1, 24000}, {"PLANTER-XL", 1, 9500},
                                     {"TEA-TOWEL", 3, 1200},   {"PRINT-A3", 2, 2500}};
  nlohmann::json items = nlohmann::json::array();
  int units = 0;
  for (const CatalogueLine& line : catalogue) {
    items.push_back({{"sku", line.sku}, {"qty", line.qty}, {"price", line.price}});
    units += line.qty;
  }
  for (int i = 1; i <= 42; ++i) {
    char sku[16];
    std::snprintf(sku, sizeof sku, "CARD-%02d", i);
    const int qty = i <= 3 ? 3 : 2;  // 13 catalogue units + 3 * 3 + 39 * 2 = 100
    items.push_back({{"sku", sku},
                     {"qty", qty},
                     {"price", 300 + 50 * (i % 9)},
                     {"weight", 20 + 15 * (i % 7)},
                     {"dims", {100 + 10 * (i % 6), 140 + 5 * (i % 4), 2 + i % 5}}});
    units += qty;
  }
  if (units != 100) std::abort();
  const nlohmann::json request = {
      {"now", "2026-11-24T10:00:00Z"},
      {"shopperTimeZone", "Europe/London"},
      {"destination", {{"country", "GB"}, {"region", "ENG"}, {"postcode", "LS1 4AP"}}},
      {"cart", {{"items", std::move(items)}}}};
  return request.dump();
}

// Answers one request for a warm-up (a fifth of `min_seconds`, at most 0.2 s), then until
// `min_seconds` have passed, and prints its line: requests per wall second and per CPU second.
// False when the first answer is not {"ok":true,...}.
template <typename Ask>
bool measure_request(const char* name, double min_seconds, Ask ask) {
  const std::string first = ask();
  if (first.compare(0, 10, "{\"ok\":true") != 0) {
    std::fprintf(stderr, "%s: the engine did not answer ok: %.300s\n", name, first.c_str());
    return false;
  }
  static volatile size_t sink = 0;
  const Clock::time_point warm = Clock::now();
  const double warm_seconds = min_seconds / 5 < 0.2 ? min_seconds / 5 : 0.2;
  while (seconds_since(warm) < warm_seconds) sink = sink + ask().size();

  uint64_t ops = 0;
  const double cpu_start = cpu_seconds();
  const Clock::time_point start = Clock::now();
  double seconds = 0;
  do {
    sink = sink + ask().size();
    ++ops;
    seconds = seconds_since(start);
  } while (seconds < min_seconds);
  const double cpu = cpu_seconds() - cpu_start;
  std::printf(
      "{\"name\":\"%s\",\"opsPerSecond\":%.1f,\"opsPerCpuSecond\":%.1f,\"checksum\":%lu,"
      "\"unit\":\"requests\",\"answerBytes\":%zu,\"ops\":%llu,\"seconds\":%.3f}\n",
      name, static_cast<double>(ops) / seconds, static_cast<double>(ops) / cpu,
      static_cast<unsigned long>(fnv1a(first)), first.size(), static_cast<unsigned long long>(ops),
      seconds);
  std::fflush(stdout);
  return true;
}

od::CalibrationResult calibrate(const od::StoreConfig& config, std::string_view csv) {
  constexpr size_t kChunkBytes = 1 << 20;  // as the CLI reads a file
  od::HistoryReader reader(config, {});
  for (size_t at = 0; at < csv.size(); at += kChunkBytes) reader.feed(csv.substr(at, kChunkBytes));
  return reader.finish();
}

// Over every figure `overdeliver calibrate` prints for the lanes and origins.
int64_t calibration_checksum(const od::CalibrationResult& r) {
  int64_t sum = 0;
  auto add = [&sum](int64_t v) { sum = (sum * 31 + v) % 1000000007; };
  auto add_percentile = [&add](const od::DayHistogram& h, int percent) {
    add(h.smallest_meeting(static_cast<od::PartsPerMillion>(percent) * 10000).value_or(-1));
  };
  add(static_cast<int64_t>(r.used));
  add(static_cast<int64_t>(r.rejected));
  for (const od::LaneCalibration& lane : r.lanes) {
    add(static_cast<int64_t>(fnv1a(lane.service + "/" + lane.zone + "/" + lane.origin)));
    add(static_cast<int64_t>(lane.count));
    for (int p : {50, 95}) add_percentile(lane.handling, p);
    for (int p : {50, 90, 95, 99}) add_percentile(lane.transit, p);
    add(lane.promise_transit_days);
    const od::LaneBacktest& b = lane.backtest;
    add(b.available ? 1 : 0);
    add(static_cast<int64_t>(b.calibration_count));
    add(static_cast<int64_t>(b.test_count));
    add(b.test_from);
    add(b.promise_transit_days);
    add(static_cast<int64_t>(b.on_time));
    add(static_cast<int64_t>(b.early));
  }
  for (const od::OriginCalibration& origin : r.origins) {
    add(static_cast<int64_t>(fnv1a(origin.origin)));
    add(origin.promise_handling_days);
  }
  return sum;
}

// Calibrates the million rows at least twice and for at least `min_seconds` (after one untimed
// run that gives the checksum) and prints rows per second; false when no row could be used.
bool measure_calibrate(const std::string& store_text, double min_seconds) {
  constexpr int kRows = 1000000;
  od::api::Errors errors;
  od::StoreConfig config;
  if (auto document = od::api::parse_json_text(store_text, "", errors, "configuration")) {
    config = od::api::parse_store_config(*document, errors);
  }
  if (!errors.empty()) {
    std::fprintf(stderr, "calibrate: demo/store.json has errors\n");
    return false;
  }
  const Clock::time_point generating = Clock::now();
  const std::string csv = od::bench::shipment_history(kRows);
  const double generate_seconds = seconds_since(generating);

  const od::CalibrationResult first = calibrate(config, csv);
  if (first.used == 0 || first.lanes.empty()) {
    std::fprintf(stderr, "calibrate: no row of the history was used\n");
    return false;
  }
  static volatile uint64_t sink = 0;
  int calibrations = 0;
  double fastest = 1e30;
  const double cpu_start = cpu_seconds();
  const Clock::time_point start = Clock::now();
  double seconds = 0;
  do {
    const Clock::time_point one = Clock::now();
    sink = sink + calibrate(config, csv).used;
    const double took = seconds_since(one);
    if (took < fastest) fastest = took;
    ++calibrations;
    seconds = seconds_since(start);
  } while (calibrations < 2 || seconds < min_seconds);
  const double cpu = cpu_seconds() - cpu_start;
  std::printf(
      "{\"name\":\"calibrate-1m-rows\",\"opsPerSecond\":%.1f,\"opsPerCpuSecond\":%.1f,"
      "\"checksum\":%lld,\"unit\":\"rows\",\"rows\":%d,\"rowsUsed\":%llu,\"rowsRejected\":%llu,"
      "\"lanes\":%zu,\"historyBytes\":%zu,"
      "\"calibrations\":%d,\"secondsPerCalibration\":%.3f,\"fastestCalibrationSeconds\":%.3f,"
      "\"generateSeconds\":%.3f}\n",
      static_cast<double>(kRows) * calibrations / seconds,
      static_cast<double>(kRows) * calibrations / cpu,
      static_cast<long long>(calibration_checksum(first)), kRows,
      static_cast<unsigned long long>(first.used), static_cast<unsigned long long>(first.rejected),
      first.lanes.size(), csv.size(), calibrations, seconds / calibrations, fastest,
      generate_seconds);
  std::fflush(stdout);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const double min_seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
  if (!(min_seconds > 0)) {
    std::fprintf(stderr, "usage: engine_ops_loops [SECONDS]   (timing per operation, > 0)\n");
    return 2;
  }
  const auto store = read_source_file("demo/store.json");
  const auto promise = read_source_file("tests/bench/twenty-line-promise.json");
  const auto demo_requests = read_source_file("tests/bench/demo-requests.json");
  const auto pack = read_source_file("tests/bench/hundred-unit-pack.json");
  if (!store || !promise || !demo_requests || !pack) {
    std::fprintf(stderr, "engine_ops_loops: cannot read the inputs under %s\n", OD_SOURCE_DIR);
    return 2;
  }
  const nlohmann::json requests = nlohmann::json::parse(*demo_requests, nullptr, false);
  if (requests.is_discarded() || !requests.contains("contact")) {
    std::fprintf(stderr, "engine_ops_loops: tests/bench/demo-requests.json has no contact\n");
    return 2;
  }
  const std::string contact = requests["contact"].dump();
  const std::string quote = fifty_line_quote_request();

  const od::api::Engine engine(*store);
  if (!engine.ok()) {
    std::fprintf(stderr, "engine_ops_loops: demo/store.json is not a valid configuration\n");
    return 2;
  }
  bool ok = true;
  ok &= measure_request("quote-50-line-cart", min_seconds, [&] { return engine.quote(quote); });
  ok &= measure_request("promise-20-line-cart", min_seconds,
                        [&] { return engine.promise(*promise); });
  ok &= measure_request("contact-status", min_seconds, [&] { return engine.contact(contact); });
  ok &=
      measure_request("pack-100-units", min_seconds, [&] { return od::api::Engine::pack(*pack); });
  ok &= measure_calibrate(*store, min_seconds);
  return ok ? 0 : 1;
}
