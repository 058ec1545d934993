#include "api/errors.hpp"

#include <nlohmann/json.hpp>

namespace od::api {

std::string pointer_token(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string pointer_join(std::string_view base, std::string_view key) {
  std::string out(base);
  out += '/';
  out += pointer_token(key);
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
