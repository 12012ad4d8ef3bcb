// The change feed: what one server publishes, every other server
// sharing the database hears at once; a server does not hear itself; a
// lost listening connection is restored and counted as a change. SQLite:
// one server per file, nothing is sent or heard.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "db/change_feed.h"
#include "db_fixture.h"

namespace hanse::db {
namespace {

using namespace std::chrono_literals;
using testing::DbTest;

class ChangeFeedTest : public DbTest {
 protected:
  // Waits up to 5 s until counter reaches want.
  static bool reaches(const std::atomic<int>& counter, int want) {
    for (int i = 0; i < 500 && counter.load() < want; ++i) std::this_thread::sleep_for(10ms);
    return counter.load() >= want;
  }
};

TEST_P(ChangeFeedTest, AChangePublishedByOneServerIsHeardByTheOthersOnly) {
  auto second_db = open(2);
  std::atomic<int> heard_first{0}, heard_second{0};
  std::atomic<std::uint64_t> lsn_heard{0};
  auto first = ChangeFeed::open(*m_db, m_url, [&](std::uint64_t) { ++heard_first; });
  auto second = ChangeFeed::open(*second_db, m_url, [&](std::uint64_t lsn) {
    lsn_heard.store(lsn);
    ++heard_second;
  });
  ASSERT_TRUE(first->wait_listening(10s));
  ASSERT_TRUE(second->wait_listening(10s));

  auto published = first->publish();
  ASSERT_TRUE(published) << published.error().message;
  if (GetParam() == Backend::sqlite) {
    EXPECT_EQ(*published, 0u);
    std::this_thread::sleep_for(200ms);
    EXPECT_EQ(heard_second.load(), 0);
    EXPECT_EQ(heard_first.load(), 0);
    return;
  }
  EXPECT_TRUE(reaches(heard_second, 1)) << "the other server did not hear the change";
  // The WAL position travels with the change (a replica is used once it
  // replayed that far: db/replica.h).
  EXPECT_GT(*published, 0u);
  EXPECT_EQ(lsn_heard.load(), *published);
  ASSERT_TRUE(second->publish());
  EXPECT_TRUE(reaches(heard_first, 1)) << "the first server did not hear the second's change";
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(heard_first.load(), 1) << "a server heard its own change";
  EXPECT_EQ(heard_second.load(), 1) << "a server heard its own change";
}

TEST_P(ChangeFeedTest, ALostListeningConnectionIsRestoredAndCountsAsAChange) {
  if (GetParam() == Backend::sqlite) GTEST_SKIP() << "SQLite has no listening connection";
  auto second_db = open(2);
  std::atomic<int> heard{0};
  std::atomic<std::uint64_t> lsn_heard{0};
  auto listener = ChangeFeed::open(*second_db, m_url, [&](std::uint64_t lsn) {
    lsn_heard.store(lsn);
    ++heard;
  });
  auto publisher = ChangeFeed::open(*m_db, m_url, [](std::uint64_t) {});
  ASSERT_TRUE(listener->wait_listening(10s));
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    auto ended = (*lease)->query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND application_name = 'hanse change feed'");
    ASSERT_TRUE(ended) << ended.error().message;
    ASSERT_GE(ended->size(), 1u) << "the listening connection was not found";
  }
  // Notifications sent while it was away are lost: the reconnection itself
  // is reported as a change, so that nothing stale is kept.
  EXPECT_TRUE(reaches(heard, 1)) << "the lost connection was not noticed";
  EXPECT_GT(lsn_heard.load(), 0u) << "the reconnection names no WAL position";
  ASSERT_TRUE(listener->wait_listening(10s));
  std::this_thread::sleep_for(100ms);
  const int before = heard.load();
  ASSERT_TRUE(publisher->publish());
  EXPECT_TRUE(reaches(heard, before + 1)) << "nothing heard after the reconnection";
}

HANSE_DB_TEST_SUITE(ChangeFeedTest);

}  // namespace
}  // namespace hanse::db
