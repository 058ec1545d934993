#pragma once

#include <optional>
#include <string>

namespace od::cli {

// The whole content of `path`, or of standard input for "-"; nullopt when it cannot be read.
std::optional<std::string> read_input(const std::string& path);

}  // namespace od::cli
