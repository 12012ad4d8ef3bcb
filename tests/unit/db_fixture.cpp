#include "db_fixture.h"

#include <unistd.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <random>

namespace hanse::db::testing {

namespace {

std::string random_suffix() {
  std::random_device device;
  std::mt19937_64 engine((static_cast<std::uint64_t>(device()) << 32) ^ device() ^
                         static_cast<std::uint64_t>(::getpid()));
  const char* digits = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 12; ++i) s += digits[engine() % 16];
  return s;
}

}  // namespace

std::string backend_test_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::sqlite ? "sqlite" : "postgres";
}

std::string with_database(const std::string& url, const std::string& name) {
  std::size_t authority = url.find("://");
  authority = authority == std::string::npos ? 0 : authority + 3;
  std::size_t path = url.find_first_of("/?", authority);
  if (path == std::string::npos) return url + "/" + name;
  std::size_t query = url.find('?', path);
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  return url.substr(0, path) + "/" + name + rest;
}

void DbTest::SetUp() {
  std::string suffix = random_suffix();
  if (GetParam() == Backend::postgres) {
    const char* admin = std::getenv("HANSE_TEST_PG_URL");
    if (!admin || !*admin) GTEST_SKIP() << "HANSE_TEST_PG_URL is not set; PostgreSQL tests skipped";
    m_admin_url = admin;
    m_name = "hanse_unit_" + suffix;
    auto server = open_database(m_admin_url, 1);
    ASSERT_TRUE(server) << server.error().message;
    auto lease = (*server)->acquire();
    ASSERT_TRUE(lease) << lease.error().message;
    auto created = (*lease)->execute_script("CREATE DATABASE " + m_name);
    ASSERT_TRUE(created) << created.error().message;
    m_url = with_database(m_admin_url, m_name);
  } else {
    m_name = (std::filesystem::temp_directory_path() / ("hanse_unit_" + suffix + ".db")).string();
    m_url = "sqlite:" + m_name;
  }
  m_db = open(4);
  ASSERT_TRUE(m_db);
}

void DbTest::TearDown() {
  m_db.reset();
  if (m_name.empty()) return;
  if (GetParam() == Backend::postgres) {
    auto server = open_database(m_admin_url, 1);
    ASSERT_TRUE(server) << server.error().message;
    auto lease = (*server)->acquire();
    ASSERT_TRUE(lease) << lease.error().message;
    auto dropped = (*lease)->execute_script("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    EXPECT_TRUE(dropped) << dropped.error().message;
  } else {
    std::error_code ignored;
    for (const char* ending : {"", "-wal", "-shm"}) std::filesystem::remove(m_name + ending, ignored);
  }
}

std::unique_ptr<Database> DbTest::open(int pool_size) {
  auto db = open_database(m_url, pool_size);
  EXPECT_TRUE(db) << db.error().message;
  if (!db) return nullptr;
  EXPECT_EQ((*db)->backend(), GetParam());
  return std::move(*db);
}

void EmailTableTest::SetUp() {
  DbTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease) << lease.error().message;
  auto created = (*lease)->execute_script("CREATE TABLE u (email TEXT NOT NULL UNIQUE)");
  ASSERT_TRUE(created) << created.error().message;
}

Status EmailTableTest::insert(Connection& conn, const std::string& email) {
  std::array<Value, 1> p{email};
  HANSE_TRY(std::int64_t n, conn.execute("INSERT INTO u (email) VALUES ($1)", p));
  (void)n;
  return {};
}

}  // namespace hanse::db::testing
