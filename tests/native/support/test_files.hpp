// Reading the repository's test data from native tests.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace od::testing {

inline std::filesystem::path source_path(const std::string& relative) {
  return std::filesystem::path(OD_SOURCE_DIR) / relative;
}

inline std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every *.json under `relative`, sorted, as repository-relative paths.
inline std::vector<std::string> json_files_under(const std::string& relative) {
  std::vector<std::string> out;
  const auto root = source_path(relative);
  if (!std::filesystem::exists(root)) return out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      out.push_back(std::filesystem::relative(entry.path(), source_path("")).generic_string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A GoogleTest-friendly name for a file path parameter: "tests/vectors/quote/a-b.json" ->
// quote_a_b_json (the folder is kept so names stay unique).
struct FileTestName {
  std::string operator()(const ::testing::TestParamInfo<std::string>& info) const {
    const size_t first = info.param.find('/');
    const size_t second = info.param.find('/', first + 1);
    std::string name = info.param.substr(second == std::string::npos ? 0 : second + 1);
    for (char& c : name) {
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return name;
  }
};

}  // namespace od::testing
