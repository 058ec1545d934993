#include "core/shipping/postcode.hpp"

#include <cstdint>

namespace od {
namespace {

bool is_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
char upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// Letters and digits upper-cased; with `keep_wildcards`, '*' and '?' too.
std::string clean(std::string_view text, bool keep_wildcards) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (is_letter(c) || is_digit(c)) {
      out.push_back(upper(c));
    } else if (keep_wildcards && (c == '*' || c == '?')) {
      out.push_back(c);
    }
  }
  return out;
}

// Leading letters, then the digit run after them, then whatever follows ("EC1A" -> EC, 1, A).
struct Parts {
  std::string_view letters;
  std::string_view digits;
  std::string_view rest;
};

Parts parts_of(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_letter(s[i])) ++i;
  size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  return {s.substr(0, i), s.substr(i, j - i), s.substr(j)};
}

// The number a digit run spells, or nullopt for none or an implausibly long run.
std::optional<int64_t> number_of(std::string_view digits) {
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  int64_t n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// Letters followed by digits and nothing else: the shape of a numbered range end ("HS1", "100").
bool is_numbered(std::string_view s) {
  const Parts p = parts_of(s);
  return !p.digits.empty() && p.rest.empty();
}

// UK-style parts of a typed postcode or pattern: split at the first space typed inside it, else
// before a trailing digit-letter-letter inward code when the whole is long enough to hold one.
void split_uk(std::string_view text, std::string& outward, std::string& inward) {
  size_t begin = 0;
  while (begin < text.size() && is_space(text[begin])) ++begin;
  size_t end = text.size();
  while (end > begin && is_space(text[end - 1])) --end;
  const std::string_view trimmed = text.substr(begin, end - begin);
  const size_t space = trimmed.find_first_of(" \t");
  if (space != std::string_view::npos) {
    outward = clean(trimmed.substr(0, space), true);
    inward = clean(trimmed.substr(space), true);
    return;
  }
  const std::string all = clean(trimmed, true);
  const size_t n = all.size();
  if (n >= 5 && is_digit(all[n - 3]) && is_letter(all[n - 2]) && is_letter(all[n - 1])) {
    outward = all.substr(0, n - 3);
    inward = all.substr(n - 3);
  } else {
    outward = all;
    inward.clear();
  }
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// '?' is one character, '*' any run; the pattern is anchored at the start and the rest of the
// text may follow it. Iterative with one backtrack point, so it stays linear-ish on short input.
bool wildcard_prefix_match(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0;
  size_t star = std::string_view::npos, star_t = 0;
  while (p < pattern.size()) {
    if (pattern[p] == '*') {
      star = p++;
      star_t = t;
    } else if (t < text.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos && star_t < text.size()) {
      p = star + 1;
      t = ++star_t;
    } else {
      return false;
    }
  }
  return true;
}

// A UK-style outward code against a pattern's outward part (area, district or sub-district).
bool outward_matches(std::string_view pattern, std::string_view outward) {
  const Parts want = parts_of(pattern);
  const Parts have = parts_of(outward);
  if (want.digits.empty() && want.rest.empty()) return have.letters == want.letters;
  if (pattern == outward) return true;
  // "EC1" covers the sub-districts "EC1A", "EC1M", ...
  return want.rest.empty() && have.letters == want.letters && have.digits == want.digits &&
         !have.rest.empty() && is_letter(have.rest.front()) && have.rest.size() == 1;
}

bool numbered_range_holds(std::string_view low, std::string_view high, std::string_view value) {
  const Parts lo = parts_of(low), hi = parts_of(high), v = parts_of(value);
  if (v.letters != lo.letters) return false;
  const auto n = number_of(v.digits), a = number_of(lo.digits), b = number_of(hi.digits);
  return n && a && b && *a <= *n && *n <= *b;
}

bool range_matches(const PostcodePattern& pattern, const Postcode& postcode) {
  const bool numbered = is_numbered(pattern.low) && is_numbered(pattern.high) &&
                        parts_of(pattern.low).letters == parts_of(pattern.high).letters;
  if (postcode.uk_style && numbered && !parts_of(pattern.low).letters.empty()) {
    const Parts have = parts_of(postcode.outward);
    if (!have.rest.empty() && !(have.rest.size() == 1 && is_letter(have.rest.front()))) {
      return false;
    }
    return numbered_range_holds(pattern.low, pattern.high, postcode.outward);
  }
  if (pattern.low.size() == pattern.high.size()) {
    const size_t n = pattern.low.size();
    if (postcode.normalised.size() < n) return false;
    const std::string_view head = std::string_view(postcode.normalised).substr(0, n);
    return pattern.low <= head && head <= pattern.high;
  }
  return numbered && numbered_range_holds(pattern.low, pattern.high, postcode.normalised);
}

}  // namespace

std::string normalise_postcode(std::string_view text) {
  return clean(text, false);
}

bool has_uk_style_postcodes(std::string_view country) {
  return country == "GB" || country == "GG" || country == "JE" || country == "IM";
}

ParsedPostcodePattern parse_postcode_pattern(std::string_view text) {
  ParsedPostcodePattern out;
  const size_t hyphen = text.find('-');
  if (hyphen == std::string_view::npos) {
    PostcodePattern p;
    p.text = clean(text, true);
    if (p.text.empty()) {
      out.error = PostcodePatternError::Empty;
      return out;
    }
    p.kind = p.text.find_first_of("*?") == std::string::npos ? PostcodePatternKind::Prefix
                                                             : PostcodePatternKind::Wildcard;
    split_uk(text, p.outward, p.inward);
    out.pattern = std::move(p);
    return out;
  }
  if (text.find('-', hyphen + 1) != std::string_view::npos) {
    out.error = PostcodePatternError::TwoHyphens;
    return out;
  }
  const std::string low = clean(text.substr(0, hyphen), true);
  const std::string high = clean(text.substr(hyphen + 1), true);
  if (low.empty() || high.empty()) {
    out.error = PostcodePatternError::Empty;
    return out;
  }
  if (low.find_first_of("*?") != std::string::npos ||
      high.find_first_of("*?") != std::string::npos) {
    out.error = PostcodePatternError::WildcardInRange;
    return out;
  }
  const bool numbered =
      is_numbered(low) && is_numbered(high) && parts_of(low).letters == parts_of(high).letters;
  if (numbered) {
    if (*number_of(parts_of(low).digits) > *number_of(parts_of(high).digits)) {
      out.error = PostcodePatternError::RangeBackwards;
      return out;
    }
  } else if (low.size() != high.size()) {
    out.error = PostcodePatternError::RangeEndsDiffer;
    return out;
  } else if (low > high) {
    out.error = PostcodePatternError::RangeBackwards;
    return out;
  }
  // Numbered ends with more than nine digits cannot be read as numbers.
  if (numbered && (parts_of(low).digits.size() > 9 || parts_of(high).digits.size() > 9)) {
    out.error = PostcodePatternError::RangeEndsDiffer;
    return out;
  }
  PostcodePattern p;
  p.kind = PostcodePatternKind::Range;
  p.low = low;
  p.high = high;
  out.pattern = std::move(p);
  return out;
}

Postcode read_postcode(std::string_view text, std::string_view country) {
  Postcode out;
  out.normalised = normalise_postcode(text);
  out.uk_style = has_uk_style_postcodes(country);
  if (out.uk_style) {
    split_uk(text, out.outward, out.inward);
    // A shopper's postcode has no wildcards; drop any they typed.
    out.outward = normalise_postcode(out.outward);
    out.inward = normalise_postcode(out.inward);
  }
  return out;
}

bool postcode_matches(const PostcodePattern& pattern, const Postcode& postcode) {
  if (postcode.normalised.empty()) return false;
  switch (pattern.kind) {
    case PostcodePatternKind::Range:
      return range_matches(pattern, postcode);
    case PostcodePatternKind::Wildcard:
      return wildcard_prefix_match(pattern.text, postcode.normalised);
    case PostcodePatternKind::Prefix:
      break;
  }
  if (!postcode.uk_style) return starts_with(postcode.normalised, pattern.text);
  if (!outward_matches(pattern.outward, postcode.outward)) return false;
  return pattern.inward.empty() || starts_with(postcode.inward, pattern.inward);
}

}  // namespace od
