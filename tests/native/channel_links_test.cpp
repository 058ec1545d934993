// Links shoppers follow from the contact panel, and the address checks behind them.
#include <gtest/gtest.h>

#include "core/contact/channel_links.hpp"

namespace od {
namespace {

TEST(ChannelLinks, TelLinksKeepTheLeadingPlusAndTheDigitsOnly) {
  EXPECT_EQ(tel_href("+44 (0)1422 555-0142"), "tel:+44014225550142");
  EXPECT_EQ(tel_href("()"), "");
}

TEST(ChannelLinks, MailtoLinksEncodeTheSubjectAndBody) {
  EXPECT_EQ(mailto_href("hello@example.com", "Order #12 & returns", "Hi,\nthanks"),
            "mailto:hello@example.com?subject=Order%20%2312%20%26%20returns&body=Hi%2C%0Athanks");
  EXPECT_EQ(mailto_href("hello@example.com", ""), "mailto:hello@example.com");
}

TEST(ChannelLinks, PercentEncodingWorksOnUtf8Bytes) {
  EXPECT_EQ(percent_encode("Grüße"), "Gr%C3%BC%C3%9Fe");
}

TEST(ChannelLinks, PhoneNumbersMayHoldDigitsAndPunctuationOnly) {
  EXPECT_TRUE(is_plausible_phone("+44 1422 555 0142"));
  EXPECT_TRUE(is_plausible_phone("+1"));
  EXPECT_FALSE(is_plausible_phone("call us"));
  EXPECT_FALSE(is_plausible_phone("44+1"));
  EXPECT_FALSE(is_plausible_phone("+"));
}

TEST(ChannelLinks, EmailAddressesCannotCarryExtraMailtoFields) {
  EXPECT_TRUE(is_plausible_email("hello@calderclayworks.example"));
  EXPECT_FALSE(is_plausible_email("a@b?bcc=x@y"));
  EXPECT_FALSE(is_plausible_email("a b@c"));
  EXPECT_FALSE(is_plausible_email("@c"));
  EXPECT_FALSE(is_plausible_email("a@"));
  EXPECT_FALSE(is_plausible_email("a@b@c"));
}

TEST(ChannelLinks, SafeLinksRefuseScriptAndProtocolRelativeLinks) {
  EXPECT_TRUE(is_safe_link("https://chat.example.com/start"));
  EXPECT_TRUE(is_safe_link("/chat"));
  EXPECT_TRUE(is_safe_link("whatsapp://send?phone=441422"));
  EXPECT_TRUE(is_safe_link("sms:+441422555"));
  EXPECT_FALSE(is_safe_link("javascript:alert(1)"));
  EXPECT_FALSE(is_safe_link("JAVASCRIPT:alert(1)"));
  EXPECT_FALSE(is_safe_link("data:text/html,hi"));
  EXPECT_FALSE(is_safe_link("//evil.example"));
  EXPECT_FALSE(is_safe_link("https://"));
  EXPECT_FALSE(is_safe_link("https://a b"));
}

TEST(ChannelLinks, WebLinksAreHttpOrPathsOnThisSite) {
  EXPECT_TRUE(is_web_link("/api/contact"));
  EXPECT_TRUE(is_web_link("https://example.com/inbox"));
  EXPECT_FALSE(is_web_link("sms:+44"));
  EXPECT_FALSE(is_web_link("api/contact"));
}

}  // namespace
}  // namespace od
