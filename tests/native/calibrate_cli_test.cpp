#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/time/civil_date.hpp"
#include "support/demo_store.hpp"

namespace {

using od::testing::demo_store_path;

struct CliRun {
  int status = -1;
  std::string out;
};

CliRun run_cli(const std::string& arguments) {
  CliRun run;
  const std::string command = std::string(OD_CLI_PATH) + " " + arguments + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("od_calibrate_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// Ten weeks of standard deliveries to Leeds, ordered Monday 09:00 and delivered Wednesday.
std::string demo_history() {
  std::string csv = "order_id,ordered_at,shipped_at,delivered_at,service,country,postcode\n";
  for (int week = 0; week < 10; ++week) {
    const od::DayNumber monday = od::days_from_civil({2026, 1, 5}) + 7 * week;
    auto date = [&](int plus) { return od::format_day(monday + plus); };
    csv += "w" + std::to_string(week) + "," + date(0) + "T09:00:00Z," + date(0) + "T15:00:00Z," +
           date(2) + "T11:00:00+00:00,standard,GB,\"LS1 4AP\"\n";
  }
  return csv + "broken,not-a-date,,,standard,GB,\n";
}

TEST(CalibrateCli, PrintsLanesRowsAndAConfigPatch) {
  const CliRun run = run_cli("calibrate " + demo_store_path().string() + " " +
                             write_temp("h.csv", demo_history()));
  ASSERT_EQ(run.status, 0) << run.out;
  const auto result = nlohmann::json::parse(run.out);
  EXPECT_EQ(result["ok"], true);
  EXPECT_EQ(result["rows"]["used"], 10);
  EXPECT_EQ(result["rows"]["rejected"], 1);
  ASSERT_EQ(result["lanes"].size(), 1u);
  const auto& lane = result["lanes"][0];
  EXPECT_EQ(lane["service"], "standard");
  EXPECT_EQ(lane["zone"], "uk");
  EXPECT_EQ(lane["count"], 10);
  EXPECT_EQ(lane["promiseTransitDays"], 2);
  EXPECT_EQ(lane["transitDays"]["p99"], 2);
  EXPECT_EQ(lane["handlingDays"]["p95"], 0);
  EXPECT_EQ(lane["backtest"]["onTime"], 1.0);
  EXPECT_EQ(lane["backtest"]["early"], 0.0);
  EXPECT_EQ(result["configPatch"]["services"][0]["rates"][0]["transitDays"]["max"], 2);
  EXPECT_EQ(result["rejectedRows"][0]["message"].is_string(), true);
  const std::string path = result["rejectedRows"][0]["path"];
  EXPECT_EQ(path.substr(path.size() - 3), ":12");
}

TEST(CalibrateCli, ReadsTheHistoryFromStandardInput) {
  const CliRun run = run_cli("calibrate " + demo_store_path().string() + " - --target 0.9 < " +
                             write_temp("stdin.csv", demo_history()));
  ASSERT_EQ(run.status, 0) << run.out;
  EXPECT_EQ(nlohmann::json::parse(run.out)["rows"]["used"], 10);
}

TEST(CalibrateCli, AHistoryWithoutRequiredColumnsExitsWithOne) {
  const CliRun run = run_cli("calibrate " + demo_store_path().string() + " " +
                             write_temp("cols.csv", "order_id,service\n1,standard\n"));
  EXPECT_EQ(run.status, 1);
  const auto result = nlohmann::json::parse(run.out);
  EXPECT_EQ(result["ok"], false);
  const std::string path = result["errors"][0]["path"];
  EXPECT_EQ(path.substr(path.size() - 2), ":1");
}

TEST(CalibrateCli, AnInvalidConfigurationExitsWithOne) {
  const CliRun run = run_cli("calibrate " + write_temp("bad.json", "{}") + " " +
                             write_temp("h2.csv", demo_history()));
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(nlohmann::json::parse(run.out)["ok"], false);
}

TEST(CalibrateCli, UsageErrorsExitWithTwo) {
  const std::string history = write_temp("h3.csv", demo_history());
  EXPECT_EQ(run_cli("calibrate " + demo_store_path().string()).status, 2);
  EXPECT_EQ(
      run_cli("calibrate " + demo_store_path().string() + " " + history + " --target 1.5").status,
      2);
  EXPECT_EQ(run_cli("calibrate " + demo_store_path().string() + " " + history + " --target").status,
            2);
  EXPECT_EQ(run_cli("calibrate " + demo_store_path().string() + " /nonexistent/history.csv").status,
            2);
}

}  // namespace
