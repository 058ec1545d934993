#include "api/verbs/pack_verb.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "api/engine.hpp"

namespace od::api {
namespace {

json request(const char* text) {
  return json::parse(text);
}

// The paths of all errors in a result, in order.
std::vector<std::string> error_paths(const json& result) {
  std::vector<std::string> paths;
  for (const auto& e : result.at("errors")) paths.push_back(e.at("path").get<std::string>());
  return paths;
}

bool has_path(const json& result, const std::string& path) {
  const auto paths = error_paths(result);
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

constexpr const char* kShop = R"({
  "boxes": [
    {"id": "S", "inner": [200, 150, 100], "outer": [210, 160, 110], "emptyWeight": 80, "maxWeight": 5000},
    {"id": "M", "inner": [300, 250, 150], "outer": [312, 262, 162], "emptyWeight": 150, "maxWeight": 10000}
  ],
  "items": [
    {"id": "mug", "dims": [95, 95, 110], "weight": 350, "qty": 2, "rotation": "keep-flat"},
    {"id": "book", "dims": [130, 200, 25], "weight": 280, "qty": 1, "rotation": "any"}
  ]
})";

TEST(PackVerb, PacksACartIntoTheSmallestBoxThatTakesIt) {
  const json result = pack_verb(request(kShop));
  ASSERT_EQ(result["ok"], true) << result.dump();
  ASSERT_EQ(result["parcels"].size(), 1u);
  const json& parcel = result["parcels"][0];
  EXPECT_EQ(parcel["box"], "M");  // the mugs stand 110 mm tall: S is 100 mm deep
  EXPECT_EQ(parcel["weight"], 150 + 2 * 350 + 280);
  EXPECT_EQ(parcel["outer"], json::array({312, 262, 162}));
  EXPECT_EQ(parcel["items"].size(), 3u);
  EXPECT_TRUE(result["unpacked"].empty());
}

TEST(PackVerb, PlacementsGiveIdPositionAndDimsAsPlaced) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [100, 300, 50], "outer": [110, 310, 60], "emptyWeight": 10, "maxWeight": 1000}],
    "items": [{"id": "tray", "dims": [300, 100, 50], "weight": 200, "qty": 1, "rotation": "keep-flat"}]
  })"));
  ASSERT_EQ(result["ok"], true) << result.dump();
  EXPECT_EQ(result["parcels"][0]["items"][0],
            request(R"({"id": "tray", "position": [0, 0, 0], "dims": [100, 300, 50]})"));
}

TEST(PackVerb, EveryUnitAppearsOnceInAParcelOrInUnpacked) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [200, 200, 200], "outer": [210, 210, 210], "emptyWeight": 100, "maxWeight": 3000}],
    "items": [{"id": "cube", "dims": [100, 100, 100], "weight": 300, "qty": 11},
              {"id": "pole", "dims": [2000, 30, 30], "weight": 900, "qty": 2}]
  })"));
  ASSERT_EQ(result["ok"], true) << result.dump();
  std::map<std::string, int> units;
  for (const auto& parcel : result["parcels"]) {
    for (const auto& placed : parcel["items"]) ++units[placed["id"].get<std::string>()];
  }
  for (const auto& u : result["unpacked"]) ++units[u["id"].get<std::string>()];
  EXPECT_EQ(units["cube"], 11);
  EXPECT_EQ(units["pole"], 2);
}

TEST(PackVerb, UnpackedUnitsSayWhyInWordsAndInACode) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [200, 200, 200], "outer": [210, 210, 210], "emptyWeight": 100, "maxWeight": 3000}],
    "items": [{"id": "pole", "dims": [2000, 30, 30], "weight": 900}]
  })"));
  ASSERT_EQ(result["unpacked"].size(), 1u);
  EXPECT_EQ(result["unpacked"][0]["code"], "larger-than-every-box");
  EXPECT_EQ(result["unpacked"][0]["reason"],
            "It is larger than every box, however it may be turned.");
}

TEST(PackVerb, QuantityDefaultsToOneAndRotationToAny) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [300, 100, 50], "maxWeight": 1000}],
    "items": [{"id": "poster", "dims": [50, 100, 300], "weight": 100}]
  })"));
  ASSERT_EQ(result["ok"], true) << result.dump();
  ASSERT_EQ(result["parcels"][0]["items"].size(), 1u);
  EXPECT_EQ(result["parcels"][0]["items"][0]["dims"], json::array({300, 100, 50}));
}

TEST(PackVerb, OuterSizeDefaultsToTheInnerAndEmptyWeightToZero) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [100, 100, 100], "maxWeight": 1000}],
    "items": [{"id": "cube", "dims": [100, 100, 100], "weight": 100}]
  })"));
  ASSERT_EQ(result["ok"], true) << result.dump();
  EXPECT_EQ(result["parcels"][0]["outer"], json::array({100, 100, 100}));
  EXPECT_EQ(result["parcels"][0]["weight"], 100);
}

TEST(PackVerb, ItemInItsOwnPackagingIsAParcelWithNoBox) {
  const json result = pack_verb(request(R"({
    "boxes": [],
    "items": [{"id": "bike", "dims": [1500, 300, 800], "weight": 14000, "qty": 2, "ownPackaging": true}]
  })"));
  ASSERT_EQ(result["ok"], true) << result.dump();
  ASSERT_EQ(result["parcels"].size(), 2u);
  EXPECT_TRUE(result["parcels"][0]["box"].is_null());
  EXPECT_EQ(result["parcels"][0]["ownPackaging"], true);
  EXPECT_EQ(result["parcels"][0]["outer"], json::array({1500, 300, 800}));
  EXPECT_EQ(result["parcels"][0]["weight"], 14000);
}

TEST(PackVerb, ReportsEveryErrorAtOnceWithItsPointer) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [200, -1, 100], "maxWeight": 1000}],
    "items": [{"id": "a", "dims": [10, 10, 10]},
              {"id": "b", "dims": [10, 10, 10], "weight": 5, "colour": "red"},
              {"id": "c", "dims": [10, "x", 10], "weight": 5}],
    "note": "hello"
  })"));
  ASSERT_EQ(result["ok"], false);
  EXPECT_TRUE(has_path(result, "/boxes/0/inner/1"));
  EXPECT_TRUE(has_path(result, "/items/0/weight"));
  EXPECT_TRUE(has_path(result, "/items/1/colour"));
  EXPECT_TRUE(has_path(result, "/items/2/dims/1"));
  EXPECT_TRUE(has_path(result, "/note"));
  EXPECT_EQ(result["errors"].size(), 5u) << result.dump();
}

TEST(PackVerb, MissingListsAreReported) {
  const json result = pack_verb(request("{}"));
  ASSERT_EQ(result["ok"], false);
  EXPECT_EQ(error_paths(result), (std::vector<std::string>{"/boxes", "/items"}));
}

TEST(PackVerb, ValuesOfTheWrongTypeAreErrorsNotExceptions) {
  const json result = pack_verb(request(R"({
    "boxes": [7, {"id": 3, "inner": "big", "outer": [1, 2], "emptyWeight": "heavy", "maxWeight": null}],
    "items": [{"id": "a", "dims": [10, 10, 10], "weight": 5, "qty": "3", "rotation": "sideways",
               "ownPackaging": "yes"}]
  })"));
  ASSERT_EQ(result["ok"], false);
  for (const char* path :
       {"/boxes/0", "/boxes/1/id", "/boxes/1/inner", "/boxes/1/outer", "/boxes/1/emptyWeight",
        "/boxes/1/maxWeight", "/items/0/qty", "/items/0/rotation", "/items/0/ownPackaging"}) {
    EXPECT_TRUE(has_path(result, path)) << path << " in " << result.dump();
  }
}

TEST(PackVerb, ARequestThatIsNotAnObjectIsAnError) {
  for (const char* text : {"[]", "3", "\"pack\"", "null"}) {
    const json result = pack_verb(request(text));
    EXPECT_EQ(result["ok"], false) << text;
    EXPECT_EQ(error_paths(result), std::vector<std::string>{""}) << text;
  }
}

TEST(PackVerb, WholeMillimetresWrittenWithADecimalPointAreAccepted) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [100.0, 100, 100], "maxWeight": 1000}],
    "items": [{"id": "a", "dims": [10, 10.5, 10], "weight": 5}]
  })"));
  ASSERT_EQ(result["ok"], false);
  EXPECT_EQ(error_paths(result), std::vector<std::string>{"/items/0/dims/1"});
}

TEST(PackVerb, TwoBoxesOrTwoItemsWithTheSameIdAreErrors) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [100, 100, 100], "maxWeight": 1000},
              {"id": "B", "inner": [200, 200, 200], "maxWeight": 1000}],
    "items": [{"id": "a", "dims": [10, 10, 10], "weight": 5},
              {"id": "a", "dims": [20, 10, 10], "weight": 5}]
  })"));
  ASSERT_EQ(result["ok"], false);
  EXPECT_EQ(error_paths(result), (std::vector<std::string>{"/boxes/1/id", "/items/1/id"}));
}

TEST(PackVerb, MaxWeightMustBeMoreThanTheEmptyBox) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [100, 100, 100], "emptyWeight": 500, "maxWeight": 500}],
    "items": []
  })"));
  EXPECT_EQ(error_paths(result), std::vector<std::string>{"/boxes/0/maxWeight"});
}

TEST(PackVerb, OutsideSmallerThanInsideIsAnError) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [100, 100, 100], "outer": [100, 90, 100], "maxWeight": 500}],
    "items": []
  })"));
  EXPECT_EQ(error_paths(result), std::vector<std::string>{"/boxes/0/outer/1"});
}

TEST(PackVerb, ABillionUnitsAreRefusedWithASentence) {
  const json result = pack_verb(request(R"({
    "boxes": [{"id": "B", "inner": [100, 100, 100], "maxWeight": 1000}],
    "items": [{"id": "grain", "dims": [1, 1, 1], "weight": 1, "qty": 1000000000},
              {"id": "sand", "dims": [1, 1, 1], "weight": 1, "qty": 1000000000}]
  })"));
  ASSERT_EQ(result["ok"], false);
  EXPECT_EQ(error_paths(result), std::vector<std::string>{"/items"});
  EXPECT_NE(result["errors"][0]["message"].get<std::string>().find("2000"), std::string::npos);
}

TEST(PackVerb, QuantitiesBeyondABillionAreOutOfRange) {
  const json result = pack_verb(request(R"({
    "boxes": [], "items": [{"id": "a", "dims": [1, 1, 1], "weight": 1, "qty": 18446744073709551615}]
  })"));
  EXPECT_EQ(error_paths(result), std::vector<std::string>{"/items/0/qty"});
}

TEST(PackVerb, TheEngineAnswersWithJsonText) {
  const json result = json::parse(Engine::pack(request(kShop).dump()));
  EXPECT_EQ(result["ok"], true);
  EXPECT_EQ(json::parse(Engine::pack("{oops"))["ok"], false);
}

// Requests of the right shape with values of any type: the verb answers, never throws.
TEST(PackVerb, RandomlyMangledRequestsAlwaysGetAnAnswer) {
  std::mt19937 rng(1234);
  auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  auto any_value = [&]() -> json {
    switch (pick(9)) {
      case 0:
        return nullptr;
      case 1:
        return pick(2) == 1;
      case 2:
        return pick(2000) - 500;
      case 3:
        return 1e300;
      case 4:
        return "text";
      case 5:
        return json::array({pick(300), pick(300), pick(300)});
      case 6:
        return json::array({1, "2"});
      case 7:
        return json::object({{"x", 1}});
      default:
        return -0.5;
    }
  };
  for (int round = 0; round < 500; ++round) {
    json req = request(kShop);
    for (int change = 0; change < 3; ++change) {
      json& list = pick(2) ? req["boxes"] : req["items"];
      json& entry = list[static_cast<std::size_t>(pick(2))];
      const char* keys[] = {"id",   "inner",  "outer", "emptyWeight", "maxWeight",
                            "dims", "weight", "qty",   "rotation",    "ownPackaging"};
      entry[keys[pick(10)]] = any_value();
    }
    json result;
    ASSERT_NO_THROW(result = pack_verb(req)) << req.dump();
    ASSERT_TRUE(result["ok"].is_boolean()) << req.dump();
  }
}

}  // namespace
}  // namespace od::api
