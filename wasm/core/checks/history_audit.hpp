// promise-tighter-than-history: configured handling and transit promises that the store's own
// past shipments do not meet at the promise's target share, with the share of those shipments
// that would have arrived late.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calibrate/history_calibration.hpp"
#include "core/checks/finding.hpp"
#include "core/config/store_config.hpp"

namespace od {

struct HistoryReading {
  std::optional<CalibrationResult> result;  // nullopt when the history cannot be read at all
  std::string problem;                      // why, in a plain sentence
};

// Calibrates from a whole CSV history held in memory (header row first), at the configuration's
// promise confidence.
HistoryReading calibrate_history_text(const StoreConfig& config, std::string_view csv);

std::vector<Finding> audit_history(const StoreConfig& config, const CalibrationResult& history);

}  // namespace od
