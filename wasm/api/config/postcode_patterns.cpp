#include "api/config/postcode_patterns.hpp"

#include "core/shipping/postcode.hpp"

namespace od::api::config {
namespace {

std::string message_for(PostcodePatternError error) {
  switch (error) {
    case PostcodePatternError::Empty:
      return "A postcode pattern needs at least one letter or digit, such as \"LS1\" or \"9*\".";
    case PostcodePatternError::TwoHyphens:
      return "Write a postcode range with one hyphen, such as \"HS1-HS9\" or \"100-149\".";
    case PostcodePatternError::WildcardInRange:
      return "A postcode range cannot hold wildcards; write \"100-149\" or \"1*\".";
    case PostcodePatternError::RangeEndsDiffer:
      return "Both ends of a postcode range need the same shape, such as \"100-149\" or "
             "\"HS1-HS9\".";
    case PostcodePatternError::RangeBackwards:
      return "This postcode range starts after it ends; write the lower end first.";
  }
  return "This is not a postcode pattern.";
}

}  // namespace

std::vector<std::string> read_postcode_patterns(ObjectReader& r, std::string_view key, Need need) {
  std::vector<std::string> out;
  r.list(key, need, [&](const json& e, const std::string& p) {
    auto text = read_text(e, p, r.errors(), "a postcode pattern such as \"LS1\" or \"HS1-HS9\"");
    if (!text) return;
    const auto parsed = parse_postcode_pattern(*text);
    if (parsed.error) {
      r.errors().push_back({p, message_for(*parsed.error)});
      return;
    }
    out.push_back(*text);
  });
  return out;
}

}  // namespace od::api::config
