#include "core/contact/channel_links.hpp"

#include <array>

namespace od {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_space_or_control(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u <= 0x20 || u == 0x7f;
}

bool has_space_or_control(std::string_view s) {
  for (char c : s) {
    if (is_space_or_control(c)) return true;
  }
  return false;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

constexpr std::array<std::string_view, 6> kMessagingSchemes = {
    "sms:", "tel:", "mailto:", "whatsapp:", "tg:", "viber:"};

}  // namespace

bool is_plausible_phone(std::string_view address) {
  bool digit = false;
  for (size_t i = 0; i < address.size(); ++i) {
    const char c = address[i];
    if (is_digit(c)) {
      digit = true;
    } else if (c == '+') {
      if (i != 0) return false;
    } else if (c != ' ' && c != '(' && c != ')' && c != '.' && c != '-' && c != '/') {
      return false;
    }
  }
  return digit;
}

bool is_plausible_email(std::string_view address) {
  const size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size()) return false;
  if (address.find('@', at + 1) != std::string_view::npos) return false;
  for (char c : address) {
    if (is_space_or_control(c)) return false;
    switch (c) {
      case '?':
      case '&':
      case '#':
      case ',':
      case ';':
      case '<':
      case '>':
      case '"':
      case '\\':
      case '%':
        return false;
      default:
        break;
    }
  }
  return true;
}

bool is_web_link(std::string_view link) {
  if (link.empty() || has_space_or_control(link)) return false;
  if (link[0] == '/') return link.size() == 1 || link[1] != '/';
  for (std::string_view scheme : {"https://", "http://"}) {
    if (starts_with(link, scheme)) return link.size() > scheme.size() && link[scheme.size()] != '/';
  }
  return false;
}

bool is_safe_link(std::string_view link) {
  if (is_web_link(link)) return true;
  if (has_space_or_control(link)) return false;
  for (std::string_view scheme : kMessagingSchemes) {
    if (starts_with(link, scheme)) return link.size() > scheme.size();
  }
  return false;
}

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || is_digit(c) ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xf];
    }
  }
  return out;
}

std::string tel_href(std::string_view phone) {
  std::string number;
  for (char c : phone) {
    if (is_digit(c) || (c == '+' && number.empty())) number += c;
  }
  if (number.empty() || number == "+") return {};
  return "tel:" + number;
}

std::string mailto_href(std::string_view address, std::string_view subject, std::string_view body) {
  // The address keeps its "@"; the checks above exclude characters with a meaning in mailto:.
  std::string href = "mailto:" + std::string(address);
  char separator = '?';
  if (!subject.empty()) {
    href += separator;
    href += "subject=" + percent_encode(subject);
    separator = '&';
  }
  if (!body.empty()) {
    href += separator;
    href += "body=" + percent_encode(body);
  }
  return href;
}

}  // namespace od
