#include "cli/input_files.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace od::cli {

std::optional<std::string> read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream all;
    all << std::cin.rdbuf();
    return all.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace od::cli
