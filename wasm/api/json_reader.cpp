#include "api/json_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace od::api {
namespace {

void add(Errors& errors, const std::string& path, std::string message) {
  errors.push_back({path, std::move(message)});
}

std::string quoted(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

std::string join_choices(std::initializer_list<std::string_view> choices) {
  std::string out;
  for (auto c : choices) {
    if (!out.empty()) out += ", ";
    out += quoted(c);
  }
  return out;
}

// Short, safe rendering of an offending value for a message (never the whole document).
std::string excerpt(const json& v) {
  std::string s = v.dump(-1, ' ', false, json::error_handler_t::replace);
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return s;
}

// Builds the document bottom up: an object's members are gathered first and moved into it once,
// at their final count. nlohmann's own DOM builder inserts each member into the growing object,
// and an ordered object (a vector of pairs with const keys) copies every member already read,
// subtrees included, each time it grows: most of a configuration's start went into those copies.
// The result is the same document: members in the order written, a repeated key keeping its
// first place and its last value.
class DomBuilder {
 public:
  bool null() { return add(json(nullptr)); }
  bool boolean(bool b) { return add(json(b)); }
  bool number_integer(json::number_integer_t n) { return add(json(n)); }
  bool number_unsigned(json::number_unsigned_t n) { return add(json(n)); }
  bool number_float(json::number_float_t n, const std::string&) { return add(json(n)); }
  bool string(std::string& s) { return add(json(std::move(s))); }
  bool binary(json::binary_t& b) { return add(json::binary(std::move(b))); }
  bool start_object(std::size_t) {
    open_.emplace_back();
    open_.back().is_object = true;
    return true;
  }
  bool key(std::string& k) {
    open_.back().key = std::move(k);
    return true;
  }
  bool end_object() {
    Open done = std::move(open_.back());
    open_.pop_back();
    json object(json::value_t::object);
    auto& members = object.get_ref<json::object_t&>();
    members.reserve(done.members.size());
    for (auto& [k, v] : done.members) {
      auto same = std::find_if(members.begin(), members.end(),
                               [&k = k](const auto& m) { return m.first == k; });
      if (same != members.end()) {
        same->second = std::move(v);
      } else {
        members.emplace_back(std::move(k), std::move(v));
      }
    }
    return add(std::move(object));
  }
  bool start_array(std::size_t) {
    open_.emplace_back();
    return true;
  }
  bool end_array() {
    Open done = std::move(open_.back());
    open_.pop_back();
    json array(json::value_t::array);
    array.get_ref<json::array_t&>() = std::move(done.elements);
    return add(std::move(array));
  }
  template <typename Exception>
  bool parse_error(std::size_t, const std::string&, const Exception&) {
    errored_ = true;
    return false;
  }

  bool errored() const { return errored_; }
  json take() { return std::move(root_); }

 private:
  struct Open {
    bool is_object = false;
    std::string key;
    std::vector<std::pair<std::string, json>> members;
    std::vector<json> elements;
  };

  bool add(json value) {
    if (open_.empty()) {
      root_ = std::move(value);
    } else if (open_.back().is_object) {
      open_.back().members.emplace_back(std::move(open_.back().key), std::move(value));
    } else {
      open_.back().elements.push_back(std::move(value));
    }
    return true;
  }

  std::vector<Open> open_;
  json root_;
  bool errored_ = false;
};

}  // namespace

std::optional<json> parse_json_text(std::string_view text, const std::string& path, Errors& errors,
                                    std::string_view what) {
  // The DOM builder through sax_parse: json::parse would also compile in the callback parser,
  // which nothing here uses, at several kilobytes of wasm.
  DomBuilder builder;
  if (!json::sax_parse(text.begin(), text.end(), &builder) || builder.errored()) {
    add(errors, path,
        "The " + std::string(what) +
            " is not valid JSON. Check for a missing comma, quote or bracket.");
    return std::nullopt;
  }
  return builder.take();
}

std::string describe_type(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "true/false";
    case json::value_t::string:
      return "text";
    case json::value_t::array:
      return "a list";
    case json::value_t::object:
      return "an object";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "a number";
    default:
      return "an unusable value";
  }
}

std::optional<std::string> read_text(const json& v, const std::string& path, Errors& errors,
                                     std::string_view what) {
  if (!v.is_string()) {
    add(errors, path,
        "Expected " + std::string(what) + " here, but found " + describe_type(v) + ".");
    return std::nullopt;
  }
  const auto& s = v.get_ref<const std::string&>();
  if (s.empty()) {
    add(errors, path, "This must not be empty: give " + std::string(what) + ".");
    return std::nullopt;
  }
  return s;
}

std::optional<int64_t> read_integer(const json& v, const std::string& path, Errors& errors,
                                    int64_t min, int64_t max, std::string_view unit) {
  // Built only for a message: most configurations read many numbers and have no errors.
  const auto range = [&] {
    return "a whole number of " + std::string(unit) + " from " + std::to_string(min) + " to " +
           std::to_string(max);
  };
  bool whole = v.is_number_integer() || v.is_number_unsigned();
  if (v.is_number_float()) {
    const double d = v.get<double>();
    whole = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15;
    if (!whole) {
      add(errors, path, "Expected " + range() + ", but found " + excerpt(v) + ".");
      return std::nullopt;
    }
    const auto n = static_cast<int64_t>(d);
    if (n < min || n > max) {
      add(errors, path, "Expected " + range() + ", but found " + excerpt(v) + ".");
      return std::nullopt;
    }
    return n;
  }
  if (!whole) {
    add(errors, path, "Expected " + range() + ", but found " + describe_type(v) + ".");
    return std::nullopt;
  }
  if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) {
    add(errors, path, "Expected " + range() + ", but found " + excerpt(v) + ".");
    return std::nullopt;
  }
  const int64_t n = v.get<int64_t>();
  if (n < min || n > max) {
    add(errors, path, "Expected " + range() + ", but found " + excerpt(v) + ".");
    return std::nullopt;
  }
  return n;
}

std::optional<double> read_number(const json& v, const std::string& path, Errors& errors,
                                  double min, double max, std::string_view what) {
  if (!v.is_number()) {
    add(errors, path,
        "Expected " + std::string(what) + " (a number), but found " + describe_type(v) + ".");
    return std::nullopt;
  }
  const double d = v.get<double>();
  if (!std::isfinite(d) || d < min || d > max) {
    std::string lo = json(min).dump(), hi = json(max).dump();
    add(errors, path,
        "Expected " + std::string(what) + " from " + lo + " to " + hi + ", but found " +
            excerpt(v) + ".");
    return std::nullopt;
  }
  return d;
}

std::optional<bool> read_flag(const json& v, const std::string& path, Errors& errors) {
  if (!v.is_boolean()) {
    add(errors, path, "Expected true or false here, but found " + describe_type(v) + ".");
    return std::nullopt;
  }
  return v.get<bool>();
}

std::optional<std::string> read_choice(const json& v, const std::string& path, Errors& errors,
                                       std::initializer_list<std::string_view> choices) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    for (auto c : choices) {
      if (s == c) return s;
    }
  }
  add(errors, path, "Expected one of " + join_choices(choices) + ", but found " + excerpt(v) + ".");
  return std::nullopt;
}

std::optional<DayNumber> read_date(const json& v, const std::string& path, Errors& errors) {
  if (v.is_string()) {
    if (auto d = parse_civil_date(v.get_ref<const std::string&>())) {
      if (d->year >= 1970 && d->year <= 2100) return days_from_civil(*d);
    }
  }
  add(errors, path,
      "Expected a calendar date written YYYY-MM-DD between 1970 and 2100, but found " + excerpt(v) +
          ".");
  return std::nullopt;
}

std::optional<int32_t> read_clock_time(const json& v, const std::string& path, Errors& errors,
                                       bool allow_24) {
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    const bool shape = s.size() == 5 && s[2] == ':' &&
                       std::isdigit(static_cast<unsigned char>(s[0])) &&
                       std::isdigit(static_cast<unsigned char>(s[1])) &&
                       std::isdigit(static_cast<unsigned char>(s[3])) &&
                       std::isdigit(static_cast<unsigned char>(s[4]));
    if (shape) {
      const int h = (s[0] - '0') * 10 + (s[1] - '0');
      const int m = (s[3] - '0') * 10 + (s[4] - '0');
      if ((h < 24 && m < 60) || (allow_24 && h == 24 && m == 0)) return h * 60 + m;
    }
  }
  add(errors, path,
      std::string("Expected a time of day written HH:MM (24-hour clock") +
          (allow_24 ? ", 24:00 for midnight at the end of the day" : "") + "), but found " +
          excerpt(v) + ".");
  return std::nullopt;
}

std::optional<Dims> read_dims(const json& v, const std::string& path, Errors& errors) {
  if (!v.is_array() || v.size() != 3) {
    add(errors, path,
        "Expected three lengths in millimetres [width, length, depth], but found " + excerpt(v) +
            ".");
    return std::nullopt;
  }
  Dims dims{};
  bool ok = true;
  for (size_t i = 0; i < 3; ++i) {
    auto n = read_integer(v[i], pointer_join(path, i), errors, 1, 10'000, "millimetres");
    if (n) {
      dims[i] = static_cast<int32_t>(*n);
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return dims;
}

std::optional<LocalizedText> read_localized(const json& v, const std::string& path,
                                            Errors& errors) {
  LocalizedText text;
  if (v.is_string()) {
    if (auto s = read_text(v, path, errors)) {
      text.by_language.emplace_back("", *s);
      return text;
    }
    return std::nullopt;
  }
  if (v.is_object() && !v.empty()) {
    bool ok = true;
    for (const auto& [lang, value] : v.items()) {
      const std::string sub = pointer_join(path, lang);
      const bool lang_ok = lang.size() >= 2 && lang.size() <= 12 &&
                           std::all_of(lang.begin(), lang.end(), [](char c) {
                             return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
                           });
      if (!lang_ok) {
        add(errors, sub, "\"" + lang + "\" is not a language code such as \"en\" or \"de-CH\".");
        ok = false;
        continue;
      }
      if (auto s = read_text(value, sub, errors)) {
        text.by_language.emplace_back(lang, *s);
      } else {
        ok = false;
      }
    }
    if (ok) return text;
    return std::nullopt;
  }
  add(errors, path,
      "Expected text, or an object of texts by language such as {\"en\": \"...\", \"de\": "
      "\"...\"}, but found " +
          describe_type(v) + ".");
  return std::nullopt;
}

// ---- ObjectReader -----------------------------------------------------------------------

ObjectReader::ObjectReader(const json& value, std::string path, Errors& errors)
    : path_(std::move(path)), errors_(errors) {
  if (value.is_object()) {
    object_ = &value;
  } else {
    add(errors_, path_, "Expected an object ({...}) here, but found " + describe_type(value) + ".");
  }
}

ObjectReader::~ObjectReader() {
  if (!object_) return;
  for (const auto& [key, value] : object_->items()) {
    if (std::find(seen_.begin(), seen_.end(), key) != seen_.end()) continue;
    std::string known;
    for (const auto& s : seen_) known += (known.empty() ? "" : ", ") + s;
    add(errors_, pointer_join(path_, key),
        "Unknown setting \"" + key + "\": check its spelling." +
            (known.empty() ? "" : " Settings allowed here: " + known + "."));
  }
}

const json* ObjectReader::get(std::string_view key, Need need) {
  seen_.emplace_back(key);
  if (!object_) return nullptr;
  auto it = object_->find(key);
  if (it == object_->end() || (it->is_null() && need == Need::Optional)) {
    if (need == Need::Required) {
      add(errors_, path_of(key), "\"" + std::string(key) + "\" is required here but missing.");
    }
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> ObjectReader::text(std::string_view key, Need need,
                                              std::string_view what) {
  const json* v = get(key, need);
  return v ? read_text(*v, path_of(key), errors_, what) : std::nullopt;
}

std::optional<int64_t> ObjectReader::integer(std::string_view key, Need need, int64_t min,
                                             int64_t max, std::string_view unit) {
  const json* v = get(key, need);
  return v ? read_integer(*v, path_of(key), errors_, min, max, unit) : std::nullopt;
}

std::optional<double> ObjectReader::number(std::string_view key, Need need, double min, double max,
                                           std::string_view what) {
  const json* v = get(key, need);
  return v ? read_number(*v, path_of(key), errors_, min, max, what) : std::nullopt;
}

std::optional<bool> ObjectReader::flag(std::string_view key, Need need) {
  const json* v = get(key, need);
  return v ? read_flag(*v, path_of(key), errors_) : std::nullopt;
}

std::optional<std::string> ObjectReader::choice(std::string_view key, Need need,
                                                std::initializer_list<std::string_view> choices) {
  const json* v = get(key, need);
  return v ? read_choice(*v, path_of(key), errors_, choices) : std::nullopt;
}

std::optional<DayNumber> ObjectReader::date(std::string_view key, Need need) {
  const json* v = get(key, need);
  return v ? read_date(*v, path_of(key), errors_) : std::nullopt;
}

std::optional<Dims> ObjectReader::dims(std::string_view key, Need need) {
  const json* v = get(key, need);
  return v ? read_dims(*v, path_of(key), errors_) : std::nullopt;
}

std::optional<LocalizedText> ObjectReader::localized(std::string_view key, Need need) {
  const json* v = get(key, need);
  return v ? read_localized(*v, path_of(key), errors_) : std::nullopt;
}

std::vector<std::string> ObjectReader::text_list(std::string_view key, Need need,
                                                 std::string_view what) {
  std::vector<std::string> out;
  list(key, need, [&](const json& e, const std::string& p) {
    if (auto s = read_text(e, p, errors_, what)) out.push_back(*s);
  });
  return out;
}

}  // namespace od::api
