// The words of cart-check and audit findings: a message for every finding and, for the audit,
// the evidence and a concrete fix. Plain English, with the store's own names for items and
// services in the request's language; the numbers stay in "data" for pages that phrase their own.
#pragma once

#include <string>

#include "api/errors.hpp"
#include "core/checks/finding.hpp"
#include "core/config/store_config.hpp"

namespace od::api::checks {

struct FindingTexts {
  std::string message;
  std::string evidence;  // audit only
  std::string fix;       // audit only
};

FindingTexts texts_of(const Finding& finding, const StoreConfig& config,
                      const std::string& language);

// "£4.20", "€12.00", "JPY 395": minor units in the store's currency, without floating point.
std::string money_text(int64_t minor, const StoreInfo& store);

// {"id","severity","message","data",["action"],["path","evidence","fix"]}
json finding_json(const Finding& finding, const StoreConfig& config, const std::string& language,
                  bool audit);

}  // namespace od::api::checks
