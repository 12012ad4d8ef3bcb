// The cookie registry and a visitor's signed cookie choice (P-16).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "privacy/cookie_choice.h"
#include "privacy/cookie_registry.h"

namespace hanse::privacy {
namespace {

const std::string kKey = cookie_choice_key("0123456789abcdef0123456789abcdef");

TEST(CookieRegistry, P16_every_cookie_is_declared_once_with_purpose_lifetime_and_clause) {
  std::set<std::string> names;
  for (const auto* cookie : cookie_registry()) {
    EXPECT_TRUE(names.insert(cookie->name).second) << cookie->name;
    EXPECT_TRUE(names.insert(cookie->tls_name).second) << cookie->tls_name;
    EXPECT_NE(std::string(cookie->purpose), "");
    EXPECT_NE(std::string(cookie->lifetime), "");
    EXPECT_NE(std::string(cookie->clause), "");
    EXPECT_EQ(find_cookie(cookie->name), cookie);
    EXPECT_EQ(find_cookie(cookie->tls_name), cookie);
  }
  EXPECT_EQ(find_cookie("tracker"), nullptr);
  for (auto category : kCookieCategories) {
    EXPECT_EQ(cookie_category(category).category, category);
    EXPECT_EQ(parse_cookie_category(to_string(category)), category);
    EXPECT_LE(cookie_category(category).changed_in, kCookieRegistryRevision);
  }
  EXPECT_EQ(parse_cookie_category("marketing"), std::nullopt);
}

TEST(CookieChoice, P16_a_signed_choice_reads_back) {
  CookieChoice choice;
  choice[CookieCategory::statistics] = true;
  choice[CookieCategory::advertising] = false;
  choice.given_at = 1'800'000'000;
  auto text = encode_cookie_choice(kKey, choice);
  auto back = decode_cookie_choice(kKey, text);
  ASSERT_TRUE(back);
  EXPECT_EQ((*back)[CookieCategory::statistics], true);
  EXPECT_EQ((*back)[CookieCategory::advertising], false);
  EXPECT_EQ((*back)[CookieCategory::promotions], std::nullopt);
  EXPECT_EQ(back->given_at, 1'800'000'000);
  EXPECT_EQ(back->revision, kCookieRegistryRevision);
}

TEST(CookieChoice, P16_a_tampered_or_forged_choice_is_ignored) {
  auto text = encode_cookie_choice(kKey, CookieChoice::all(false, 100));
  // Accept everything by editing the answers: the MAC no longer matches.
  auto edited = text;
  const auto answers = edited.find(".-dddd.");
  ASSERT_NE(answers, std::string::npos);
  edited.replace(answers, 7, ".-gggg.");
  EXPECT_EQ(decode_cookie_choice(kKey, edited), std::nullopt);
  // Signed with another key: as if another site (or a guess) planted it.
  EXPECT_EQ(decode_cookie_choice(cookie_choice_key("another key of sixteen bytes or more"), text), std::nullopt);
  EXPECT_EQ(decode_cookie_choice("a key that is not derived", text), std::nullopt);
  for (const std::string& junk : std::vector<std::string>{"", "v1", "v1.1.-gggg.100.", "v2.1.-gggg.100.00", std::string(300, 'a'),
                           "v1.9.-gggg.100." + std::string(64, '0')})
    EXPECT_EQ(decode_cookie_choice(kKey, junk), std::nullopt) << junk;
}

TEST(CookieConsent, P16_nothing_but_necessary_until_accepted) {
  CookieConsent none;
  EXPECT_TRUE(none.allows(CookieCategory::necessary));
  for (auto category : kCookieCategories) {
    if (category == CookieCategory::necessary) continue;
    EXPECT_FALSE(none.allows(category));
  }
  EXPECT_TRUE(none.needs_asking());
  CookieConsent all(CookieChoice::all(true, 1), false);
  for (auto category : kCookieCategories) EXPECT_TRUE(all.allows(category));
  EXPECT_FALSE(all.needs_asking());
}

TEST(CookieConsent, P16_gpc_refuses_advertising_and_partner_tracking_unless_chosen) {
  CookieConsent gpc(std::nullopt, true);
  EXPECT_TRUE(gpc.refused_by_gpc(CookieCategory::advertising));
  EXPECT_TRUE(gpc.refused_by_gpc(CookieCategory::partner_tracking));
  EXPECT_FALSE(gpc.refused_by_gpc(CookieCategory::statistics));
  EXPECT_TRUE(gpc.needs_asking());  // statistics and promotions are still to be asked
  CookieChoice rest;
  rest[CookieCategory::statistics] = true;
  rest[CookieCategory::promotions] = false;
  CookieConsent answered(rest, true);
  EXPECT_FALSE(answered.needs_asking());  // the signal settles the other two
  EXPECT_FALSE(answered.allows(CookieCategory::advertising));
  // The person's own later choice overrides the signal.
  CookieConsent own(CookieChoice::all(true, 1), true);
  EXPECT_TRUE(own.allows(CookieCategory::advertising));
  EXPECT_FALSE(own.refused_by_gpc(CookieCategory::advertising));
}

TEST(CookieConsent, P16_a_choice_older_than_its_category_asks_again) {
  // A choice given at revision 0 predates every category (each changed_in >= 1).
  CookieChoice old = CookieChoice::all(true, 1);
  old.revision = 0;
  CookieConsent consent(old, false);
  EXPECT_EQ(consent.answer(CookieCategory::advertising), std::nullopt);
  EXPECT_FALSE(consent.allows(CookieCategory::advertising));
  EXPECT_TRUE(consent.needs_asking());
}

}  // namespace
}  // namespace hanse::privacy
