// Reads JSON input into plain values while collecting every problem as an Error with a JSON
// Pointer, so a store owner sees all mistakes at once. Nothing here throws on bad input.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/errors.hpp"
#include "core/config/store_config.hpp"
#include "core/time/civil_date.hpp"

namespace od::api {

enum class Need { Required, Optional };

// Parses text as JSON without exceptions; on failure adds an error at `path` and returns null.
std::optional<json> parse_json_text(std::string_view text, const std::string& path, Errors& errors,
                                    std::string_view what);

// A plain-words name of a JSON value's type ("a number", "text", "a list", ...).
std::string describe_type(const json& value);

// Value readers: each reports a problem at `path` and returns nullopt when the value is unusable.
std::optional<std::string> read_text(const json& v, const std::string& path, Errors& errors,
                                     std::string_view what = "text");
std::optional<int64_t> read_integer(const json& v, const std::string& path, Errors& errors,
                                    int64_t min, int64_t max, std::string_view unit);
std::optional<double> read_number(const json& v, const std::string& path, Errors& errors,
                                  double min, double max, std::string_view what);
std::optional<bool> read_flag(const json& v, const std::string& path, Errors& errors);
std::optional<std::string> read_choice(const json& v, const std::string& path, Errors& errors,
                                       std::initializer_list<std::string_view> choices);
std::optional<DayNumber> read_date(const json& v, const std::string& path, Errors& errors);
// "HH:MM" -> minutes since midnight; `allow_24` admits "24:00" as the end of a day.
std::optional<int32_t> read_clock_time(const json& v, const std::string& path, Errors& errors,
                                       bool allow_24);
std::optional<Dims> read_dims(const json& v, const std::string& path, Errors& errors);
std::optional<LocalizedText> read_localized(const json& v, const std::string& path, Errors& errors);

// Calls `each(element, element_path)` for every element of a list; reports a non-list.
template <typename Each>
void for_each_element(const json& v, const std::string& path, Errors& errors, Each&& each) {
  if (!v.is_array()) {
    errors.push_back({path, "Expected a list here, but found " + describe_type(v) + "."});
    return;
  }
  for (size_t i = 0; i < v.size(); ++i) each(v[i], pointer_join(path, i));
}

// Reads one JSON object. Every key looked up is remembered; when the reader goes out of scope,
// any key never looked up is reported, so a misspelt setting is never silently ignored.
class ObjectReader {
 public:
  ObjectReader(const json& value, std::string path, Errors& errors);
  ~ObjectReader();
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

  bool ok() const { return object_ != nullptr; }
  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const { return pointer_join(path_, key); }
  Errors& errors() { return errors_; }

  // The raw member, or nullptr (reporting it when required).
  const json* get(std::string_view key, Need need);

  std::optional<std::string> text(std::string_view key, Need need, std::string_view what = "text");
  std::optional<int64_t> integer(std::string_view key, Need need, int64_t min, int64_t max,
                                 std::string_view unit);
  std::optional<double> number(std::string_view key, Need need, double min, double max,
                               std::string_view what);
  std::optional<bool> flag(std::string_view key, Need need);
  std::optional<std::string> choice(std::string_view key, Need need,
                                    std::initializer_list<std::string_view> choices);
  std::optional<DayNumber> date(std::string_view key, Need need);
  std::optional<Dims> dims(std::string_view key, Need need);
  std::optional<LocalizedText> localized(std::string_view key, Need need);
  std::vector<std::string> text_list(std::string_view key, Need need,
                                     std::string_view what = "text");

  template <typename Each>
  void list(std::string_view key, Need need, Each&& each) {
    if (const json* v = get(key, need)) for_each_element(*v, path_of(key), errors_, each);
  }

 private:
  const json* object_ = nullptr;
  std::string path_;
  Errors& errors_;
  std::vector<std::string> seen_;
};

}  // namespace od::api
