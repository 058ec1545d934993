// Errors are values: a JSON Pointer to the offending input and a sentence a store owner
// understands. Nothing in the facade throws past its boundary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace od::api {

// Insertion-ordered, so results read {"ok":...} first, as documented.
using json = nlohmann::ordered_json;

struct Error {
  std::string path;     // JSON Pointer into the input ("" is the whole document), or file:line
  std::string message;  // one plain sentence
};

using Errors = std::vector<Error>;

// Escapes one reference token per RFC 6901 ("~" -> "~0", "/" -> "~1").
std::string pointer_token(std::string_view key);
std::string pointer_join(std::string_view base, std::string_view key);
std::string pointer_join(std::string_view base, size_t index);

// {"ok":false,"errors":[{"path":...,"message":...}, ...]}
json error_result(const Errors& errors);

}  // namespace od::api
