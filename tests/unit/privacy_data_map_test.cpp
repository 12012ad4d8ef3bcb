// P-15: the map of a member's data covers every table that holds personal
// data, on SQLite and on PostgreSQL; its links resolve to runnable queries
// that find exactly the member's rows; erasure's order is derived from the
// links so that children go before their parents.
#include <gtest/gtest.h>

#include <algorithm>

#include "db/migrations.h"
#include "db_fixture.h"
#include "privacy/data_map.h"
#include "privacy/inventory.h"

namespace hanse::privacy {
namespace {

using db::testing::DbTest;

std::size_t position(const std::vector<std::string_view>& order, std::string_view table) {
  return static_cast<std::size_t>(std::find(order.begin(), order.end(), table) - order.begin());
}

TEST(DataMap, P15_erasure_order_puts_every_table_before_the_table_it_links_to) {
  auto order = erasure_order();
  ASSERT_FALSE(order.empty());
  for (const auto& rule : data_map()) {
    if (rule.link.column.empty() || rule.link.parent.empty()) continue;
    ASSERT_LT(position(order, rule.table), order.size()) << rule.table;
    EXPECT_LT(position(order, rule.table), position(order, rule.link.parent))
        << rule.table << " must be erased before " << rule.link.parent;
  }
  EXPECT_EQ(order.back(), "members");
}

TEST(DataMap, P15_kept_and_detached_rows_state_a_typed_reason) {
  for (const auto& rule : data_map()) {
    EXPECT_FALSE(rule.title.empty()) << rule.table;
    if (rule.erasure == Erasure::delete_row) continue;
    EXPECT_FALSE(rule.retention.scope.empty()) << rule.table;
    EXPECT_NE(describe(rule.retention).find("retained because"), std::string::npos);
  }
}

TEST(DataMap, AnUnknownTableHasNoQuery) {
  auto sql = owned_rows_sql("no_such_table", "t.id", false);
  ASSERT_FALSE(sql);
  EXPECT_EQ(sql.error().kind, ErrorKind::not_found);
}

class DataMapSchemaTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
  }
};

TEST_P(DataMapSchemaTest, P15_every_table_with_personal_data_has_a_rule) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto gaps = data_map_gaps(**lease);
  ASSERT_TRUE(gaps) << gaps.error().message;
  std::string all;
  for (const auto& g : *gaps) all += g + "\n";
  EXPECT_TRUE(gaps->empty()) << "src/privacy/data_map.cpp is missing:\n" << all;
}

TEST_P(DataMapSchemaTest, P15_a_new_table_without_a_rule_is_reported) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script("CREATE TABLE scratch (id BIGINT, note TEXT)"));
  auto gaps = data_map_gaps(**lease);
  ASSERT_TRUE(gaps) << gaps.error().message;
  ASSERT_EQ(gaps->size(), 1u);
  EXPECT_EQ(gaps->front().rfind("scratch:", 0), 0u) << gaps->front();
}

TEST_P(DataMapSchemaTest, P15_the_queries_find_exactly_the_members_rows) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto& c = **lease;
  ASSERT_TRUE(c.execute_script(
      "INSERT INTO members (id, email, name, phone, address, country, company_name,"
      " company_address, password_hash, created_at, updated_at) VALUES"
      " (1, 'ann@example.com', 'Ann', '+1', 'A', 'DE', 'Ann Co', 'A', 'x', 0, 0),"
      " (2, 'bob@example.com', 'Bob', '+2', 'B', 'DE', 'Bob Co', 'B', 'x', 0, 0);"
      "INSERT INTO companies (id, slug, name, country, created_at, updated_at)"
      " VALUES (10, 'ann-co', 'Ann Co', 'DE', 0, 0), (20, 'shared', 'Shared', 'DE', 0, 0);"
      "INSERT INTO company_members (member_id, company_id, role, joined_at)"
      " VALUES (1, 10, 'owner', 0);"
      "INSERT INTO signin_throttle (throttle_key, failures, first_failure_at, blocked_until)"
      " VALUES ('account:ann@example.com', 1, 0, 0), ('ip:127.0.0.1', 1, 0, 0);"));
  // Every linked rule gives a query both databases run.
  for (const auto& rule : data_map()) {
    if (rule.link.column.empty()) continue;
    for (bool erasure : {false, true}) {
      auto sql = owned_rows_sql(rule.table, "COUNT(*)", erasure);
      ASSERT_TRUE(sql) << rule.table << ": " << sql.error().message;
      std::vector<db::Value> member{std::int64_t{1}};
      auto rows = c.query(*sql, member);
      ASSERT_TRUE(rows) << rule.table << ": " << *sql << ": " << rows.error().message;
    }
  }
  auto count = [&](std::string_view table, std::int64_t member, bool erasure) {
    auto sql = owned_rows_sql(table, "COUNT(*)", erasure);
    std::vector<db::Value> params{member};
    auto rows = c.query(*sql, params);
    return rows ? (*rows)[0].integer(0) : -1;
  };
  EXPECT_EQ(count("companies", 1, false), 1);
  EXPECT_EQ(count("companies", 2, false), 0);
  EXPECT_EQ(count("signin_throttle", 1, false), 1);
  EXPECT_EQ(count("signin_throttle", 2, false), 0);
  // Ann is the last member of her company: erasure takes it. With Bob in
  // it too, it stays.
  EXPECT_EQ(count("companies", 1, true), 1);
  ASSERT_TRUE(c.execute_script(
      "INSERT INTO company_members (member_id, company_id, role, joined_at) VALUES (2, 10, 'member', 1)"));
  EXPECT_EQ(count("companies", 1, false), 1);
  EXPECT_EQ(count("companies", 1, true), 0);
}

HANSE_DB_TEST_SUITE(DataMapSchemaTest);

}  // namespace
}  // namespace hanse::privacy
