#include "api/errors.hpp"

#include <nlohmann/json.hpp>

namespace od::api {

namespace {

void append_token(std::string& out, std::string_view key) {
  if (key.find_first_of("~/") == std::string_view::npos) {
    out += key;
    return;
  }
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
}

}  // namespace

std::string pointer_token(std::string_view key) {
  std::string out;
  append_token(out, key);
  return out;
}

// One allocation per path: paths are built for every member a configuration reads.
std::string pointer_join(std::string_view base, std::string_view key) {
  std::string out;
  out.reserve(base.size() + 1 + key.size());
  out += base;
  out += '/';
  append_token(out, key);
  return out;
}

std::string pointer_join(std::string_view base, size_t index) {
  return std::string(base) + '/' + std::to_string(index);
}

json error_result(const Errors& errors) {
  json list = json::array();
  for (const auto& e : errors) list.push_back({{"path", e.path}, {"message", e.message}});
  return {{"ok", false}, {"errors", std::move(list)}};
}

}  // namespace od::api
