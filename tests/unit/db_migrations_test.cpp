// Schema migrations, on both backends.
#include <gtest/gtest.h>

#include <array>
#include <thread>

#include "db/migrations.h"
#include "db_fixture.h"

namespace hanse::db::testing {
namespace {

class DbMigrationsTest : public DbTest {};
HANSE_DB_TEST_SUITE(DbMigrationsTest);

TEST(DbMigrations, BothBackendsHaveTheSameMigrations) {
  EXPECT_GE(latest_schema_version(Backend::sqlite), 1);
  EXPECT_EQ(latest_schema_version(Backend::sqlite), latest_schema_version(Backend::postgres));
}

TEST_P(DbMigrationsTest, EmptyDatabaseIsVersionZero) {
  auto version = current_schema_version(*m_db);
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(*version, 0);
}

TEST_P(DbMigrationsTest, AppliesEveryMigrationOnceAndIsIdempotent) {
  const int latest = latest_schema_version(GetParam());
  auto applied = migrate(*m_db);
  ASSERT_TRUE(applied) << applied.error().message;
  EXPECT_EQ(*applied, latest);
  auto version = current_schema_version(*m_db);
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(*version, latest);

  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  for (const char* table : {"members", "sessions", "signin_throttle", "password_resets",
                            "mail_outbox", "staff"}) {
    auto rows = (*lease)->query(std::string("SELECT count(*) FROM ") + table);
    EXPECT_TRUE(rows) << table << ": " << rows.error().message;
  }
  auto recorded = (*lease)->query_one("SELECT version, name, applied_at FROM schema_migrations "
                                      "WHERE version = 1");
  ASSERT_TRUE(recorded) << recorded.error().message;
  EXPECT_EQ(recorded->text(1), "001_foundation");
  EXPECT_GT(recorded->integer(2), 1'700'000'000);

  auto again = migrate(*m_db);
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, 0);
  auto count = (*lease)->query_one("SELECT count(*) FROM schema_migrations");
  ASSERT_TRUE(count);
  EXPECT_EQ(count->integer(0), latest);
}

TEST_P(DbMigrationsTest, RefusesASchemaNewerThanThisBuild) {
  ASSERT_TRUE(migrate(*m_db));
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    ASSERT_TRUE((*lease)->execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999_future', 0)"));
  }
  auto refused = migrate(*m_db);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(refused.error().message,
            "database schema version 999 is newer than this hanse build (" +
                std::to_string(latest_schema_version(GetParam())) + "); upgrade hanse");
  auto version = current_schema_version(*m_db);
  ASSERT_TRUE(version);
  EXPECT_EQ(*version, 999);
}

TEST_P(DbMigrationsTest, ConcurrentMigratorsApplyEachMigrationOnce) {
  auto other = open(2);
  ASSERT_TRUE(other);
  Result<int> first = 0, second = 0;
  std::thread a([&] { first = migrate(*m_db); });
  std::thread b([&] { second = migrate(*other); });
  a.join();
  b.join();
  ASSERT_TRUE(first) << first.error().message;
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(*first + *second, latest_schema_version(GetParam()));
  auto version = current_schema_version(*m_db);
  ASSERT_TRUE(version);
  EXPECT_EQ(*version, latest_schema_version(GetParam()));
}

}  // namespace
}  // namespace hanse::db::testing
