// The errors a store configuration gets from the parser, and where they point.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "api/config/config_parser.hpp"
#include "api/json_reader.hpp"

namespace od::testing {

inline api::Errors config_errors(const api::json& config) {
  api::Errors errors;
  api::parse_store_config(config, errors);
  return errors;
}

// From the text, as the engine reads it: syntax errors come first.
inline api::Errors config_text_errors(std::string_view config_text) {
  api::Errors errors;
  if (auto doc = api::parse_json_text(config_text, "", errors, "configuration")) {
    api::parse_store_config(*doc, errors);
  }
  return errors;
}

inline bool has_error_at(const api::Errors& errors, const std::string& path) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const api::Error& e) { return e.path == path; });
}

}  // namespace od::testing
