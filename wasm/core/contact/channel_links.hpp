// Turning a channel's address into the link a shopper follows (tel:, mailto:, a chat or messaging
// link), and the checks the configuration applies to addresses so that no link can run script.
#pragma once

#include <string>
#include <string_view>

namespace od {

// "+44 1422 555 0142": digits and + ( ) . - / and spaces, at least one digit, + only first.
bool is_plausible_phone(std::string_view address);
// One "@" with something on both sides, no spaces or control characters, no characters that
// would change the meaning of a mailto: link (? & # , ; < > " \ %).
bool is_plausible_email(std::string_view address);
// https:// or http:// with a host, a path on this site ("/chat", never "//host"), or one of the
// messaging schemes sms: tel: mailto: whatsapp: tg: viber: followed by something. No spaces or
// control characters. Everything else (javascript:, data:, ...) is refused.
bool is_safe_link(std::string_view link);
// The subset of is_safe_link a browser can POST to: https://, http:// or a path on this site.
bool is_web_link(std::string_view link);

// RFC 3986 percent-encoding of UTF-8 text; unreserved characters stay as they are.
std::string percent_encode(std::string_view text);

// "tel:+441422555014" (empty when the number has no digits).
std::string tel_href(std::string_view phone);
// "mailto:hello@example.com?subject=..." with the subject (and body, when given) encoded.
std::string mailto_href(std::string_view address, std::string_view subject,
                        std::string_view body = {});

}  // namespace od
