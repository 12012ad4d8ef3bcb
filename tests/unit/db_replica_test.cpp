// Reads served by a read replica (R-2, database.replica_url): a replica
// that cannot be reached, or has not replayed the newest change noted,
// leaves the read to the primary; one that has serves it.
#include <gtest/gtest.h>

#include "db/replica.h"
#include "db_fixture.h"

namespace hanse::db {
namespace {

using testing::DbTest;

TEST(ParseLsn, ReadsPostgresPositions) {
  EXPECT_EQ(parse_lsn("0/0"), 0u);
  EXPECT_EQ(parse_lsn("16/B374D848"), (std::uint64_t{0x16} << 32) | 0xB374D848u);
  EXPECT_EQ(parse_lsn("FFFFFFFF/FFFFFFFF"), UINT64_MAX);
  for (const char* bad : {"", "/", "1/", "/1", "1/2/3", "x/1", "1 /2", "123456789/0", "1/2 "})
    EXPECT_FALSE(parse_lsn(bad)) << bad;
}

class ReplicaTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (GetParam() == Backend::sqlite) GTEST_SKIP() << "a read replica is a PostgreSQL server";
    if (::testing::Test::IsSkipped()) return;
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    ASSERT_TRUE((*lease)->execute("CREATE TABLE t (v BIGINT)"));
    ASSERT_TRUE((*lease)->execute("INSERT INTO t VALUES (7)"));
  }

  static Result<std::int64_t> read_v(Connection& conn) {
    HANSE_TRY(auto row, conn.query_one("SELECT v FROM t"));
    return row.integer(0);
  }
};

TEST_P(ReplicaTest, AnUnreachableReplicaLeavesReadsToThePrimary) {
  // Nothing listens on port 1.
  Replica replica(*m_db, "postgres://postgres@127.0.0.1:1/none?connect_timeout=2", 2);
  for (int i = 0; i < 3; ++i) {
    auto v = replica.read(read_v);
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_EQ(*v, 7);
  }
  EXPECT_EQ(replica.reads_on_replica(), 0u);
  EXPECT_EQ(replica.reads_on_primary(), 3u);
}

// A server that is not in recovery (here the primary itself, under another
// pool) has nothing to replay: it serves every read, whatever was noted.
TEST_P(ReplicaTest, AServerNotInRecoveryServesReads) {
  Replica replica(*m_db, m_url, 2);
  replica.changed_at(UINT64_MAX - 1);
  auto v = replica.read(read_v);
  ASSERT_TRUE(v) << v.error().message;
  EXPECT_EQ(*v, 7);
  EXPECT_EQ(replica.reads_on_replica(), 1u);
  EXPECT_EQ(replica.reads_on_primary(), 0u);
}

// A replica that is gone after it served reads: the read is run again on
// the primary, and nothing fails.
TEST_P(ReplicaTest, AReplicaThatVanishesIsReplacedByThePrimaryForTheRead) {
  Replica replica(*m_db, m_url, 1);
  ASSERT_TRUE(replica.read(read_v));
  ASSERT_EQ(replica.reads_on_replica(), 1u);
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    // Ends the replica pool's connection (not this one).
    ASSERT_TRUE((*lease)->query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"));
  }
  auto v = replica.read(read_v);
  ASSERT_TRUE(v) << v.error().message;
  EXPECT_EQ(*v, 7);
  EXPECT_EQ(replica.reads_on_primary(), 1u);
}

HANSE_DB_TEST_SUITE(ReplicaTest);

}  // namespace
}  // namespace hanse::db
