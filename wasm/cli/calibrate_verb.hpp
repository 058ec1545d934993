// `overdeliver calibrate CONFIG HISTORY.csv [--target 0.95]`: per-lane promises from a store's
// shipment history, per the CLI contract. The history is streamed in chunks, never loaded whole.
//
// Besides the contract's fields the result carries: "target"; per lane "origin", and in
// "backtest" the test set's "shipments", its first order day "from", "calibratedOn" (older
// shipments) and the "promiseTransitDays" they gave (onTime and early are null when a lane has
// too little history for a backtest); "rejectedRows" [{path: "FILE:LINE", message}] (the first
// 1000) and "rejectedRowsNotListed" when more were rejected. Percentiles are nearest-rank: whole
// business days. "configPatch" is {"origins": [{id, handlingDays: {min, max}}], "services":
// [{id, rates: [{zone, transitDays: {min, max}}]}]}: entries match the configuration's by id (rates
// by zone), max is the calibrated promise and min the median.
// Exit status: 1 (ok false) for an invalid configuration, a history without a usable header, or
// one with no usable row; 2 for usage errors and unreadable files.
#pragma once

#include <string>
#include <vector>

#include "cli/verbs.hpp"

namespace od::cli {

int run_calibrate(const std::vector<std::string>& args, const UsageError& usage);

}  // namespace od::cli
