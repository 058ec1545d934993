// The `audit` verb: store-level findings (CLI.md), each with the setting that causes it
// ("path", a JSON Pointer into the configuration), the evidence and a concrete fix. With a
// shipment history (CSV, as for `calibrate`), also the promises the history does not meet.
#include "api/verbs/check_texts.hpp"
#include "api/verbs/verbs.hpp"
#include "core/checks/history_audit.hpp"
#include "core/checks/store_audit.hpp"

namespace od::api {

namespace {

json audit_json(const StoreConfig& config, const std::vector<Finding>& found) {
  json findings = json::array();
  for (const Finding& f : found) {
    findings.push_back(checks::finding_json(f, config, config.store.locale, true));
  }
  json out = {{"ok", true}, {"currency", config.store.currency}};
  out["findings"] = std::move(findings);
  return out;
}

}  // namespace

json audit_verb(const StoreConfig& config) {
  return audit_json(config, audit_store(config));
}

json audit_history_verb(const StoreConfig& config, std::string_view history_csv) {
  const HistoryReading reading = calibrate_history_text(config, history_csv);
  if (!reading.result) return error_result({{"history:1", reading.problem}});
  std::vector<Finding> found = audit_store(config);
  for (Finding& f : audit_history(config, *reading.result)) found.push_back(std::move(f));
  json out = audit_json(config, found);
  json rejected = json::array();
  for (const RejectedRow& row : reading.result->listed_rejections) {
    rejected.push_back({{"path", "history:" + std::to_string(row.line)}, {"message", row.reason}});
  }
  out["history"] = {{"used", reading.result->used},
                    {"rejected", reading.result->rejected},
                    {"rejections", std::move(rejected)}};
  return out;
}

}  // namespace od::api
