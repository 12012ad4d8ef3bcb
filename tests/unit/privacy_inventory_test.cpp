// P-2: the data inventory declares every column of the live schema, on
// SQLite and on PostgreSQL, with a real fideslang category for each
// personal column, so a new personal field cannot slip in unclassified.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "db/migrations.h"
#include "db_fixture.h"
#include "privacy/inventory.h"
#include "privacy/taxonomy.h"

namespace hanse::privacy {
namespace {

using db::testing::DbTest;

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

TEST(Inventory, P2_every_column_is_declared_once_with_a_category_or_a_reason) {
  std::set<std::string> seen;
  for (const auto& e : data_inventory()) {
    std::string name = std::string(e.table) + "." + std::string(e.column);
    EXPECT_TRUE(seen.insert(name).second) << name << " is declared twice";
    EXPECT_FALSE(e.note.empty()) << name << " has no note (what it holds, or why it is not personal)";
    if (e.personal()) {
      EXPECT_TRUE(e.category.starts_with("user.")) << name << ": personal data is a user.* category";
    }
  }
}

TEST(Inventory, P2_personal_categories_are_fideslang_keys) {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  auto dir = std::filesystem::path(source ? source : ".") / "policy" / "taxonomy";
  auto taxonomy = Taxonomy::load(dir.string());
  ASSERT_TRUE(taxonomy) << taxonomy.error().message;
  for (const auto& e : data_inventory()) {
    if (!e.personal()) continue;
    EXPECT_NE(taxonomy->category(e.category), nullptr)
        << e.table << "." << e.column << ": unknown data category \"" << e.category << "\"";
  }
}

TEST(Inventory, LookupsFindDeclaredColumns) {
  auto email = find_column("members", "email");
  ASSERT_TRUE(email);
  EXPECT_EQ(email->category, "user.contact.email");
  EXPECT_TRUE(email->personal());
  auto id = find_column("members", "id");
  ASSERT_TRUE(id);
  EXPECT_FALSE(id->personal());
  EXPECT_FALSE(find_column("members", "no_such_column"));
  auto personal = personal_columns("members");
  EXPECT_GE(personal.size(), 8u);
  for (const auto& e : personal) EXPECT_TRUE(e.personal());
}

class InventorySchemaTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
  }
};

TEST_P(InventorySchemaTest, P2_inventory_matches_the_live_schema) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto live = live_columns(**lease);
  ASSERT_TRUE(live) << live.error().message;
  ASSERT_GT(live->size(), 20u);
  auto drift = compare_with_schema(**lease);
  ASSERT_TRUE(drift) << drift.error().message;
  EXPECT_TRUE(drift->undeclared.empty())
      << "columns missing from the data inventory (src/privacy/inventory.cpp): "
      << join(drift->undeclared);
  EXPECT_TRUE(drift->stale.empty())
      << "inventory entries for columns that no longer exist: " << join(drift->stale);
}

TEST_P(InventorySchemaTest, P2_an_undeclared_column_is_reported) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script("ALTER TABLE members ADD COLUMN birthday TEXT"));
  ASSERT_TRUE((*lease)->execute_script("CREATE TABLE scratch (id BIGINT, note TEXT)"));
  auto drift = compare_with_schema(**lease);
  ASSERT_TRUE(drift) << drift.error().message;
  EXPECT_EQ(drift->undeclared,
            (std::vector<std::string>{"members.birthday", "scratch.id", "scratch.note"}));
  EXPECT_TRUE(drift->stale.empty());
}

TEST_P(InventorySchemaTest, P2_a_dropped_column_is_reported_as_stale) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script("DROP TABLE signin_throttle"));
  auto drift = compare_with_schema(**lease);
  ASSERT_TRUE(drift) << drift.error().message;
  EXPECT_TRUE(drift->undeclared.empty());
  EXPECT_EQ(drift->stale, (std::vector<std::string>{
                              "signin_throttle.throttle_key", "signin_throttle.failures",
                              "signin_throttle.first_failure_at", "signin_throttle.blocked_until"}));
}

HANSE_DB_TEST_SUITE(InventorySchemaTest);

}  // namespace
}  // namespace hanse::privacy
