// Statements, placeholders and values, on both backends.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <limits>

#include "db/migrations.h"
#include "db_fixture.h"

namespace hanse::db::testing {
namespace {

class DbQueryTest : public DbTest {};
HANSE_DB_TEST_SUITE(DbQueryTest);

TEST_P(DbQueryTest, PlaceholdersAreBoundByNumberNotByPosition) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease) << lease.error().message;
  ASSERT_TRUE((*lease)->execute_script("CREATE TABLE t (a BIGINT, b TEXT)"));

  std::array<Value, 2> params{std::int64_t{7}, std::string("seven")};
  auto inserted = (*lease)->execute("INSERT INTO t (b, a) VALUES ($2, $1)", params);
  ASSERT_TRUE(inserted) << inserted.error().message;
  EXPECT_EQ(*inserted, 1);

  auto row = (*lease)->query_one("SELECT a, b FROM t WHERE b = $2 AND (a = $1 OR a + 1 = $1)", params);
  ASSERT_TRUE(row) << row.error().message;
  EXPECT_EQ(row->integer(0), 7);
  EXPECT_EQ(row->text(1), "seven");
}

TEST_P(DbQueryTest, WrongNumberOfParametersIsAnError) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script("CREATE TABLE t (a BIGINT, b TEXT)"));
  std::array<Value, 1> one{std::int64_t{1}};
  auto result = (*lease)->execute("INSERT INTO t (a, b) VALUES ($1, $2)", one);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::internal);
}

TEST_P(DbQueryTest, EveryValueTypeAndNullRoundTrips) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script(
      "CREATE TABLE v (k BIGINT PRIMARY KEY, i BIGINT, d DOUBLE PRECISION, s TEXT)"));
  const std::string text = "Grüße aus 東京 — 'single' \"double\" \\ back % _ \t tab\nline";
  struct Case {
    std::int64_t k;
    Value i, d, s;
  };
  const std::array<Case, 4> cases{{
      {1, std::numeric_limits<std::int64_t>::max(), 0.1, text},
      {2, std::numeric_limits<std::int64_t>::min(), -2.5e300, std::string("")},
      {3, std::int64_t{0}, 1.0 / 3.0, std::string("0")},
      {4, std::monostate{}, std::monostate{}, std::monostate{}},
  }};
  for (const Case& c : cases) {
    std::array<Value, 4> params{c.k, c.i, c.d, c.s};
    auto inserted = (*lease)->execute("INSERT INTO v (k, i, d, s) VALUES ($1, $2, $3, $4)", params);
    ASSERT_TRUE(inserted) << inserted.error().message;
  }
  auto rows = (*lease)->query("SELECT i, d, s FROM v ORDER BY k");
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), cases.size());
  for (std::size_t n = 0; n < cases.size(); ++n) {
    const Row& row = (*rows)[n];
    SCOPED_TRACE(n);
    EXPECT_EQ(row.value(0), cases[n].i);
    EXPECT_EQ(row.value(1), cases[n].d);
    EXPECT_EQ(row.value(2), cases[n].s);
  }
  const Row& nulls = (*rows)[3];
  EXPECT_TRUE(nulls.is_null(0));
  EXPECT_TRUE(nulls.is_null(2));
  EXPECT_EQ(nulls.optional_integer(0), std::nullopt);
  EXPECT_EQ(nulls.optional_text(2), std::nullopt);
  EXPECT_EQ((*rows)[0].text(2), text);
  EXPECT_EQ((*rows)[2].optional_text(2), std::optional<std::string>("0"));
}

TEST_P(DbQueryTest, InjectionShapedValueIsStoredVerbatim) {
  ASSERT_TRUE(migrate(*m_db));
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  const std::string evil = "x'); DROP TABLE members;--";
  std::array<Value, 8> params{std::string("a@example.com"), evil, std::string("+4940"),
                              evil, std::string("DE"), evil, evil, std::string("hash")};
  auto inserted = (*lease)->execute(
      "INSERT INTO members (email, name, phone, address, country, company_name, "
      "company_address, password_hash, created_at, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0)",
      params);
  ASSERT_TRUE(inserted) << inserted.error().message;

  std::array<Value, 1> by_name{evil};
  auto row = (*lease)->query_one("SELECT name, company_address, email FROM members WHERE name = $1",
                                 by_name);
  ASSERT_TRUE(row) << row.error().message;
  EXPECT_EQ(row->text(0), evil);
  EXPECT_EQ(row->text(1), evil);
  EXPECT_EQ(row->text(2), "a@example.com");
  auto count = (*lease)->query_one("SELECT count(*) FROM members");
  ASSERT_TRUE(count) << count.error().message;
  EXPECT_EQ(count->integer(0), 1);
}

TEST_P(DbQueryTest, ASecondStatementInOneCallIsRefused) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script("CREATE TABLE t (a BIGINT)"));
  auto result = (*lease)->execute("INSERT INTO t (a) VALUES (1); DROP TABLE t");
  EXPECT_FALSE(result);
  auto count = (*lease)->query_one("SELECT count(*) FROM t");
  ASSERT_TRUE(count) << count.error().message;
  EXPECT_EQ(count->integer(0), 0);
}

TEST_P(DbQueryTest, ExecuteCountsChangedRows) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script(
      "CREATE TABLE t (a BIGINT); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); "
      "INSERT INTO t VALUES (3);"));
  std::array<Value, 1> limit{std::int64_t{2}};
  auto changed = (*lease)->execute("UPDATE t SET a = a + 10 WHERE a >= $1", limit);
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_EQ(*changed, 2);
  auto none = (*lease)->execute("DELETE FROM t WHERE a = 99");
  ASSERT_TRUE(none);
  EXPECT_EQ(*none, 0);
}

TEST_P(DbQueryTest, QueryOneAndQueryOptionalOnNoRows) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script("CREATE TABLE t (a BIGINT)"));
  auto one = (*lease)->query_one("SELECT a FROM t");
  ASSERT_FALSE(one);
  EXPECT_EQ(one.error().kind, ErrorKind::not_found);
  auto optional = (*lease)->query_optional("SELECT a FROM t");
  ASSERT_TRUE(optional) << optional.error().message;
  EXPECT_FALSE(optional->has_value());
}

TEST_P(DbQueryTest, CachedStatementIsReusedWithNewValues) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE((*lease)->execute_script("CREATE TABLE t (a BIGINT)"));
  for (std::int64_t i = 0; i < 50; ++i) {
    std::array<Value, 1> p{i};
    ASSERT_TRUE((*lease)->execute("INSERT INTO t (a) VALUES ($1)", p));
  }
  auto sum = (*lease)->query_one("SELECT sum(a), count(*) FROM t");
  ASSERT_TRUE(sum) << sum.error().message;
  EXPECT_EQ(sum->integer(0), 49 * 50 / 2);
  EXPECT_EQ(sum->integer(1), 50);
}

TEST_P(DbQueryTest, SqlErrorIsInternalAndNamesTheProblem) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto result = (*lease)->query("SELECT * FROM no_such_table");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::internal);
  EXPECT_NE(result.error().message.find("no_such_table"), std::string::npos) << result.error().message;
}

}  // namespace
}  // namespace hanse::db::testing
