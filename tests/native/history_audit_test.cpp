// promise-tighter-than-history: the audit with a shipment history judges configured promises
// against what past shipments needed, and says what share would have been late.
#include <gtest/gtest.h>

#include <string>

#include "api/engine.hpp"
#include "api/json_reader.hpp"
#include "support/demo_store.hpp"

namespace od::api {
namespace {

using od::testing::demo_store;

// Standard UK orders of weekdays 1-30 September 2026, dispatched the same day: `slow` of every
// four take a calendar week in transit, the rest two days.
std::string history(int slow_of_four) {
  std::string csv = "order_id,ordered_at,shipped_at,delivered_at,service,country,postcode\n";
  int n = 0;
  for (int day = 1; day <= 30; ++day) {
    const int weekday = (day + 1) % 7;  // 1 September 2026 is a Tuesday: 0 = Monday
    if (weekday >= 5) continue;
    ++n;
    auto date = [](int d) {
      const int month = d > 30 ? 10 : 9;
      const int dd = d > 30 ? d - 30 : d;
      return std::string("2026-") + (month < 10 ? "0" : "") + std::to_string(month) + "-" +
             (dd < 10 ? "0" : "") + std::to_string(dd);
    };
    const int transit = (n % 4) < slow_of_four ? 7 : 2;
    csv += "A" + std::to_string(n) + "," + date(day) + "T09:00:00+01:00," + date(day) +
           "T15:00:00+01:00," + date(day + transit) + "T12:00:00+01:00,standard,GB,LS1 1AA\n";
  }
  return csv;
}

std::vector<json> gaps(const json& result) {
  std::vector<json> out;
  for (const json& f : result.value("findings", json::array())) {
    if (f["id"] == "promise-tighter-than-history") out.push_back(f);
  }
  return out;
}

TEST(PromiseTighterThanHistory, NamesTheLaneTheHistoryMissesAndTheShareLate) {
  const json result = json::parse(Engine(demo_store().dump()).audit(history(3)));
  ASSERT_TRUE(result["ok"]) << result.dump();
  EXPECT_EQ(result["history"]["used"], 22);
  const auto f = gaps(result);
  ASSERT_EQ(f.size(), 1u) << result.dump();
  EXPECT_EQ(f[0]["data"]["part"], "transit");
  EXPECT_EQ(f[0]["data"]["service"], "standard");
  EXPECT_EQ(f[0]["data"]["zone"], "uk");
  EXPECT_EQ(f[0]["data"]["configuredDays"], 3);
  EXPECT_EQ(f[0]["data"]["shipments"], 22);
  const int64_t late = f[0]["data"]["late"];
  EXPECT_GE(late, 15);
  EXPECT_EQ(f[0]["data"]["lateBasisPoints"], late * 10000 / 22);
  EXPECT_GT(f[0]["data"]["historyDays"].get<int>(), 3);
  EXPECT_EQ(f[0]["path"], "/services/0/rates/0/transitDays/max");
}

TEST(PromiseTighterThanHistory, StaysSilentWhenTheHistoryMeetsThePromise) {
  const json result = json::parse(Engine(demo_store().dump()).audit(history(0)));
  ASSERT_TRUE(result["ok"]) << result.dump();
  EXPECT_TRUE(gaps(result).empty());
}

TEST(PromiseTighterThanHistory, StaysSilentWithoutAHistory) {
  EXPECT_TRUE(gaps(json::parse(Engine(demo_store().dump()).audit())).empty());
}

TEST(PromiseTighterThanHistory, AnUnreadableHistoryIsAnErrorAtItsFirstLine) {
  const json result = json::parse(Engine(demo_store().dump()).audit("id,when\n1,2\n"));
  EXPECT_FALSE(result["ok"]);
  EXPECT_EQ(result["errors"][0]["path"], "history:1");
}

}  // namespace
}  // namespace od::api
