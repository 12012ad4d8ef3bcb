// Transactions and constraint errors, on both backends.
#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <stdexcept>

#include "db/migrations.h"
#include "db_fixture.h"

namespace hanse::db::testing {
namespace {

class DbTransactionTest : public EmailTableTest {
 protected:

  std::int64_t count(Database& db) {
    auto lease = db.acquire();
    EXPECT_TRUE(lease);
    if (!lease) return -1;
    auto row = (*lease)->query_one("SELECT count(*) FROM u");
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : -1;
  }
};
HANSE_DB_TEST_SUITE(DbTransactionTest);

TEST_P(DbTransactionTest, UniqueViolationIsConflict) {
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  ASSERT_TRUE(insert(**lease, "a@example.com"));
  auto again = insert(**lease, "a@example.com");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict) << again.error().message;
  EXPECT_EQ(again.error().message.find("a@example.com"), std::string::npos)
      << "error messages must not quote the values: " << again.error().message;
}

TEST_P(DbTransactionTest, ForeignKeyViolationIsConflict) {
  ASSERT_TRUE(migrate(*m_db));
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto result = (*lease)->execute(
      "INSERT INTO sessions (token_hash, member_id, created_at, last_seen_at, expires_at) "
      "VALUES ('t', 12345, 0, 0, 0)");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().kind, ErrorKind::conflict) << result.error().message;
}

TEST_P(DbTransactionTest, CommitPersists) {
  auto done = m_db->transaction([](Connection& conn) -> Status {
    HANSE_TRY_STATUS(insert(conn, "a@example.com"));
    return insert(conn, "b@example.com");
  });
  ASSERT_TRUE(done) << done.error().message;
  m_db.reset();
  auto reopened = open(1);
  ASSERT_TRUE(reopened);
  EXPECT_EQ(count(*reopened), 2);
}

TEST_P(DbTransactionTest, DatabaseErrorRollsBackEverything) {
  auto done = m_db->transaction([](Connection& conn) -> Status {
    HANSE_TRY_STATUS(insert(conn, "a@example.com"));
    HANSE_TRY_STATUS(insert(conn, "b@example.com"));
    return insert(conn, "a@example.com");  // duplicate
  });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().kind, ErrorKind::conflict);
  EXPECT_EQ(count(*m_db), 0);
}

TEST_P(DbTransactionTest, ErrorFromCallerRollsBack) {
  auto done = m_db->transaction([](Connection& conn) -> Result<int> {
    HANSE_TRY_STATUS(insert(conn, "a@example.com"));
    return fail(ErrorKind::invalid_input, "changed my mind");
  });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(done.error().message, "changed my mind");
  EXPECT_EQ(count(*m_db), 0);
}

TEST_P(DbTransactionTest, ExceptionRollsBackAndPropagates) {
  EXPECT_THROW((void)m_db->transaction([](Connection& conn) -> Status {
    if (auto st = insert(conn, "a@example.com"); !st) return st;
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(count(*m_db), 0);
}

TEST_P(DbTransactionTest, OpenTransactionIsRolledBackWhenLeaseReturns) {
  auto single = open(1);
  ASSERT_TRUE(single);
  {
    auto lease = single->acquire();
    ASSERT_TRUE(lease);
    ASSERT_TRUE((*lease)->begin());
    ASSERT_TRUE(insert(**lease, "a@example.com"));
  }  // returned without commit
  EXPECT_EQ(count(*single), 0);
  auto again = single->transaction([](Connection& conn) { return insert(conn, "b@example.com"); });
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(count(*single), 1);
}

TEST_P(DbTransactionTest, TransactionReturnsTheValue) {
  auto id = m_db->transaction([](Connection& conn) -> Result<std::int64_t> {
    HANSE_TRY_STATUS(insert(conn, "a@example.com"));
    HANSE_TRY(Row row, conn.query_one("SELECT count(*) FROM u"));
    return row.integer(0);
  });
  ASSERT_TRUE(id) << id.error().message;
  EXPECT_EQ(*id, 1);
}

TEST_P(DbTransactionTest, PostgresCommitAfterSwallowedErrorFails) {
  if (GetParam() != Backend::postgres) GTEST_SKIP() << "PostgreSQL aborts the transaction; SQLite does not";
  auto done = m_db->transaction([](Connection& conn) -> Status {
    HANSE_TRY_STATUS(insert(conn, "a@example.com"));
    (void)insert(conn, "a@example.com");  // error ignored
    return {};
  });
  ASSERT_FALSE(done);
  EXPECT_EQ(count(*m_db), 0);
}

}  // namespace
}  // namespace hanse::db::testing
