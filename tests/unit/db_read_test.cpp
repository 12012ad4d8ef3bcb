// Database::read and Connection::begin_read/end_read, on both backends.
#include <gtest/gtest.h>

#include <array>
#include <stdexcept>

#include "db_fixture.h"

namespace hanse::db::testing {
namespace {

class DbReadTest : public EmailTableTest {
 protected:
  void SetUp() override {
    EmailTableTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease) << lease.error().message;
    ASSERT_TRUE(insert(**lease, "a@example.com"));
  }

  static Result<std::int64_t> count(Connection& conn) {
    HANSE_TRY(Row row, conn.query_one("SELECT count(*) FROM u"));
    return row.integer(0);
  }
};
HANSE_DB_TEST_SUITE(DbReadTest);

TEST_P(DbReadTest, ReadReturnsTheValue) {
  auto n = m_db->read([](Connection& conn) { return count(conn); });
  ASSERT_TRUE(n) << n.error().message;
  EXPECT_EQ(*n, 1);
}

TEST_P(DbReadTest, SqliteReadSeesOneSnapshot) {
  if (GetParam() != Backend::sqlite) GTEST_SKIP() << "PostgreSQL reads open no transaction (see begin_read)";
  auto seen = m_db->read([&](Connection& conn) -> Result<std::pair<std::int64_t, std::int64_t>> {
    HANSE_TRY(std::int64_t before, count(conn));
    // Another connection commits a row while the read is open.
    auto writer = m_db->acquire();
    if (!writer) return std::unexpected(writer.error());
    HANSE_TRY_STATUS(insert(**writer, "b@example.com"));
    HANSE_TRY(std::int64_t after, count(conn));
    return std::pair{before, after};
  });
  ASSERT_TRUE(seen) << seen.error().message;
  EXPECT_EQ(seen->first, 1);
  EXPECT_EQ(seen->second, 1) << "the read must not see a commit made after it began";
  auto now = m_db->read([](Connection& conn) { return count(conn); });
  ASSERT_TRUE(now);
  EXPECT_EQ(*now, 2) << "a new read sees it";
}

TEST_P(DbReadTest, WriteInsideReadIsRefused) {
  auto done = m_db->read([](Connection& conn) { return insert(conn, "b@example.com"); });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().kind, ErrorKind::internal) << done.error().message;
  auto n = m_db->read([](Connection& conn) { return count(conn); });
  ASSERT_TRUE(n);
  EXPECT_EQ(*n, 1);
}

TEST_P(DbReadTest, SqliteWriteHiddenInQueryIsRefused) {
  if (GetParam() != Backend::sqlite) GTEST_SKIP() << "PostgreSQL refuses execute() only (see begin_read)";
  auto done = m_db->read([](Connection& conn) {
    return conn.query("INSERT INTO u (email) VALUES ('b@example.com') RETURNING email");
  });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().kind, ErrorKind::internal) << done.error().message;
}

TEST_P(DbReadTest, TransactionInsideReadIsRefused) {
  auto done = m_db->read([](Connection& conn) { return conn.begin(); });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().kind, ErrorKind::internal);
}

TEST_P(DbReadTest, ReadInsideTransactionIsRefused) {
  auto done = m_db->transaction([](Connection& conn) { return conn.begin_read(); });
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().kind, ErrorKind::internal);
}

TEST_P(DbReadTest, ErrorInsideReadEndsIt) {
  auto single = open(1);
  ASSERT_TRUE(single);
  auto failed = single->read([](Connection& conn) -> Result<int> {
    HANSE_TRY(std::int64_t n, count(conn));
    (void)n;
    return fail(ErrorKind::not_found, "nothing here");
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().kind, ErrorKind::not_found);
  EXPECT_EQ(failed.error().message, "nothing here");
  // The one connection is usable for writes again: the read has ended.
  auto written = single->transaction([](Connection& conn) { return insert(conn, "b@example.com"); });
  ASSERT_TRUE(written) << written.error().message;
  auto n = single->read([](Connection& conn) { return count(conn); });
  ASSERT_TRUE(n);
  EXPECT_EQ(*n, 2);
}

TEST_P(DbReadTest, SqlErrorInsideReadEndsIt) {
  auto single = open(1);
  ASSERT_TRUE(single);
  auto failed = single->read([](Connection& conn) { return conn.query("SELECT nope FROM u"); });
  ASSERT_FALSE(failed);
  auto written = single->transaction([](Connection& conn) { return insert(conn, "b@example.com"); });
  ASSERT_TRUE(written) << written.error().message;
}

TEST_P(DbReadTest, ExceptionEndsReadAndPropagates) {
  auto single = open(1);
  ASSERT_TRUE(single);
  EXPECT_THROW((void)single->read([](Connection& conn) -> Status {
    if (auto n = count(conn); !n) return std::unexpected(n.error());
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  auto written = single->transaction([](Connection& conn) { return insert(conn, "b@example.com"); });
  ASSERT_TRUE(written) << written.error().message;
}

TEST_P(DbReadTest, ReadLeftOpenIsEndedWhenLeaseReturns) {
  auto single = open(1);
  ASSERT_TRUE(single);
  {
    auto lease = single->acquire();
    ASSERT_TRUE(lease);
    ASSERT_TRUE((*lease)->begin_read());
    ASSERT_TRUE(count(**lease));
  }  // returned without end_read
  auto written = single->transaction([](Connection& conn) { return insert(conn, "b@example.com"); });
  ASSERT_TRUE(written) << written.error().message;
}

}  // namespace
}  // namespace hanse::db::testing
