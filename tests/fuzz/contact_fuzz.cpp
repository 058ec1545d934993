// Any bytes as a contact request against the demo store: always a JSON answer, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/engine.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const od::api::Engine engine(od::fuzz::demo_config());
  od::fuzz::require_json_result(
      engine.contact(std::string_view(reinterpret_cast<const char*>(data), size)));
  return 0;
}
