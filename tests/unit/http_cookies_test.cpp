#include <gtest/gtest.h>

#include "http/cookies.h"

namespace hanse::http {
namespace {

TEST(ParseCookieHeader, ParsesPairsWithWhitespace) {
  const auto cookies = parse_cookie_header("a=1;  b = two ;c=");
  ASSERT_EQ(cookies.size(), 3u);
  EXPECT_EQ(cookies.at("a"), "1");
  EXPECT_EQ(cookies.at("b"), "two");
  EXPECT_EQ(cookies.at("c"), "");
}

TEST(ParseCookieHeader, FirstOccurrenceWins) {
  EXPECT_EQ(parse_cookie_header("s=first; s=second").at("s"), "first");
}

TEST(ParseCookieHeader, SkipsMalformedPairs) {
  const auto cookies = parse_cookie_header("novalue; =x; ;; ok=1");
  ASSERT_EQ(cookies.size(), 1u);
  EXPECT_EQ(cookies.at("ok"), "1");
}

TEST(ParseCookieHeader, StripsQuotesAndDecodesPercent) {
  const auto cookies = parse_cookie_header("q=\"quoted\"; p=a%3Bb");
  EXPECT_EQ(cookies.at("q"), "quoted");
  EXPECT_EQ(cookies.at("p"), "a;b");
}

TEST(SerializeCookie, DefaultsAreHttpOnlyLaxSessionCookie) {
  SetCookie cookie;
  cookie.name = std::string("sid");
  cookie.value = std::string("abc");
  EXPECT_EQ(serialize(cookie), "sid=abc; Path=/; HttpOnly; SameSite=Lax");
}

TEST(SerializeCookie, AllAttributes) {
  SetCookie cookie;
  cookie.name = std::string("pref");
  cookie.value = std::string("x");
  cookie.path = std::string("/account");
  cookie.max_age_seconds = 3600;
  cookie.http_only = false;
  cookie.secure = true;
  cookie.same_site = SameSite::strict;
  EXPECT_EQ(serialize(cookie), "pref=x; Path=/account; Max-Age=3600; Secure; SameSite=Strict");
}

TEST(SerializeCookie, ExpiryInThePastBecomesZero) {
  SetCookie cookie;
  cookie.name = std::string("a");
  cookie.max_age_seconds = -5;
  EXPECT_NE(serialize(cookie).find("Max-Age=0"), std::string::npos);
}

TEST(SerializeCookie, SameSiteNoneForcesSecure) {
  SetCookie cookie;
  cookie.name = std::string("a");
  cookie.value = std::string("b");
  cookie.same_site = SameSite::none;
  EXPECT_NE(serialize(cookie).find("; Secure; SameSite=None"), std::string::npos);
}

TEST(SerializeCookie, EncodesForbiddenBytesAndRoundTrips) {
  SetCookie cookie;
  cookie.name = std::string("n;a me");
  cookie.value = std::string("v; Path=/evil\r\n%\"x");
  const std::string header = serialize(cookie);
  const std::string pair = header.substr(0, header.find(';'));
  EXPECT_EQ(pair.find_first_of(" \r\n\";"), std::string::npos) << pair;
  const auto parsed = parse_cookie_header(pair);
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_EQ(parsed.begin()->first, cookie.name);
  EXPECT_EQ(parsed.begin()->second, cookie.value);
}

TEST(SerializeCookie, PathCannotInjectAttributes) {
  SetCookie cookie;
  cookie.name = std::string("a");
  cookie.value = std::string("b");
  cookie.path = std::string("/x; Domain=evil.example\r\n");
  const std::string header = serialize(cookie);
  EXPECT_EQ(header.find("; Domain"), std::string::npos) << header;
  EXPECT_EQ(header.find('\r'), std::string::npos);
}

TEST(HttpCookies, FindCookieAgreesWithTheFullParse) {
  for (std::string_view header : {"a=1; b=2", " a = 1 ;b=\"q\"", "a=1; a=2", "x%41=3; xA=4", "a=%7Bv%7D", "junk; =1; a", ";;b=",
                                   "hanse_session=tok; hanse_cookie_choice=v1.1.-dddd.1.ab"}) {
    const auto all = parse_cookie_header(header);
    for (std::string_view name : {"a", "b", "xA", "hanse_session", "hanse_cookie_choice", "missing", ""}) {
      const auto it = all.find(std::string(name));
      const auto expected = it == all.end() ? std::nullopt : std::optional<std::string>(it->second);
      EXPECT_EQ(find_cookie(header, name), expected) << header << " / " << name;
    }
  }
}

}  // namespace
}  // namespace hanse::http
