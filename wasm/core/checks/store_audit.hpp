// The store audit: causes of shopper obstacles found in the configuration itself, each tied to
// the setting that causes it (Finding::path). In order: per-item-overcharge,
// uncovered-destination, item-fits-no-box, speed-without-date, no-returns-policy,
// return-costs-unstated, slow-reply-promise, no-human-channel, no-contact-hours.
#pragma once

#include <vector>

#include "core/checks/finding.hpp"
#include "core/config/store_config.hpp"

namespace od {

// Carts of 1 to this many units of one catalogue item are priced for the audit.
inline constexpr int64_t kAuditMaxUnits = 10;

std::vector<Finding> audit_store(const StoreConfig& config);

// The parts, each usable alone.
std::vector<Finding> audit_per_item_overcharge(const StoreConfig& config);
std::vector<Finding> audit_coverage(const StoreConfig& config);        // uncovered-destination
std::vector<Finding> audit_boxes(const StoreConfig& config);           // item-fits-no-box
std::vector<Finding> audit_delivery_dates(const StoreConfig& config);  // speed-without-date
std::vector<Finding> audit_returns(const StoreConfig& config);
std::vector<Finding> audit_contact(const StoreConfig& config);

}  // namespace od
