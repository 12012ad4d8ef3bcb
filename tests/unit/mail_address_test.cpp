#include <gtest/gtest.h>

#include "mail/address.h"

namespace hanse::mail {
namespace {

TEST(MailAddress, AcceptsPlainAddresses) {
  EXPECT_TRUE(is_single_address("buyer@example.com"));
  EXPECT_TRUE(is_single_address("first.last+tag@sub.example.co.uk"));
  EXPECT_TRUE(is_single_address("ops@localhost"));
}

TEST(MailAddress, RefusesAnythingButOneAddress) {
  EXPECT_FALSE(is_single_address(""));
  EXPECT_FALSE(is_single_address("buyer"));
  EXPECT_FALSE(is_single_address("@example.com"));
  EXPECT_FALSE(is_single_address("buyer@"));
  EXPECT_FALSE(is_single_address("a@example.com, b@example.com"));
  EXPECT_FALSE(is_single_address("a@example.com,b@example.com"));
  EXPECT_FALSE(is_single_address("a@example.com;b@example.com"));
  EXPECT_FALSE(is_single_address("a@b@example.com"));
  EXPECT_FALSE(is_single_address("Buyer <buyer@example.com>"));
  EXPECT_FALSE(is_single_address("buyer@example.com>"));
  EXPECT_FALSE(is_single_address("buyer @example.com"));
  EXPECT_FALSE(is_single_address("buyer@example.com\r\nBcc: x@evil.test"));
  EXPECT_FALSE(is_single_address("buyer@example.com\n"));
  EXPECT_FALSE(is_single_address(".buyer@example.com"));
  EXPECT_FALSE(is_single_address("bu..yer@example.com"));
  EXPECT_FALSE(is_single_address("buyer@-example.com"));
  EXPECT_FALSE(is_single_address("b\xc3\xbcyer@example.com"));
  EXPECT_FALSE(is_single_address(std::string(65, 'a') + "@example.com"));
}

TEST(MailAddress, HeaderSafeRefusesLineBreaksAndControls) {
  EXPECT_TRUE(is_header_safe("Your inquiry\tabout bolts"));
  EXPECT_TRUE(is_header_safe("Angebot f\xc3\xbcr Schrauben"));
  EXPECT_FALSE(is_header_safe("Hello\r\nBcc: x@evil.test"));
  EXPECT_FALSE(is_header_safe("Hello\nBcc: x@evil.test"));
  EXPECT_FALSE(is_header_safe("Hello\rBcc: x@evil.test"));
  EXPECT_FALSE(is_header_safe(std::string("Hello\0x", 7)));
  EXPECT_FALSE(is_header_safe("bell\x07"));
  EXPECT_FALSE(is_header_safe("bad \xc3"));
}

TEST(MailAddress, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("plain\nlines\r\n"));
  EXPECT_TRUE(is_valid_utf8("\xe2\x82\xac \xf0\x9f\x93\xa6"));  // euro sign, package emoji
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));                      // overlong "/"
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));                  // surrogate
  EXPECT_FALSE(is_valid_utf8("\xe2\x82"));                      // truncated
  EXPECT_FALSE(is_valid_utf8("\xff"));
  EXPECT_FALSE(is_valid_utf8(std::string("a\0b", 3)));
}

}  // namespace
}  // namespace hanse::mail
