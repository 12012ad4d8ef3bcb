// The demo generator (M-9): deterministic, valid category ids and JSON, and
// a password hash that matches the documented demo password.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>

#include "accounts/password.h"
#include "cli/demo_generator.h"
#include "cli_demo_support.h"
#include "market/categories.h"

namespace hanse::cli::demo {
namespace {

using testing::load_categories;

std::string summary(const CompanyBundle& b) {
  std::string out = b.company.name + "|" + b.company.slug + "|" + b.company.description;
  for (const auto& m : b.members) out += "|" + m.email + m.name + m.phone;
  for (const auto& p : b.products) out += "|" + p.title + p.category_id + p.specifications;
  for (const auto& o : b.offers) out += "|" + o.title + std::to_string(o.expires_at);
  for (const auto& q : b.inquiries) out += "|" + q.subject + std::to_string(q.messages.size());
  return out;
}

TEST(DemoGenerator, SameSeedSameCompanies) {
  auto tree = load_categories();
  Generator a(7, tree, {}, 1'800'000'000), b(7, tree, {}, 1'800'000'000), c(8, tree, {}, 1'800'000'000);
  bool differs = false;
  for (int i = 0; i < 200; ++i) {
    auto x = a.next();
    EXPECT_EQ(summary(x), summary(b.next()));
    differs = differs || summary(x) != summary(c.next());
  }
  EXPECT_TRUE(differs);
}

TEST(DemoGenerator, RowsAreValid) {
  auto tree = load_categories();
  FirstIds first;
  first.member = 100;
  first.product = 1000;
  Generator g(1, tree, first, 1'800'000'000);
  std::int64_t next_member = 100, next_product = 1000, products = 0;
  for (int i = 0; i < 500; ++i) {
    auto b = g.next();
    EXPECT_EQ(b.company.id, i + 1);
    ASSERT_FALSE(b.members.empty());
    EXPECT_EQ(b.members.front().role, "owner");
    for (const auto& m : b.members) EXPECT_EQ(m.id, next_member++);
    ASSERT_GE(b.company.industries.size(), 1u);
    EXPECT_LE(b.company.industries.size(), 3u);
    for (const auto& id : b.company.industries) EXPECT_NE(tree.find(id), nullptr) << id;
    for (const auto& p : b.products) {
      EXPECT_EQ(p.id, next_product++);
      EXPECT_NE(tree.find(p.category_id), nullptr) << p.category_id;
      auto spec = nlohmann::json::parse(p.specifications);
      ASSERT_TRUE(spec.is_array());
      for (const auto& row : spec) EXPECT_EQ(row.size(), 2u);
      if (p.price_min_cents) {
        EXPECT_LE(*p.price_min_cents, *p.price_max_cents);
      }
      ++products;
    }
    for (const auto& o : b.offers) {
      EXPECT_GT(o.expires_at, 1'800'000'000);
      EXPECT_LE(o.expires_at, 1'800'000'000 + 90 * 86400);
    }
    for (const auto& q : b.inquiries) {
      EXPECT_LT(q.buyer_company_id, b.company.id);
      ASSERT_FALSE(q.messages.empty());
      EXPECT_EQ(q.last_message_at, q.messages.back().created_at);
    }
  }
  EXPECT_GT(products, 500 * 4);
  EXPECT_LT(products, 500 * 6);
}

TEST(DemoGenerator, SharedHashMatchesTheDemoPassword) {
  EXPECT_TRUE(accounts::verify_password(kPasswordHash, kPassword));
}

}  // namespace
}  // namespace hanse::cli::demo
