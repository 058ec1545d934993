// Any bytes as a packing request: always a JSON answer, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/engine.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  od::fuzz::require_json_result(
      od::api::Engine::pack(std::string_view(reinterpret_cast<const char*>(data), size)));
  return 0;
}
