#include <gtest/gtest.h>

#include "accounts/normalize.h"
#include "accounts/registration.h"

namespace hanse::accounts {
namespace {

TEST(Normalize, EmailIsTrimmedAndLowerCased) {
  EXPECT_EQ(normalize_email("  Anna.Schmidt@Example.COM "), "anna.schmidt@example.com");
  EXPECT_FALSE(normalize_email("anna"));
  EXPECT_FALSE(normalize_email("anna@"));
  EXPECT_FALSE(normalize_email("@example.com"));
  EXPECT_FALSE(normalize_email("a b@example.com"));
  EXPECT_FALSE(normalize_email("a@b@example.com"));
  EXPECT_FALSE(normalize_email("a@example"));
  EXPECT_FALSE(normalize_email("a@example..com"));
  EXPECT_FALSE(normalize_email("a@example.com\r\nBcc: x@y.z"));
  EXPECT_FALSE(normalize_email(std::string(250, 'a') + "@example.com"));
}

TEST(Normalize, PhoneKeepsPlusAndDigits) {
  EXPECT_EQ(normalize_phone("+49 (40) 123-456 78"), "+494012345678");
  EXPECT_EQ(normalize_phone("040 1234567"), "0401234567");
  EXPECT_FALSE(normalize_phone("12345"));             // too short
  EXPECT_FALSE(normalize_phone("+1234567890123456"));  // too long
  EXPECT_FALSE(normalize_phone("call me maybe"));
  EXPECT_FALSE(normalize_phone("+49 40 1234+567"));   // '+' only in front
}

TEST(Normalize, CountryIsAKnownIsoCode) {
  EXPECT_EQ(normalize_country("de"), "DE");
  EXPECT_EQ(normalize_country(" NG "), "NG");
  EXPECT_FALSE(normalize_country("XX"));
  EXPECT_FALSE(normalize_country("DEU"));
  EXPECT_GT(country_codes().size(), 240u);
}

TEST(Normalize, CleanTextCollapsesSpacesAndDropsControls) {
  EXPECT_EQ(clean_text("  Acme \t Tools\x01 ", false), "Acme Tools");
  EXPECT_EQ(clean_text("Line 1  \r\n  Line 2", true), "Line 1\nLine 2");
  EXPECT_EQ(clean_text("Line 1\nLine 2", false), "Line 1 Line 2");
}

RegistrationInput valid_input() {
  RegistrationInput in;
  in.fields = {"Anna Schmidt", "Anna@Example.com", "+49 40 1234567", "Hafenstraße 1\n20457 Hamburg",
               "de", "Acme Tools GmbH", "Industriepark 2\n20457 Hamburg"};
  in.password = "correct horse battery";
  in.accepted_policy = true;
  return in;
}

TEST(Registration, ValidInputIsNormalised) {
  auto in = valid_input();
  auto errors = validate_registration(in);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(in.fields.email, "anna@example.com");
  EXPECT_EQ(in.fields.phone, "+49401234567");
  EXPECT_EQ(in.fields.country, "DE");
}

TEST(Registration, EachBadFieldGetsItsOwnMessage) {
  RegistrationInput in;
  in.fields.email = "not-an-address";
  in.fields.phone = "abc";
  in.fields.country = "ZZ";
  in.password = "short";
  auto errors = validate_registration(in);
  for (const char* field : {"name", "email", "phone", "address", "country", "company_name",
                            "company_address", "password", "accept_policy"}) {
    EXPECT_TRUE(errors.contains(field)) << field;
    EXPECT_FALSE(errors[field].empty()) << field;
  }
}

TEST(Registration, OverlongNameIsRefused) {
  auto in = valid_input();
  in.fields.name = std::string(201, 'x');
  EXPECT_TRUE(validate_registration(in).contains("name"));
}

}  // namespace
}  // namespace hanse::accounts
