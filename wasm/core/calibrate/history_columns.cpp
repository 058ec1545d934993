#include "core/calibrate/history_columns.hpp"

#include <string_view>

namespace od {
namespace {

std::string normalized(std::string_view name) {
  while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<HistoryColumns> find_history_columns(const std::vector<std::string>& header,
                                                   std::string& problem) {
  HistoryColumns columns;
  struct Slot {
    const char* name;
    size_t HistoryColumns::*member;
    bool required;
  };
  const Slot slots[] = {
      {"order_id", &HistoryColumns::order_id, false},
      {"ordered_at", &HistoryColumns::ordered_at, true},
      {"shipped_at", &HistoryColumns::shipped_at, true},
      {"delivered_at", &HistoryColumns::delivered_at, true},
      {"service", &HistoryColumns::service, true},
      {"country", &HistoryColumns::country, true},
      {"postcode", &HistoryColumns::postcode, false},
  };
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string name = normalized(header[i]);
    for (const Slot& slot : slots) {
      if (name != slot.name) continue;
      if (columns.*slot.member != HistoryColumns::kAbsent) {
        problem = "The column \"" + name + "\" appears twice in the header.";
        return std::nullopt;
      }
      columns.*slot.member = i;
    }
  }
  std::string missing;
  for (const Slot& slot : slots) {
    if (!slot.required || columns.*slot.member != HistoryColumns::kAbsent) continue;
    missing += missing.empty() ? "" : ", ";
    missing += slot.name;
  }
  if (!missing.empty()) {
    problem = "The header row lacks the column(s) " + missing +
              " (expected order_id, ordered_at, shipped_at, delivered_at, service, country, "
              "postcode).";
    return std::nullopt;
  }
  return columns;
}

}  // namespace od
