// The connection pool, on both backends.
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

#include "db_fixture.h"

namespace hanse::db::testing {
namespace {

using namespace std::chrono_literals;

class DbPoolTest : public DbTest {};
HANSE_DB_TEST_SUITE(DbPoolTest);

TEST_P(DbPoolTest, FourThreadsHoldConnectionsAtTheSameTime) {
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    ASSERT_TRUE((*lease)->execute_script("CREATE TABLE t (thread BIGINT)"));
  }
  std::atomic<int> holding{0};
  std::atomic<int> all_met{0};
  std::atomic<int> written{0};
  std::vector<std::thread> threads;
  for (std::int64_t n = 0; n < 4; ++n) {
    threads.emplace_back([&, n] {
      auto lease = m_db->acquire();
      if (!lease) return;
      ++holding;
      auto deadline = std::chrono::steady_clock::now() + 10s;
      while (holding.load() < 4 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(1ms);
      }
      if (holding.load() == 4) ++all_met;
      std::array<Value, 1> p{n};
      if ((*lease)->execute("INSERT INTO t (thread) VALUES ($1)", p)) ++written;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(all_met.load(), 4) << "the pool of 4 did not lend 4 connections at once";
  EXPECT_EQ(written.load(), 4);
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto row = (*lease)->query_one("SELECT count(DISTINCT thread) FROM t");
  ASSERT_TRUE(row) << row.error().message;
  EXPECT_EQ(row->integer(0), 4);
}

TEST_P(DbPoolTest, AcquireWaitsWhileAllConnectionsAreOut) {
  auto pool = open(2);
  ASSERT_TRUE(pool);
  std::optional<Lease> first, second;
  {
    auto a = pool->acquire();
    auto b = pool->acquire();
    ASSERT_TRUE(a && b);
    first.emplace(std::move(*a));
    second.emplace(std::move(*b));
  }
  std::atomic<bool> got{false};
  std::thread waiter([&] {
    auto lease = pool->acquire();
    if (lease && (*lease)->query("SELECT 1")) got = true;
  });
  std::this_thread::sleep_for(300ms);
  EXPECT_FALSE(got.load()) << "a third connection was handed out by a pool of 2";
  first.reset();  // give one back
  waiter.join();
  EXPECT_TRUE(got.load());
}

TEST_P(DbPoolTest, ConnectionsAreReused) {
  auto pool = open(1);
  ASSERT_TRUE(pool);
  {
    auto lease = pool->acquire();
    ASSERT_TRUE(lease);
    // Temporary tables live as long as the connection.
    ASSERT_TRUE((*lease)->execute_script("CREATE TEMP TABLE marker (x BIGINT)"));
  }
  auto lease = pool->acquire();
  ASSERT_TRUE(lease);
  auto seen = (*lease)->query("SELECT x FROM marker");
  EXPECT_TRUE(seen) << "the pool opened a new connection instead of reusing one";
}

TEST_P(DbPoolTest, ConcurrentTransactionsDoNotLoseUpdates) {
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    ASSERT_TRUE((*lease)->execute_script(
        "CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL);"
        "INSERT INTO counter VALUES (1, 0);"));
  }
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        auto done = m_db->transaction([](Connection& conn) -> Status {
          // SQLite's BEGIN IMMEDIATE already holds the write lock.
          const char* read = conn.backend() == Backend::sqlite
                                 ? "SELECT n FROM counter WHERE id = 1"
                                 : "SELECT n FROM counter WHERE id = 1 FOR UPDATE";
          HANSE_TRY(Row row, conn.query_one(read));
          std::array<Value, 1> p{row.integer(0) + 1};
          HANSE_TRY(std::int64_t changed, conn.execute("UPDATE counter SET n = $1 WHERE id = 1", p));
          (void)changed;
          return {};
        });
        if (!done) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto row = (*lease)->query_one("SELECT n FROM counter WHERE id = 1");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->integer(0), 100);
}

TEST_P(DbPoolTest, PostgresBrokenConnectionIsReplaced) {
  if (GetParam() != Backend::postgres) GTEST_SKIP() << "PostgreSQL only: a server can drop a connection";
  auto pool = open(1);
  ASSERT_TRUE(pool);
  std::int64_t old_pid = 0;
  {
    auto lease = pool->acquire();
    ASSERT_TRUE(lease);
    auto pid = (*lease)->query_one("SELECT pg_backend_pid()");
    ASSERT_TRUE(pid);
    old_pid = pid->integer(0);
    {
      auto killer = m_db->acquire();
      ASSERT_TRUE(killer);
      std::array<Value, 1> p{old_pid};
      ASSERT_TRUE((*killer)->query("SELECT pg_terminate_backend($1::int, 5000)", p));
    }
    auto broken = (*lease)->query("SELECT 1");
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().kind, ErrorKind::unavailable) << broken.error().message;
  }
  auto lease = pool->acquire();
  ASSERT_TRUE(lease) << lease.error().message;
  auto pid = (*lease)->query_one("SELECT pg_backend_pid()");
  ASSERT_TRUE(pid) << pid.error().message;
  EXPECT_NE(pid->integer(0), old_pid);
}

}  // namespace
}  // namespace hanse::db::testing
