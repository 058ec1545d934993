// The demo store's configuration (demo/store.json), the starting point of many tests.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "test_files.hpp"

namespace od::testing {

inline std::filesystem::path demo_store_path() {
  return source_path("demo/store.json");
}

inline std::string demo_store_text() {
  return read_text_file(demo_store_path());
}

inline nlohmann::ordered_json demo_store() {
  return nlohmann::ordered_json::parse(demo_store_text());
}

}  // namespace od::testing
