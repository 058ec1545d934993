// Where each column of a shipment history sits, found from its header row. Columns may come in
// any order; names are matched without regard to case or surrounding spaces; unknown columns are
// ignored.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace od {

struct HistoryColumns {
  static constexpr size_t kAbsent = static_cast<size_t>(-1);
  size_t order_id = kAbsent;  // optional: only quoted back in messages
  size_t ordered_at = kAbsent;
  size_t shipped_at = kAbsent;
  size_t delivered_at = kAbsent;
  size_t service = kAbsent;
  size_t country = kAbsent;
  size_t postcode = kAbsent;  // optional: an absent column reads as empty postcodes
};

// The columns of `header`, or nullopt with `problem` set when a required one is missing or a
// name appears twice.
std::optional<HistoryColumns> find_history_columns(const std::vector<std::string>& header,
                                                   std::string& problem);

}  // namespace od
