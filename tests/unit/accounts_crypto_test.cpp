#include <gtest/gtest.h>

#include <set>

#include "accounts/password.h"
#include "accounts/tokens.h"

namespace hanse::accounts {
namespace {

TEST(Password, HashIsArgon2idAtLeastOwaspMinimum) {
  auto hash = hash_password("correct horse battery", {19456, 2});
  ASSERT_TRUE(hash) << hash.error().message;
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$m=19456,t=2,p=1$")) << *hash;
  EXPECT_EQ(hash->find("correct horse"), std::string::npos);
}

TEST(Password, VerifiesOnlyTheRightPassword) {
  auto hash = hash_password("correct horse battery", {19456, 2});
  ASSERT_TRUE(hash);
  EXPECT_TRUE(verify_password(*hash, "correct horse battery"));
  EXPECT_FALSE(verify_password(*hash, "correct horse battery "));
  EXPECT_FALSE(verify_password(*hash, ""));
  EXPECT_FALSE(verify_password("garbage", "correct horse battery"));
}

TEST(Password, SamePasswordGetsDifferentSalts) {
  auto a = hash_password("correct horse battery", {19456, 2});
  auto b = hash_password("correct horse battery", {19456, 2});
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
}

TEST(Password, LengthRules) {
  EXPECT_FALSE(password_problem("123456789").empty());
  EXPECT_TRUE(password_problem("1234567890").empty());
  EXPECT_FALSE(password_problem(std::string(1025, 'x')).empty());
}

TEST(Tokens, Are256BitBase64UrlAndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    auto t = random_token();
    EXPECT_EQ(t.size(), 43u);
    EXPECT_EQ(t.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    EXPECT_TRUE(seen.insert(t).second);
  }
}

TEST(Tokens, HashIsSha256Hex) {
  // SHA-256("abc"), FIPS 180-2 test vector.
  EXPECT_EQ(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_NE(token_hash("abd"), token_hash("abc"));
}

TEST(Tokens, ConstantTimeEqual) {
  EXPECT_TRUE(constant_time_equal("secret", "secret"));
  EXPECT_FALSE(constant_time_equal("secret", "secreT"));
  EXPECT_FALSE(constant_time_equal("secret", "secret!"));
}

}  // namespace
}  // namespace hanse::accounts
