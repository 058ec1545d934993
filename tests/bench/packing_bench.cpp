// Packing speed on realistic carts, and, with `--quality DIR`, the volume the packer fills of
// one container on the published OR-Library problems (thpack1..9), next to reference figures.
//
//   packing_bench                                   timings (Google Benchmark flags apply)
//   packing_bench --quality /work/shared/data/packing
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../native/packing_checker.hpp"
#include "core/packing/packing.hpp"

namespace {

using od::BoxType;
using od::ItemType;
using od::Rotation;

// A homeware shop's boxes: two mailers, three cartons.
std::vector<BoxType> shop_boxes() {
  return {
      {"mailer-s", {220, 160, 40}, {226, 166, 46}, 60, 2000},
      {"mailer-l", {350, 250, 80}, {358, 258, 88}, 120, 5000},
      {"carton-s", {250, 200, 150}, {260, 210, 160}, 180, 10000},
      {"carton-m", {400, 300, 250}, {412, 312, 262}, 350, 20000},
      {"carton-l", {600, 400, 400}, {614, 414, 414}, 700, 30000},
  };
}

// 100 units of 12 products, the way a wholesale or office order looks.
std::vector<ItemType> hundred_unit_cart() {
  return {
      {"mug", {95, 95, 110}, 350, 12, Rotation::keep_flat()},
      {"paperback", {130, 200, 25}, 280, 15, Rotation::any()},
      {"t-shirt", {250, 300, 30}, 200, 10, Rotation::keep_flat()},
      {"candle", {80, 80, 100}, 420, 8, Rotation::keep_flat()},
      {"shoe-box", {330, 210, 120}, 900, 3, Rotation::keep_flat()},
      {"phone-case", {90, 170, 20}, 60, 14, Rotation::any()},
      {"bottle", {75, 75, 260}, 300, 6, Rotation::keep_flat()},
      {"notebook", {148, 210, 12}, 180, 10, Rotation::any()},
      {"cushion", {400, 400, 120}, 600, 2, Rotation::any()},
      {"lamp", {180, 180, 320}, 1400, 2, Rotation::keep_flat()},
      {"socks", {100, 200, 40}, 80, 12, Rotation::any()},
      {"vase", {150, 150, 300}, 1100, 6, Rotation::none()},
  };
}

void BM_Pack100UnitCart(benchmark::State& state) {
  const auto boxes = shop_boxes();
  const auto items = hundred_unit_cart();
  std::size_t parcels = 0;
  for (auto _ : state) {
    od::PackResult r = od::pack(boxes, items);
    parcels = r.parcels.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["parcels"] = static_cast<double>(parcels);
}
BENCHMARK(BM_Pack100UnitCart)->Unit(benchmark::kMicrosecond);

void BM_PackFourItemCart(benchmark::State& state) {
  const auto boxes = shop_boxes();
  const std::vector<ItemType> items{
      {"mug", {95, 95, 110}, 350, 2, Rotation::keep_flat()},
      {"paperback", {130, 200, 25}, 280, 1, Rotation::any()},
      {"candle", {80, 80, 100}, 420, 1, Rotation::keep_flat()},
  };
  for (auto _ : state) benchmark::DoNotOptimize(od::pack(boxes, items));
}
BENCHMARK(BM_PackFourItemCart)->Unit(benchmark::kMicrosecond);

// The worst a request may ask: the unit limit, every unit a different product.
void BM_Pack2000DistinctUnits(benchmark::State& state) {
  const auto boxes = shop_boxes();
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> edge(20, 250), grams(50, 2000);
  std::vector<ItemType> items;
  for (int i = 0; i < 2000; ++i) {
    items.push_back({"p" + std::to_string(i),
                     {edge(rng), edge(rng), edge(rng)},
                     grams(rng),
                     1,
                     Rotation::any()});
  }
  std::size_t parcels = 0;
  for (auto _ : state) {
    od::PackResult r = od::pack(boxes, items);
    parcels = r.parcels.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["parcels"] = static_cast<double>(parcels);
}
BENCHMARK(BM_Pack2000DistinctUnits)->Unit(benchmark::kMillisecond);

// Many products and many near-identical boxes: every box gets tried for every parcel.
void BM_PackManyKindsManyBoxes(benchmark::State& state) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> edge(20, 250), grams(50, 2000), box_edge(300, 420);
  std::vector<BoxType> boxes;
  for (int b = 0; b < static_cast<int>(state.range(0)); ++b) {
    const std::int64_t w = box_edge(rng), l = box_edge(rng), d = box_edge(rng);
    boxes.push_back({"b" + std::to_string(b), {w, l, d}, {w + 8, l + 8, d + 8}, 400, 30000});
  }
  std::vector<ItemType> items;
  for (int i = 0; i < 200; ++i) {
    items.push_back({"p" + std::to_string(i), {edge(rng), edge(rng), edge(rng)}, grams(rng), 10,
                     Rotation::any()});
  }
  std::size_t parcels = 0;
  for (auto _ : state) {
    od::PackResult r = od::pack(boxes, items);
    parcels = r.parcels.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["parcels"] = static_cast<double>(parcels);
}
BENCHMARK(BM_PackManyKindsManyBoxes)->Arg(5)->Arg(100)->Unit(benchmark::kMillisecond);

// ---- quality on the OR-Library problems ----------------------------------------------------

struct Problem {
  std::string name;
  od::BoxType container;
  std::vector<od::ItemType> items;
  bool malformed = false;  // a record without its eight numbers (set 9 has three)
};

// Whitespace-separated numbers, one record a line. See the README next to the files; in sets 8
// and 9 the problem line has no generator seed.
std::vector<std::vector<std::int64_t>> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::int64_t>> lines;
  std::string text;
  while (std::getline(in, text)) {
    std::istringstream fields(text);
    std::vector<std::int64_t> numbers;
    std::int64_t x = 0;
    while (fields >> x) numbers.push_back(x);
    if (!numbers.empty()) lines.push_back(std::move(numbers));
  }
  return lines;
}

std::vector<Problem> read_thpack(const std::string& path, int file_number) {
  const auto lines = read_lines(path);
  std::vector<Problem> problems;
  if (lines.empty()) return problems;
  std::size_t at = 1;
  for (std::int64_t p = 0; p < lines[0][0]; ++p) {
    if (at + 2 >= lines.size() || lines[at + 1].size() != 3) return {};
    const std::int64_t number = lines[at][0];
    const auto& c = lines[at + 1];
    const std::int64_t types = lines[at + 2][0];
    at += 3;
    Problem problem;
    problem.container = {
        "container", {c[0], c[1], c[2]}, {c[0], c[1], c[2]}, 0, od::kMaxWeightGrams};
    for (std::int64_t t = 0; t < types; ++t, ++at) {
      if (at >= lines.size()) return {};
      const auto& d = lines[at];
      if (d.size() != 8) {
        problem.malformed = true;
        continue;
      }
      problem.items.push_back({std::to_string(d[0]),
                               {d[1], d[3], d[5]},
                               1,
                               d[7],
                               Rotation::standing_on(d[2] != 0, d[4] != 0, d[6] != 0)});
    }
    // Reference names: sets 1-7 by their number of item types, set 8 is Loh and Nee's; set 9
    // has no reference figures.
    if (file_number == 8) {
      problem.name = "Loh and Nee #" + std::to_string(number);
    } else if (file_number == 9) {
      problem.name = "set 9 #" + std::to_string(number);
    } else {
      problem.name = "Bischoff #" + std::to_string(types) + "-" + std::to_string(number);
    }
    problems.push_back(std::move(problem));
  }
  return problems;
}

std::map<std::string, double> read_reference(const std::string& path) {
  std::map<std::string, double> reference;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto comma = line.rfind(',');
    if (comma == std::string::npos) continue;
    reference[line.substr(0, comma)] = std::atof(line.c_str() + comma + 1);
  }
  return reference;
}

int run_quality(const std::string& dir) {
  const auto reference = read_reference(dir + "/thpack-reference-utilisation.csv");
  od::PackOptions one_container;
  one_container.max_parcels = 1;
  std::printf("%-8s %9s %9s %9s %9s %9s\n", "set", "problems", "packer%", "reference%", "min%",
              "ms/problem");
  int faults = 0;
  for (int f = 1; f <= 9; ++f) {
    const auto problems = read_thpack(dir + "/thpack" + std::to_string(f) + ".txt", f);
    if (problems.empty()) continue;
    double sum = 0, ref_sum = 0, lowest = 100;
    int ref_count = 0;
    const auto start = std::chrono::steady_clock::now();
    int skipped = 0;
    for (const Problem& problem : problems) {
      if (problem.malformed) {
        ++skipped;
        continue;
      }
      const std::vector<BoxType> boxes{problem.container};
      const od::PackResult r = od::pack(boxes, problem.items, one_container);
      if (!od::testing::verify_packing(boxes, problem.items, r, one_container)) {
        std::printf(
            "  fault in %s: %s\n", problem.name.c_str(),
            od::testing::find_packing_fault(boxes, problem.items, r, one_container).c_str());
        ++faults;
      }
      std::int64_t packed = 0;
      for (const auto& parcel : r.parcels) {
        for (const auto& pl : parcel.items) packed += pl.dims[0] * pl.dims[1] * pl.dims[2];
      }
      const auto& c = problem.container.inner;
      const double pct =
          100.0 * static_cast<double>(packed) / static_cast<double>(c[0] * c[1] * c[2]);
      sum += pct;
      lowest = std::min(lowest, pct);
      if (auto it = reference.find(problem.name); it != reference.end()) {
        ref_sum += it->second;
        ++ref_count;
      }
    }
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double n = static_cast<double>(problems.size() - skipped);
    char ref[16] = "-";
    if (ref_count > 0) std::snprintf(ref, sizeof ref, "%.2f", ref_sum / ref_count);
    std::printf("thpack%-2d %9zu %9.2f %9s %9.2f %9.3f", f, problems.size() - skipped, sum / n, ref,
                lowest, ms / n);
    if (skipped > 0) std::printf("  (%d malformed problems skipped)", skipped);
    std::printf("\n");
  }
  return faults == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--quality") == 0) return run_quality(argv[i + 1]);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
