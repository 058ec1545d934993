#pragma once

#include <functional>
#include <string>
#include <vector>

namespace od::cli {

using UsageError = std::function<int(const std::string&)>;

// Runs one verb with its arguments; prints the JSON result and returns the exit status.
int run_verb(const std::string& verb, const std::vector<std::string>& args,
             const UsageError& usage);

}  // namespace od::cli
