// Any zone name, instant text and year: localtime and holidays always answer with JSON.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "api/engine.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t split = input.find('|');
  const std::string_view zone = input.substr(0, split);
  const std::string_view rest = split == std::string_view::npos ? "" : input.substr(split + 1);
  od::fuzz::require_json_result(od::api::Engine::localtime(zone, rest));
  int year = 0;
  for (char c : rest.substr(0, 5)) year = year * 10 + (static_cast<unsigned char>(c) % 10);
  od::fuzz::require_json_result(od::api::Engine::holidays(zone, year));
  return 0;
}
