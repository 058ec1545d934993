// parse_json_text builds its document bottom up; it must read exactly what nlohmann's own parser
// reads, member order and repeated keys included.
#include <gtest/gtest.h>

#include "api/json_reader.hpp"
#include "support/demo_store.hpp"

namespace od::api {
namespace {

json read_document(const std::string& text) {
  Errors errors;
  auto doc = parse_json_text(text, "", errors, "test document");
  EXPECT_TRUE(errors.empty());
  return doc.value_or(json());
}

TEST(JsonText, ReadsTheDemoStoreAsNlohmannDoes) {
  const std::string text = od::testing::demo_store_text();
  const json mine = read_document(text);
  EXPECT_EQ(mine, json::parse(text));
  EXPECT_EQ(mine.dump(), json::parse(text).dump());  // the same member order too
}

TEST(JsonText, KeepsMembersInTheOrderWritten) {
  EXPECT_EQ(read_document(R"({"b":1,"a":{"z":[1,{"y":2,"x":3}],"c":null}})").dump(),
            R"({"b":1,"a":{"z":[1,{"y":2,"x":3}],"c":null}})");
}

TEST(JsonText, ARepeatedKeyKeepsItsFirstPlaceAndItsLastValue) {
  const std::string text = R"({"a":1,"b":2,"a":{"c":3}})";
  EXPECT_EQ(read_document(text).dump(), R"({"a":{"c":3},"b":2})");
  EXPECT_EQ(read_document(text).dump(), json::parse(text).dump());
}

TEST(JsonText, ReadsScalarsAndEmptyContainers) {
  for (const std::string text : {"0", "-7", "18446744073709551615", "2.5", "\"x\"", "true", "null",
                                 "[]", "{}", "[[],{},[{}]]"}) {
    EXPECT_EQ(read_document(text).dump(), json::parse(text).dump()) << text;
  }
}

TEST(JsonText, InvalidTextIsAnErrorNotADocument) {
  Errors errors;
  EXPECT_FALSE(parse_json_text(R"({"a":[1,2})", "/x", errors, "request").has_value());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].path, "/x");
}

}  // namespace
}  // namespace od::api
