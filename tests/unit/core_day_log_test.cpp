// The diagnostic access log's day files (SPEC P-11, policy clause
// "server-logs"): one file per UTC day of the site's clock, rotated at
// midnight, removed by the log itself after the retention, written from
// many threads without losing a line.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/day_log.h"

namespace hanse {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr std::int64_t kDay = 86400;

std::int64_t real_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Moves `clock` so that it reads `at` now.
void set_now(Clock& clock, std::int64_t at) { clock.set_offset(at - real_now()); }

std::string read(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

void touch(const fs::path& file) { std::ofstream(file) << "old line\n"; }

class DayLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("hanse-day-log-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  DayLogSettings settings(bool background = false) const {
    DayLogSettings s;
    s.dir = (m_dir / "access-log").string();
    s.retention_days = 14;
    s.background = background;
    return s;
  }
  fs::path folder() const { return m_dir / "access-log"; }
  fs::path file(std::int64_t day) const { return folder() / ("access-" + utc_date(day * kDay) + ".log"); }

  fs::path m_dir;
  // A fixed noon, so that the test does not depend on today's date.
  const std::int64_t m_day = 20000;  // 2024-10-04
  const std::int64_t m_noon = m_day * kDay + 12 * 3600;
};

TEST(DayLogDates, P11_server_logs_dates_are_utc_days) {
  EXPECT_EQ(utc_date(0), "1970-01-01");
  EXPECT_EQ(utc_date(86399), "1970-01-01");
  EXPECT_EQ(utc_date(86400), "1970-01-02");
  EXPECT_EQ(utc_date(-1), "1969-12-31");
  EXPECT_EQ(utc_date(951782400), "2000-02-29");
  EXPECT_EQ(utc_timestamp(1796601909), "2026-12-07T00:05:09Z");
  EXPECT_EQ(parse_utc_date("1970-01-02"), 1);
  EXPECT_EQ(parse_utc_date("2000-02-29"), 951782400 / kDay);
  for (std::int64_t day : {0LL, 1LL, 11016LL, 20000LL, 20794LL, 40000LL})
    EXPECT_EQ(parse_utc_date(utc_date(day * kDay)), day);
  for (const char* bad : {"", "2026-02-30", "2026-13-01", "2026-1-07", "2026-01-7x", "20260107", "2026/01/07",
                          "abcd-ef-gh", "2026-12-07.log"})
    EXPECT_EQ(parse_utc_date(bad), -1) << bad;
}

TEST_F(DayLogTest, P11_server_logs_lines_go_to_the_file_of_the_clock_day_and_rotate_at_midnight) {
  Clock clock;
  set_now(clock, m_noon);
  auto log = DayLog::open(settings(), clock);
  ASSERT_TRUE(log) << log.error().message;
  (*log)->write("method=GET path=\"/a\" remote=192.0.2.1");
  set_now(clock, (m_day + 1) * kDay - 30);  // half a minute before midnight
  (*log)->write("method=GET path=\"/b\" remote=192.0.2.2");
  EXPECT_FALSE(fs::exists(file(m_day))) << "written before any flush";
  set_now(clock, (m_day + 1) * kDay + 30);  // just after
  (*log)->write("method=GET path=\"/c\" remote=192.0.2.3");
  ASSERT_TRUE((*log)->flush());

  const std::string first = read(file(m_day));
  const std::string second = read(file(m_day + 1));
  const auto newline = first.find('\n');
  ASSERT_NE(newline, std::string::npos) << first;
  const std::string line_a = first.substr(0, newline), line_b = first.substr(newline + 1);
  EXPECT_TRUE(line_a.starts_with("2024-10-04T12:00:0")) << line_a;
  EXPECT_TRUE(line_a.ends_with("Z method=GET path=\"/a\" remote=192.0.2.1")) << line_a;
  EXPECT_TRUE(line_b.starts_with("2024-10-04T23:59:3")) << line_b;
  EXPECT_TRUE(line_b.ends_with("Z method=GET path=\"/b\" remote=192.0.2.2\n")) << line_b;
  EXPECT_EQ(line_b.find('\n'), line_b.size() - 1) << "two lines in the first file";
  EXPECT_TRUE(second.starts_with("2024-10-05T00:00:3")) << second;
  EXPECT_TRUE(second.ends_with("Z method=GET path=\"/c\" remote=192.0.2.3\n")) << second;
  EXPECT_EQ(files_in(folder()), (std::vector<std::string>{"access-2024-10-04.log", "access-2024-10-05.log"}));

  // Later lines are appended, also after the log is opened again.
  (*log)->write("method=GET path=\"/d\" remote=192.0.2.4");
  log->reset();
  auto again = DayLog::open(settings(), clock);
  ASSERT_TRUE(again);
  (*again)->write("method=GET path=\"/e\" remote=192.0.2.5");
  ASSERT_TRUE((*again)->flush());
  const std::string appended = read(file(m_day + 1));
  EXPECT_NE(appended.find("/c\""), std::string::npos);
  EXPECT_NE(appended.find("/d\""), std::string::npos);
  EXPECT_NE(appended.find("/e\""), std::string::npos);
}

TEST_F(DayLogTest, P11_server_logs_prune_removes_day_files_past_the_retention_and_nothing_else) {
  fs::create_directories(folder());
  touch(file(m_day - 400));
  touch(file(m_day - 15));
  touch(file(m_day - 14));  // 14 days before today: past a 14-day retention
  touch(file(m_day - 13));  // kept: with today, 14 day files
  touch(file(m_day - 1));
  touch(file(m_day));
  touch(folder() / "notes.txt");
  touch(folder() / "access-not-a-date.log");
  touch(folder() / ("other-" + utc_date((m_day - 400) * kDay) + ".log"));
  touch(folder() / ("access-" + utc_date((m_day - 400) * kDay) + ".log.gz"));

  Clock clock;
  set_now(clock, m_noon);
  auto log = DayLog::open(settings(), clock);  // prunes at start
  ASSERT_TRUE(log) << log.error().message;
  EXPECT_EQ(files_in(folder()),
            (std::vector<std::string>{"access-2023-08-31.log.gz", "access-2024-09-21.log", "access-2024-10-03.log",
                                      "access-2024-10-04.log", "access-not-a-date.log", "notes.txt",
                                      "other-2023-08-31.log"}));
  auto again = (*log)->prune();
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, 0);

  // A day later, the oldest kept file goes too.
  set_now(clock, m_noon + kDay);
  auto next = (*log)->prune();
  ASSERT_TRUE(next);
  EXPECT_EQ(*next, 1);
  EXPECT_FALSE(fs::exists(file(m_day - 13)));
  EXPECT_TRUE(fs::exists(file(m_day - 1)));
}

TEST_F(DayLogTest, P11_server_logs_a_day_file_is_removed_by_the_log_itself_at_the_rotation_14_days_later) {
  Clock clock;
  set_now(clock, m_noon);
  auto log = DayLog::open(settings(), clock);
  ASSERT_TRUE(log);
  (*log)->write("day D remote=192.0.2.1");
  ASSERT_TRUE((*log)->flush());
  ASSERT_TRUE(fs::exists(file(m_day)));

  // 13 days later the file is still there (its lines are under 14 days old).
  set_now(clock, (m_day + 13) * kDay + 60);
  (*log)->write("day D+13");
  ASSERT_TRUE((*log)->flush());
  EXPECT_TRUE(fs::exists(file(m_day)));

  // At the next rotation, 14 days after day D began, the log removes it.
  set_now(clock, (m_day + 14) * kDay + 1);
  (*log)->write("day D+14");
  ASSERT_TRUE((*log)->flush());
  EXPECT_FALSE(fs::exists(file(m_day)));
  EXPECT_TRUE(fs::exists(file(m_day + 13)));
  EXPECT_TRUE(fs::exists(file(m_day + 14)));
}

TEST_F(DayLogTest, P11_server_logs_opening_the_log_after_the_retention_removes_the_old_day_file) {
  Clock clock;
  set_now(clock, m_noon);
  {
    auto log = DayLog::open(settings(), clock);
    ASSERT_TRUE(log);
    (*log)->write("day D remote=192.0.2.1");
  }  // flushed when closed
  ASSERT_TRUE(fs::exists(file(m_day)));
  set_now(clock, m_noon + 15 * kDay);
  auto later = DayLog::open(settings(), clock);
  ASSERT_TRUE(later);
  EXPECT_FALSE(fs::exists(file(m_day)));
}

TEST_F(DayLogTest, P11_server_logs_the_background_thread_writes_about_every_second) {
  Clock clock;
  auto log = DayLog::open(settings(true), clock);
  ASSERT_TRUE(log);
  (*log)->write("method=GET path=\"/healthz\" remote=192.0.2.9");
  const fs::path today = (*log)->file_for(clock.now());
  const auto start = std::chrono::steady_clock::now();
  while (!fs::exists(today) || read(today).find("192.0.2.9") == std::string::npos) {
    // About a second; 5 s leaves room for a loaded machine.
    ASSERT_LT(std::chrono::steady_clock::now() - start, 5s) << "not written within 5 s";
    std::this_thread::sleep_for(50ms);
  }
}

TEST_F(DayLogTest, P11_server_logs_lines_written_from_many_threads_are_all_kept_whole) {
  Clock clock;
  DayLogSettings s = settings(true);
  s.flush_interval = 5ms;
  constexpr int kThreads = 8, kLines = 2000;
  {
    auto log = DayLog::open(s, clock);
    ASSERT_TRUE(log);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        for (int i = 0; i < kLines; ++i)
          (*log)->write("thread=" + std::to_string(t) + " line=" + std::to_string(i) + " end");
      });
    for (auto& thread : threads) thread.join();
  }
  int lines = 0;
  std::vector<int> next(kThreads, 0);
  for (auto& name : files_in(folder())) {  // one file, or two across a real midnight
    std::ifstream in(folder() / name);
    for (std::string line; std::getline(in, line);) {
      ++lines;
      int t = -1, i = -1;
      ASSERT_EQ(std::sscanf(line.c_str() + line.find(' ') + 1, "thread=%d line=%d end", &t, &i), 2) << line;
      ASSERT_TRUE(line.ends_with(" end")) << line;
      ASSERT_EQ(i, next[t]) << "thread " << t << " out of order";
      ++next[t];
    }
  }
  EXPECT_EQ(lines, kThreads * kLines);
}

TEST_F(DayLogTest, P11_server_logs_a_folder_that_cannot_be_made_is_an_error_naming_it) {
  fs::create_directories(m_dir);
  touch(m_dir / "a-file");
  DayLogSettings s = settings();
  s.dir = (m_dir / "a-file" / "access-log").string();
  Clock clock;
  auto log = DayLog::open(s, clock);
  ASSERT_FALSE(log);
  EXPECT_EQ(log.error().kind, ErrorKind::invalid_input);
  EXPECT_NE(log.error().message.find(s.dir), std::string::npos) << log.error().message;
}

}  // namespace
}  // namespace hanse
