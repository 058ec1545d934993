// Any bytes as a store configuration: the engine must answer with a JSON value, never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/engine.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  od::api::Engine engine(std::string_view(reinterpret_cast<const char*>(data), size));
  od::fuzz::require_json_result(engine.validate());
  if (engine.ok()) od::fuzz::require_json_result(engine.audit());
  return 0;
}
