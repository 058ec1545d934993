// Postcodes as shoppers type them ("ls1 4ap", "90210-1234") and postcode patterns as stores
// write them in zones and surcharges:
//   prefix    "LS", "9", "750"         the postcode starts with it
//   wildcard  "9?5*", "SW1*"           '?' is any one character, '*' any run; anchored at the
//                                      start, and the rest of the postcode may follow
//   range     "100-149", "HS1-HS9"     both ends inclusive
// Both sides are normalised before matching: letters upper-cased, spaces, hyphens and other
// punctuation dropped. A hyphen inside a pattern is always the range separator.
//
// UK-style postcodes (GB, GG, JE, IM) are matched by their parts, because plain text prefixes
// get them wrong ("B" would match "BT1", "KW1" would match "KW15"):
//   "BT", "B"         an area: the letters of the outward code, exactly
//   "LS1", "EC1"      a district: the outward code ("EC1" also covers "EC1A", "EC1M", ...)
//   "LS1 4"           a sector or a full postcode: the district, then the start of the inward code
//   "HS1-HS9"         districts by number, same letters: HS1, HS2, ..., HS9 (not HS10)
// Outside the UK-style countries, ranges whose ends have the same length compare that many
// leading characters ("100-149" holds "10001" and "14999"); ranges of letters and numbers with
// ends of different lengths ("K1-K20") compare the number after the letters.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace od {

// Upper-case letters and digits only: " ls1 4ap " -> "LS14AP".
std::string normalise_postcode(std::string_view text);

// Countries whose postcodes are matched by UK-style parts.
bool has_uk_style_postcodes(std::string_view country);

enum class PostcodePatternKind { Prefix, Wildcard, Range };

struct PostcodePattern {
  PostcodePatternKind kind = PostcodePatternKind::Prefix;
  std::string text;     // Prefix and Wildcard: normalised, '*' and '?' kept
  std::string outward;  // UK-style reading: the outward part ("LS1"), or the whole when unsplit
  std::string inward;   // UK-style reading: the inward part after a space ("4"), may be empty
  std::string low;      // Range: normalised ends
  std::string high;
};

enum class PostcodePatternError {
  Empty,            // nothing left after normalising
  TwoHyphens,       // "1-2-3"
  WildcardInRange,  // "1*-2*"
  RangeEndsDiffer,  // ends of different shapes: "1-99A", "AB1-CD9"
  RangeBackwards,   // "200-100"
};

struct ParsedPostcodePattern {
  std::optional<PostcodePattern> pattern;
  std::optional<PostcodePatternError> error;
};

ParsedPostcodePattern parse_postcode_pattern(std::string_view text);

// A postcode as typed, read for matching in `country`.
struct Postcode {
  std::string normalised;
  // UK-style parts: a full postcode splits before its last three characters (digit, letter,
  // letter) or at the space the shopper typed; a lone outward code ("HS1") has no inward part.
  std::string outward;
  std::string inward;
  bool uk_style = false;
};

Postcode read_postcode(std::string_view text, std::string_view country);

bool postcode_matches(const PostcodePattern& pattern, const Postcode& postcode);

}  // namespace od
