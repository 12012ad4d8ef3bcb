// The throttle's counts across connections: attempts counted at the
// same moment by several connections, as several instances behind a load
// balancer do, are all counted. On SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "accounts/throttle.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "door_fixture.h"

namespace hanse::accounts {
namespace {

using db::testing::DbTest;

class ThrottleTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
  }

  std::int64_t failures(const std::string& key) {
    privacy::testing::TestRead door;
    auto lease = m_db->acquire();
    const db::Value params[] = {key};
    auto row = (*lease)->query_one("SELECT failures FROM signin_throttle WHERE throttle_key = $1", params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : -1;
  }
};

TEST_P(ThrottleTest, ConcurrentAttemptsFromSeveralConnectionsAreAllCounted) {
  constexpr int kThreads = 8;
  constexpr int kAttempts = 25;
  const ThrottleRule rule{1000000, 3600, 60, 3600};
  auto pool = open(kThreads);
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      privacy::testing::TestRead door;
      for (int i = 0; i < kAttempts; ++i) {
        auto lease = pool->acquire();
        if (!lease) {
          ++errors;
          continue;
        }
        if (!count_attempt(**lease, "ip:192.0.2.1", 1000, rule)) ++errors;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(errors.load(), 0);
  EXPECT_EQ(failures("ip:192.0.2.1"), kThreads * kAttempts);
}

TEST_P(ThrottleTest, BlocksPastTheLimitAndDoublesAndForgetsAfterTheWindow) {
  privacy::testing::TestRead door;
  const ThrottleRule rule{2, 600, 30, 900};
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  EXPECT_EQ(*count_attempt(**lease, "k", 1000, rule), 0);
  EXPECT_EQ(*count_attempt(**lease, "k", 1001, rule), 0);
  EXPECT_EQ(*count_attempt(**lease, "k", 1002, rule), 30);
  EXPECT_EQ(*count_attempt(**lease, "k", 1003, rule), 60);
  EXPECT_EQ(*blocked_for(**lease, "k", 1010), 53);
  // The window (600 s from the first failure) has passed: counting starts again.
  EXPECT_EQ(*count_attempt(**lease, "k", 1700, rule), 0);
  EXPECT_EQ(failures("k"), 1);
  ASSERT_TRUE(clear_failures(**lease, "k"));
  EXPECT_EQ(*blocked_for(**lease, "k", 1700), 0);
}

HANSE_DB_TEST_SUITE(ThrottleTest);

}  // namespace
}  // namespace hanse::accounts
