// Shared pieces of the libFuzzer harnesses: the demo configuration, read once.
#pragma once

#include <fstream>
#include <iterator>
#include <string>

#include "api/engine.hpp"

namespace od::fuzz {

inline const std::string& demo_config() {
  static const std::string text = [] {
    std::ifstream in(OD_SOURCE_DIR "/demo/store.json", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return text;
}

// Every facade result must be a JSON object or list; anything else is a bug worth a crash.
// Also traps on the facade's catch-all answer: something threw, and the wasm module, built
// without exceptions, would have aborted where the native build caught it.
inline void require_json_result(const std::string& result) {
  if (result.empty() || (result.front() != '{' && result.front() != '[')) __builtin_trap();
  if (result == api::kInternalErrorResult) __builtin_trap();
}

}  // namespace od::fuzz
