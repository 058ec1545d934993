#include <gtest/gtest.h>

#include "api/engine.hpp"
#include "api/json_reader.hpp"
#include "support/demo_store.hpp"

namespace od::api {
namespace {

using od::testing::demo_store_text;

json parsed(const std::string& text) {
  return json::parse(text);
}

TEST(Engine, ValidConfigurationValidatesAsOk) {
  Engine engine(demo_store_text());
  EXPECT_TRUE(engine.ok());
  EXPECT_EQ(parsed(engine.validate()), json::parse(R"({"ok":true})"));
}

TEST(Engine, ResultsPutOkFirst) {
  Engine engine("{}");
  EXPECT_EQ(engine.validate().rfind("{\"ok\":false", 0), 0u);
}

TEST(Engine, MalformedConfigurationIsAnErrorValueNotAnException) {
  Engine engine("{not json");
  const json result = parsed(engine.validate());
  EXPECT_EQ(result["ok"], false);
  EXPECT_EQ(result["errors"][0]["path"], "");
}

TEST(Engine, RequestsAgainstAnInvalidConfigurationSayTheConfigurationIsBroken) {
  Engine engine("{}");
  const json result = parsed(engine.quote(R"({"cart":{"items":[]}})"));
  EXPECT_EQ(result["ok"], false);
  EXPECT_GT(result["errors"].size(), 1u);
}

TEST(Engine, MalformedRequestJsonIsAnErrorValue) {
  Engine engine(demo_store_text());
  for (const char* request : {"", "{", "[1,", "\"\\uZZZZ\"", "nul"}) {
    const json result = parsed(engine.quote(request));
    EXPECT_EQ(result["ok"], false) << request;
    EXPECT_EQ(result["errors"][0]["path"], "") << request;
  }
}

TEST(Engine, EveryResultIsJsonWithAnOkFlag) {
  Engine engine(demo_store_text());
  for (const std::string& result :
       {engine.quote("{}"), engine.promise("{}"), engine.check("{}"), engine.contact("{}"),
        engine.audit(), Engine::pack("{}"), Engine::localtime("Nowhere/City", "x"),
        Engine::holidays("XX", 2026)}) {
    const json value = parsed(result);
    ASSERT_TRUE(value.contains("ok")) << result;
    if (value["ok"] == false) {
      ASSERT_TRUE(value["errors"].is_array()) << result;
      EXPECT_FALSE(value["errors"].empty()) << result;
    }
  }
}

TEST(Engine, InvalidUtf8InTheConfigurationIsAnErrorValue) {
  Engine engine(std::string("{\"store\":{\"name\":\"\xff\xfe\"}}"));
  const json result = parsed(engine.validate());
  EXPECT_EQ(result["ok"], false);
}

}  // namespace
}  // namespace od::api
