// Runs every shared vector in tests/vectors/ against the native facade. The same files run
// against the wasm module under node (tests/wasm/vectors.test.mjs), so both builds must agree.
#include <gtest/gtest.h>

#include "api/engine.hpp"
#include "api/json_reader.hpp"
#include "support/json_match.hpp"
#include "support/test_files.hpp"

namespace od::api {
namespace {

using od::testing::read_text_file;
using od::testing::source_path;

std::string run_vector(const json& vector) {
  const std::string verb = vector.at("verb");
  const json request = vector.value("request", json::object());
  if (verb == "pack") return Engine::pack(request.dump());
  if (verb == "localtime")
    return Engine::localtime(request.at("zone").get<std::string>(),
                             request.at("instant").get<std::string>());
  if (verb == "holidays")
    return Engine::holidays(request.at("code").get<std::string>(), request.at("year").get<int>());

  const std::string config = vector.contains("configFile")
                                 ? read_text_file(source_path(vector.at("configFile")))
                                 : vector.at("config").dump();
  Engine engine(config);
  if (verb == "validate") return engine.validate();
  if (verb == "audit") return engine.audit();
  if (verb == "quote") return engine.quote(request.dump());
  if (verb == "promise") return engine.promise(request.dump());
  if (verb == "check") return engine.check(request.dump());
  if (verb == "contact") return engine.contact(request.dump());
  ADD_FAILURE() << "unknown verb " << verb;
  return "{}";
}

class SharedVector : public ::testing::TestWithParam<std::string> {};

TEST_P(SharedVector, NativeResultMatchesExpected) {
  const json vector = json::parse(read_text_file(source_path(GetParam())));
  const json result = json::parse(run_vector(vector));
  const std::string mismatch = od::testing::json_mismatch(vector.at("expected"), result);
  EXPECT_EQ(mismatch, "") << vector.value("description", "") << "\nresult: " << result.dump();
}

INSTANTIATE_TEST_SUITE_P(Vectors, SharedVector,
                         ::testing::ValuesIn(od::testing::json_files_under("tests/vectors")),
                         od::testing::FileTestName());

}  // namespace
}  // namespace od::api
