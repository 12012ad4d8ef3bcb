// P-12: which fields of public records may be shown to everyone is decided
// by the policy (a clause with the recipient "public") and the data
// inventory, and nothing else.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "privacy/guard.h"

namespace hanse::privacy {
namespace {

std::filesystem::path source_dir() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  return source ? source : ".";
}

std::string policy_text(int number, const std::string& date, const std::string& recipients,
                        const std::string& categories) {
  return std::string("\nversion = ") + std::to_string(number) + "\npublished = \"" + date + "\"\neffective = \"" + date +
         "\"\n" + R"(summary = "Test policy."

[[clause]]
id = "public-information"
title = "What everybody can see"
opp115 = "First Party Collection/Use"
text = "Profiles are public."
categories = )" + categories + R"(
purposes = ["essential.service"]
recipients = )" + recipients + R"(
choice = "always"
retention = "until removed"
requirements = ["P-12"]
)";
}

std::unique_ptr<PolicyBook> book_with(const std::string& recipients, const std::string& categories) {
  auto taxonomy = Taxonomy::load((source_dir() / "policy" / "taxonomy").string());
  EXPECT_TRUE(taxonomy) << taxonomy.error().message;
  auto version = parse_policy(policy_text(1, "2026-01-01", recipients, categories), *taxonomy, "v1");
  EXPECT_TRUE(version) << version.error().message;
  auto book = PolicyBook::from_versions(*taxonomy, {*version});
  EXPECT_TRUE(book) << book.error().message;
  return std::move(*book);
}

TEST(PublicFields, P12_policy_v1_publishes_profiles_products_and_offers_only) {
  auto book = PolicyBook::open((source_dir() / "policy").string());
  ASSERT_TRUE(book) << book.error().message;
  Clock clock;
  Guard guard(**book, clock);
  for (const char* field : {"companies.name", "companies.address", "companies.website", "companies.description",
                            "products.title", "products.description", "products.price_min_cents",
                            "offers.title", "offers.quantity", "members.public_name", "members.public_title",
                            "uploads.data"})
    EXPECT_TRUE(guard.is_public(1, field)) << field;
  for (const char* field : {"members.email", "members.name", "members.phone", "members.address",
                            "members.company_address", "inquiry_messages.body", "inquiries.subject",
                            "company_invites.email", "sessions.user_agent"})
    EXPECT_FALSE(guard.is_public(1, field)) << field;
  auto unknown = guard.check_public(1, "companies.no_such_column");
  ASSERT_TRUE(unknown);
  EXPECT_NE(unknown->reason.find("inventory"), std::string::npos);
  EXPECT_FALSE(guard.is_public(1, "companies.id"));  // not personal: not a public field either
  EXPECT_FALSE(guard.is_public(99, "companies.name"));  // no such version
}

TEST(PublicFields, P12_only_a_clause_naming_the_public_publishes) {
  Clock clock;
  auto to_operator = book_with(R"(["operator"])", R"(["user.contact.organization", "user.content.public"])");
  Guard private_guard(*to_operator, clock);
  EXPECT_FALSE(private_guard.is_public(1, "companies.name"));
  EXPECT_FALSE(private_guard.is_public(1, "products.title"));

  auto organisations_only = book_with(R"(["public"])", R"(["user.contact.organization"])");
  Guard narrow(*organisations_only, clock);
  EXPECT_TRUE(narrow.is_public(1, "companies.name"));
  auto refused = narrow.check_public(1, "products.title");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->category, "user.content.public");
}

TEST(PublicFields, P12_answers_follow_a_version_published_later) {
  Clock clock;
  auto book = book_with(R"(["operator"])", R"(["user.contact.organization"])");
  Guard guard(*book, clock);
  // Asked twice each, so that remembered answers are what is checked.
  for (int i = 0; i < 2; ++i) {
    EXPECT_FALSE(guard.is_public(1, "companies.name"));
    EXPECT_FALSE(guard.is_public(2, "companies.name"));  // no version 2 yet
    EXPECT_TRUE(guard.check_public(2, "companies.name"));
  }
  auto taxonomy = Taxonomy::load((source_dir() / "policy" / "taxonomy").string());
  ASSERT_TRUE(taxonomy) << taxonomy.error().message;
  auto v2 = parse_policy(policy_text(2, "2026-06-01", R"(["public"])", R"(["user.contact.organization"])"),
                         *taxonomy, "v2");
  ASSERT_TRUE(v2) << v2.error().message;
  ASSERT_TRUE(book->add_version(*v2));
  for (int i = 0; i < 2; ++i) {
    EXPECT_TRUE(guard.is_public(2, "companies.name")) << "a version published at run time is seen";
    EXPECT_FALSE(guard.check_public(2, "companies.name"));
    EXPECT_FALSE(guard.is_public(1, "companies.name")) << "version 1 has not changed";
    auto refused = guard.check_public(2, "products.title");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->category, "user.content.public");
  }
}

}  // namespace
}  // namespace hanse::privacy
