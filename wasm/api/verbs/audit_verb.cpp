// The `audit` verb: store-level findings (CLI.md), each with the setting that causes it
// ("path", a JSON Pointer into the configuration), the evidence and a concrete fix.
#include "api/verbs/check_texts.hpp"
#include "api/verbs/verbs.hpp"
#include "core/checks/store_audit.hpp"

namespace od::api {

json audit_verb(const StoreConfig& config) {
  const std::string& language = config.store.locale;
  json findings = json::array();
  for (const Finding& f : audit_store(config)) {
    findings.push_back(checks::finding_json(f, config, language, true));
  }
  json out = {{"ok", true}, {"currency", config.store.currency}};
  out["findings"] = std::move(findings);
  return out;
}

}  // namespace od::api
