// `overdeliver calibrate CONFIG HISTORY.csv [--target 0.95]`: per-lane promises from a store's
// shipment history, per the CLI contract. The history is streamed in chunks, never loaded whole.
#pragma once

#include <string>
#include <vector>

#include "cli/verbs.hpp"

namespace od::cli {

int run_calibrate(const std::vector<std::string>& args, const UsageError& usage);

}  // namespace od::cli
