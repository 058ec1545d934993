// Where a store promises tighter than its own history: for the merchant audit. Compares the
// configured handling days of each origin and transit days of each service and zone with what
// the calibrated history needs at the target share, and says what share of past shipments would
// have missed the configured promise.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/calibrate/history_calibration.hpp"
#include "core/config/store_config.hpp"

namespace od {

enum class PromisePart { kHandling, kTransit };

struct PromiseGap {
  PromisePart part = PromisePart::kTransit;
  std::string origin;           // kHandling: the origin; kTransit: the lane's origin
  std::string service;          // kTransit only
  std::string zone;             // kTransit only
  int32_t configured_days = 0;  // the configured maximum (the promise)
  int32_t history_days = 0;     // the smallest promise the history meets at the target share
  uint64_t shipments = 0;       // shipments measured
  uint64_t late = 0;            // of them, took longer than configured_days
  double late_share() const { return shipments ? double(late) / double(shipments) : 0.0; }
};

// Every configured promise (origin handling max; service transit max for a zone) that is smaller
// than the history needs, in the order of `result`. Promises without history, and lanes whose
// rate has no configured transit days, are not judged.
std::vector<PromiseGap> promises_tighter_than_history(const StoreConfig& config,
                                                      const CalibrationResult& result);

}  // namespace od
