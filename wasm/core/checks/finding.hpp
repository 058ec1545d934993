// A finding of the cart check or the store audit: a stable id, a severity and the numbers behind
// it, as plain fields. Words are added by the facade (api/verbs/check_texts.cpp), so the core
// stays free of phrasing and the page can phrase the same numbers in its own language.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace od {

enum class Severity { Info, Warning, Blocker };

// One named value: a whole number (money in minor units, grams, days...), a text or a flag.
struct FindingField {
  enum class Kind { Number, Text, Flag };
  std::string name;
  Kind kind = Kind::Number;
  int64_t number = 0;
  std::string text;

  static FindingField num(std::string name, int64_t value);
  static FindingField txt(std::string name, std::string value);
  static FindingField flag(std::string name, bool value);
};

using FindingFields = std::vector<FindingField>;

struct Finding {
  std::string id;
  Severity severity = Severity::Info;
  FindingFields data;
  // Evidence as a table (per-item-overcharge's units, parcels and prices; a list of channels).
  std::string rows_name;
  std::vector<FindingFields> rows;
  // An action the page may offer ("add-to-cart", "switch-service", ...); empty = none.
  std::string action;
  FindingFields action_data;
  // Audit: where in the configuration the cause lies (JSON Pointer), empty when nowhere.
  std::string path;

  static Finding of(std::string id, Severity severity);

  const FindingField* field(const std::string& name) const;
  int64_t number(const std::string& name) const;    // 0 when absent
  std::string text(const std::string& name) const;  // "" when absent
};

}  // namespace od
