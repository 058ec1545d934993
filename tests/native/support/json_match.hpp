// Deep partial match used by the shared vectors: every key in `expected` must be present and
// equal in `actual`; lists must have the same length and match element by element.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace od::testing {

// Returns "" on a match, else the JSON Pointer of the first difference and what differs.
inline std::string json_mismatch(const nlohmann::ordered_json& expected,
                                 const nlohmann::ordered_json& actual,
                                 const std::string& path = "") {
  if (expected.is_object()) {
    if (!actual.is_object()) return path + ": expected an object, got " + actual.dump();
    for (const auto& [key, value] : expected.items()) {
      if (!actual.contains(key)) return path + "/" + key + ": missing";
      auto m = json_mismatch(value, actual.at(key), path + "/" + key);
      if (!m.empty()) return m;
    }
    return "";
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) {
      return path + ": expected " + expected.dump() + ", got " + actual.dump();
    }
    for (size_t i = 0; i < expected.size(); ++i) {
      auto m = json_mismatch(expected[i], actual[i], path + "/" + std::to_string(i));
      if (!m.empty()) return m;
    }
    return "";
  }
  if (expected.is_number() && actual.is_number()) {
    if (expected.get<double>() == actual.get<double>()) return "";
  } else if (expected == actual) {
    return "";
  }
  return path + ": expected " + expected.dump() + ", got " + actual.dump();
}

}  // namespace od::testing
