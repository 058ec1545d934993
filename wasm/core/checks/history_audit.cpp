#include "core/checks/history_audit.hpp"

#include <cmath>

#include "core/calibrate/csv_reader.hpp"
#include "core/calibrate/promise_gap.hpp"

namespace od {
namespace {

using F = FindingField;

std::string origin_path(const StoreConfig& config, const std::string& id) {
  for (size_t i = 0; i < config.origins.size(); ++i) {
    if (config.origins[i].id == id) return "/origins/" + std::to_string(i) + "/handlingDays/max";
  }
  return "/origins";
}

std::string rate_path(const StoreConfig& config, const std::string& service,
                      const std::string& zone) {
  for (size_t si = 0; si < config.services.size(); ++si) {
    if (config.services[si].id != service) continue;
    for (size_t ri = 0; ri < config.services[si].rates.size(); ++ri) {
      if (config.services[si].rates[ri].zone == zone) {
        return "/services/" + std::to_string(si) + "/rates/" + std::to_string(ri) +
               "/transitDays/max";
      }
    }
  }
  return "/services";
}

}  // namespace

HistoryReading calibrate_history_text(const StoreConfig& config, std::string_view csv) {
  HistoryReading out;
  CalibrationOptions options;
  options.target = static_cast<PartsPerMillion>(std::llround(config.promise.confidence * 1e6));
  HistoryCalibrator calibrator(config, options);
  std::string_view rest = skip_utf8_bom(csv);
  std::vector<std::string> fields;
  uint64_t line = 1;
  for (;;) {
    const CsvStep step = read_csv_record(rest, true, fields);
    const uint64_t record_line = line + step.empty_lines;
    rest.remove_prefix(step.consumed);
    line += step.line_breaks;
    if (step.status == CsvStatus::kEnd || step.status == CsvStatus::kNeedMore) break;
    if (step.consumed == 0) break;  // never loop on a reader that makes no progress
    if (!calibrator.has_header()) {
      if (step.status != CsvStatus::kRecord || !calibrator.set_header(fields, out.problem)) {
        if (out.problem.empty()) out.problem = step.problem;
        return out;
      }
      continue;
    }
    if (step.status == CsvStatus::kRecord) {
      calibrator.add_record(fields, record_line);
    } else {
      calibrator.reject(record_line, step.problem);
    }
  }
  if (!calibrator.has_header()) {
    out.problem = "The history is empty: expected a header row and one row per shipment.";
    return out;
  }
  out.result = calibrator.finish();
  return out;
}

std::vector<Finding> audit_history(const StoreConfig& config, const CalibrationResult& history) {
  std::vector<Finding> out;
  for (const PromiseGap& gap : promises_tighter_than_history(config, history)) {
    Finding f = Finding::of("promise-tighter-than-history", Severity::Warning);
    const bool handling = gap.part == PromisePart::kHandling;
    f.path = handling ? origin_path(config, gap.origin) : rate_path(config, gap.service, gap.zone);
    f.data = {F::txt("part", handling ? "handling" : "transit"), F::txt("origin", gap.origin)};
    if (!handling) {
      f.data.push_back(F::txt("service", gap.service));
      f.data.push_back(F::txt("zone", gap.zone));
    }
    f.data.push_back(F::num("configuredDays", gap.configured_days));
    f.data.push_back(F::num("historyDays", gap.history_days));
    f.data.push_back(F::num("shipments", static_cast<int64_t>(gap.shipments)));
    f.data.push_back(F::num("late", static_cast<int64_t>(gap.late)));
    f.data.push_back(
        F::num("lateBasisPoints",
               gap.shipments ? static_cast<int64_t>(gap.late * 10000 / gap.shipments) : 0));
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace od
