// One function per request kind. Each takes parsed input and returns the result JSON
// ({"ok":true,...} or an error_result); the Engine wraps them so nothing escapes as an exception.
#pragma once

#include <string_view>

#include "api/errors.hpp"
#include "api/json_reader.hpp"
#include "core/config/store_config.hpp"

namespace od::api {

json quote_verb(const StoreConfig& config, const json& request);
json promise_verb(const StoreConfig& config, const json& request);
json check_verb(const StoreConfig& config, const json& request);
json contact_verb(const StoreConfig& config, const json& request);
json audit_verb(const StoreConfig& config);
json audit_history_verb(const StoreConfig& config, std::string_view history_csv);
json pack_verb(const json& request);
json localtime_verb(std::string_view zone, std::string_view instant);
json holidays_verb(std::string_view code, int year);

// Parses request text, then hands the document to `verb`; malformed JSON becomes an error value.
template <typename Verb>
json with_request(std::string_view request_json, Verb&& verb) {
  Errors errors;
  auto doc = parse_json_text(request_json, "", errors, "request");
  if (!doc) return error_result(errors);
  return verb(*doc);
}

}  // namespace od::api
