// Recording of anonymous statistics (SPEC P-9) on SQLite and PostgreSQL:
// what reaches the database holds no address, user agent or account; one
// client on two days is two visitors; a day's salt and visitor keys are
// destroyed after 48 hours, in the database and in memory, leaving the
// count; every recorded request is counted, from any number of threads.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "db/migrations.h"
#include "db_fixture.h"
#include "stats/recorder.h"

namespace hanse::stats {
namespace {

using db::testing::DbTest;

constexpr std::string_view kUserAgent =
    "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0 DistinctiveAgent/9.9.9";
constexpr std::string_view kAddress = "203.0.113.77";

class RecorderTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    // The start of a day, so that a test moves whole days.
    m_clock.set_offset(*parse_iso_date("2030-03-04") * kSecondsPerDay + 3600 - real_now());
    m_recorder = std::make_unique<Recorder>(
        *m_db, m_clock,
        std::vector<PageName>{{"/", "home"}, {"/company/{id}", "company"}, {"/search", "search"}},
        RecorderSettings{std::chrono::seconds(5), "hanse.example", nullptr});
  }

  static std::int64_t real_now() {
    Clock clock;
    return clock.now();
  }

  Hit hit(int page, int status = 200, std::string_view referer = {}) const {
    return Hit{.at = m_clock.now(), .status = status, .page = page, .user_agent = kUserAgent,
               .referer = referer, .host = "hanse.example", .remote_address = kAddress};
  }

  std::int64_t count(const std::string& dimension, const std::string& value, Day day) {
    auto lease = m_db->acquire();
    const db::Value params[] = {day, dimension, value};
    auto row = (*lease)->query_optional(
        "SELECT count FROM stats_counts WHERE day = $1 AND dimension = $2 AND value = $3", params);
    EXPECT_TRUE(row) << row.error().message;
    return row && *row ? (*row)->integer(0) : 0;
  }

  std::int64_t number(const std::string& sql, Day day) {
    auto lease = m_db->acquire();
    const db::Value params[] = {day};
    auto row = (*lease)->query_one(sql, params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : -1;
  }

  // Every value of every statistics table, as text.
  std::string dump() {
    auto lease = m_db->acquire();
    std::string all;
    for (const char* sql : {"SELECT day, dimension, value, count FROM stats_counts",
                            "SELECT day, salt, created_at FROM stats_salts",
                            "SELECT day, visitor FROM stats_visitors"}) {
      auto rows = (*lease)->query(sql);
      EXPECT_TRUE(rows) << rows.error().message;
      if (!rows) continue;
      for (const auto& row : *rows) {
        for (std::size_t i = 0; i < row.size(); ++i) all += row.text(i) + "|";
        all += "\n";
      }
    }
    return all;
  }

  Day today() const { return day_of(m_clock.now()); }

  Clock m_clock;
  std::unique_ptr<Recorder> m_recorder;
};

TEST_P(RecorderTest, P9_counts_reach_the_store_without_address_user_agent_or_account) {
  m_recorder->record(hit(0));
  m_recorder->record(hit(1, 200, "https://www.partner-site.example/list?member=42"));
  m_recorder->record(hit(1, 404));
  m_recorder->record(hit(-1, 303));  // a POST: a request, not a page view
  ASSERT_TRUE(m_recorder->flush());

  const Day day = today();
  EXPECT_EQ(count("requests", "", day), 4);
  EXPECT_EQ(count("views", "", day), 3);
  EXPECT_EQ(count("page", "/company/{id}", day), 2);
  EXPECT_EQ(count("section", "company", day), 2);
  EXPECT_EQ(count("section", "home", day), 1);
  EXPECT_EQ(count("status", "2xx", day), 2);
  EXPECT_EQ(count("status", "3xx", day), 1);
  EXPECT_EQ(count("status", "4xx", day), 1);
  EXPECT_EQ(count("browser", "Firefox 121", day), 3);
  EXPECT_EQ(count("device", "desktop", day), 3);
  EXPECT_EQ(count("referrer", "partner-site.example", day), 1);
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_visitors WHERE day = $1", day), 1);

  const std::string all = dump();
  EXPECT_EQ(all.find(kAddress), std::string::npos);
  EXPECT_EQ(all.find("203.0.113"), std::string::npos);
  EXPECT_EQ(all.find("DistinctiveAgent"), std::string::npos);
  EXPECT_EQ(all.find("member=42"), std::string::npos);
  EXPECT_EQ(all.find("/list"), std::string::npos);
}

TEST_P(RecorderTest, P9_one_client_on_two_days_is_two_visitors_and_a_salt_dies_after_48_hours) {
  const Day first = today();
  m_recorder->record(hit(0));
  m_recorder->record(hit(1));
  ASSERT_TRUE(m_recorder->flush());
  m_clock.set_offset(m_clock.offset() + kSecondsPerDay);
  m_recorder->record(hit(0));
  ASSERT_TRUE(m_recorder->flush());

  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_visitors WHERE day = $1", first), 1);
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_visitors WHERE day = $1", first + 1), 1);
  // Two days, two salts, two unrelated keys for the same client.
  EXPECT_EQ(number("SELECT COUNT(DISTINCT visitor) FROM stats_visitors WHERE day >= $1", first), 2);
  EXPECT_EQ(number("SELECT COUNT(DISTINCT salt) FROM stats_salts WHERE day >= $1", first), 2);
  auto in_memory = m_recorder->salts().days_in_memory();
  EXPECT_TRUE(std::ranges::find(in_memory, first) != in_memory.end());

  // 48 hours after the first day began: its salt and keys are gone, from
  // the database and from memory; its visitors remain as a count.
  m_clock.set_offset(m_clock.offset() + kSecondsPerDay);
  ASSERT_TRUE(m_recorder->flush());
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_salts WHERE day = $1", first), 0);
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_visitors WHERE day = $1", first), 0);
  EXPECT_EQ(count("visitors", "", first), 1);
  in_memory = m_recorder->salts().days_in_memory();
  EXPECT_TRUE(std::ranges::find(in_memory, first) == in_memory.end());
  EXPECT_GE(*std::ranges::min_element(in_memory), first + 1);
  // The second day is not yet 48 hours old: still open.
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_salts WHERE day = $1", first + 1), 1);
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_visitors WHERE day = $1", first + 1), 1);
  EXPECT_EQ(count("views", "", first), 2);
  EXPECT_EQ(count("views", "", first + 1), 1);
}

TEST_P(RecorderTest, P9_two_instances_share_a_day_salt_and_count_a_visitor_once) {
  Recorder other(*m_db, m_clock, {{"/", "home"}}, RecorderSettings{std::chrono::seconds(5), "hanse.example", nullptr});
  m_recorder->record(hit(0));
  other.record(hit(0));
  ASSERT_TRUE(m_recorder->flush());
  ASSERT_TRUE(other.flush());
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_visitors WHERE day = $1", today()), 1);
  EXPECT_EQ(count("views", "", today()), 2);
  // Both close the day when its time comes; the visitor is counted once.
  m_clock.set_offset(m_clock.offset() + 2 * kSecondsPerDay);
  const Day first = today() - 2;
  ASSERT_TRUE(m_recorder->flush());
  ASSERT_TRUE(other.flush());
  EXPECT_EQ(count("visitors", "", first), 1);
}

TEST_P(RecorderTest, P9_every_request_from_every_thread_is_counted_exactly) {
  constexpr int kThreads = 4, kEach = 2500;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        m_recorder->record(hit(i % 3, 200 + 100 * (t % 3)));
        // Flushes in between must lose nothing either.
        if (t == 0 && i % 500 == 0) (void)m_recorder->flush();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  ASSERT_TRUE(m_recorder->stop());
  EXPECT_EQ(count("requests", "", today()), kThreads * kEach);
  EXPECT_EQ(count("views", "", today()), kThreads * kEach);
  EXPECT_EQ(count("status", "2xx", today()) + count("status", "3xx", today()) + count("status", "4xx", today()),
            kThreads * kEach);
}

TEST_P(RecorderTest, HostileHeadersAreRecordedAsOther) {
  const std::string long_agent(10 * 1024, 'x');
  const std::string control = "Mozilla/5.0\r\nX-Injected: 1";
  const std::string bad_utf8 = "Mozilla/5.0 \xC3\x28 Chrome/120";
  for (const std::string& ua : {long_agent, control, bad_utf8}) {
    Hit h = hit(0, 200, ua);  // the same junk as referrer
    h.user_agent = ua;
    m_recorder->record(h);
  }
  ASSERT_TRUE(m_recorder->flush());
  EXPECT_EQ(count("browser", "Other", today()), 3);
  EXPECT_EQ(count("device", "other", today()), 3);
  EXPECT_EQ(count("referrer", "other", today()), 3);
  const std::string all = dump();
  EXPECT_EQ(all.find("xxxxxxxx"), std::string::npos);
  EXPECT_EQ(all.find("Injected"), std::string::npos);
}

TEST_P(RecorderTest, P9_a_country_is_counted_by_its_code_and_the_address_is_not_kept) {
  Recorder recorder(*m_db, m_clock, {{"/", "home"}},
                    RecorderSettings{std::chrono::seconds(5), "hanse.example", CountryLookup::open("/usr/share/GeoIP")});
  Hit from_abroad = hit(0);
  from_abroad.remote_address = "81.169.145.105";
  recorder.record(from_abroad);
  recorder.record(hit(0));  // a documentation address: no country
  ASSERT_TRUE(recorder.flush());
  EXPECT_EQ(count("country", "DE", today()), 1);
  EXPECT_EQ(number("SELECT COUNT(*) FROM stats_counts WHERE dimension = 'country' AND day = $1", today()), 1);
  EXPECT_EQ(dump().find("81.169"), std::string::npos);
}

HANSE_DB_TEST_SUITE(RecorderTest);

}  // namespace
}  // namespace hanse::stats
