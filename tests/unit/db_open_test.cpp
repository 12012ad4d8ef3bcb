// open_database URL dispatch, URL redaction and Row accessors.
#include <gtest/gtest.h>

#include <filesystem>

#include "db/database.h"
#include "db/postgres_database.h"

namespace hanse::db {
namespace {

TEST(DbOpen, UnknownSchemeIsInvalidInputNamingTheScheme) {
  auto db = open_database("mysql://x", 4);
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().kind, ErrorKind::invalid_input);
  EXPECT_NE(db.error().message.find("mysql"), std::string::npos) << db.error().message;
}

TEST(DbOpen, EmptyUrlAndZeroPoolAreInvalidInput) {
  auto empty = open_database("", 4);
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().kind, ErrorKind::invalid_input);
  auto zero = open_database("sqlite::memory:", 0);
  ASSERT_FALSE(zero);
  EXPECT_EQ(zero.error().kind, ErrorKind::invalid_input);
}

TEST(DbOpen, SqliteUrlAndPlainPathBothOpenSqlite) {
  auto dir = std::filesystem::temp_directory_path() /
             ("hanse_unit_open_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  for (const std::string& url : {"sqlite:" + (dir / "a.db").string(), (dir / "b.db").string()}) {
    auto db = open_database(url, 2);
    ASSERT_TRUE(db) << url << ": " << db.error().message;
    EXPECT_EQ((*db)->backend(), Backend::sqlite);
    auto lease = (*db)->acquire();
    ASSERT_TRUE(lease);
    auto mode = (*lease)->query_one("PRAGMA journal_mode");
    ASSERT_TRUE(mode) << mode.error().message;
    EXPECT_EQ(mode->text(0), "wal");
    auto keys = (*lease)->query_one("PRAGMA foreign_keys");
    ASSERT_TRUE(keys);
    EXPECT_EQ(keys->integer(0), 1);
  }
  EXPECT_TRUE(std::filesystem::exists(dir / "a.db"));
  EXPECT_TRUE(std::filesystem::exists(dir / "b.db"));
  std::filesystem::remove_all(dir);
}

// Issue 15: an instance's memory at a million companies is mostly SQLite's
// page caches and the mapped file; both are set per connection.
TEST(DbOpen, SqliteConnectionsHoldTheMemoryTheyAreGiven) {
  auto dir = std::filesystem::temp_directory_path() /
             ("hanse_unit_memory_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  const std::string url = "sqlite:" + (dir / "m.db").string();
  struct Case {
    SqliteMemory memory;
    std::int64_t cache_kib, mmap_bytes;
  };
  for (const Case& c : {Case{{}, 32 * 1024, 4096LL * 1024 * 1024}, Case{{8, 0}, 8 * 1024, 0},
                        Case{{16, 64}, 16 * 1024, 64LL * 1024 * 1024}}) {
    auto db = open_database(url, 2, c.memory);
    ASSERT_TRUE(db) << db.error().message;
    auto lease = (*db)->acquire();
    ASSERT_TRUE(lease);
    auto cache = (*lease)->query_one("PRAGMA cache_size");
    ASSERT_TRUE(cache) << cache.error().message;
    EXPECT_EQ(cache->integer(0), -c.cache_kib) << "negative: KiB";
    auto mmap = (*lease)->query_one("PRAGMA mmap_size");
    ASSERT_TRUE(mmap) << mmap.error().message;
    // SQLite caps the map at its compile-time maximum (just under 2 GiB in
    // Debian 12's build).
    if (c.mmap_bytes > 1024LL * 1024 * 1024) {
      EXPECT_GT(mmap->integer(0), 1024LL * 1024 * 1024);
      EXPECT_LE(mmap->integer(0), c.mmap_bytes);
    } else {
      EXPECT_EQ(mmap->integer(0), c.mmap_bytes);
    }
  }
  auto negative = open_database(url, 1, SqliteMemory{-1, 0});
  ASSERT_FALSE(negative);
  EXPECT_EQ(negative.error().kind, ErrorKind::invalid_input);
  std::filesystem::remove_all(dir);
}

TEST(DbOpen, UnopenableSqliteFileIsUnavailable) {
  auto db = open_database("sqlite:/nonexistent-dir-hanse/x/y.db", 1);
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().kind, ErrorKind::unavailable);
}

TEST(DbOpen, UnreachablePostgresIsUnavailableAndHidesThePassword) {
  auto db = open_database("postgres://bob:s3cret@127.0.0.1:1/hanse?connect_timeout=2", 1);
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().kind, ErrorKind::unavailable);
  EXPECT_EQ(db.error().message.find("s3cret"), std::string::npos) << db.error().message;
}

TEST(DbOpen, RedactedPostgresUrlHasNoPassword) {
  EXPECT_EQ(redact_postgres_url("postgres://bob:s3cret@db.example:5432/hanse"),
            "postgres://bob@db.example:5432/hanse");
  EXPECT_EQ(redact_postgres_url("postgresql://bob@db/hanse?sslmode=require&password=s3cret"),
            "postgresql://bob@db/hanse?sslmode=require");
  EXPECT_EQ(redact_postgres_url("postgres://b:p%40ss@h"), "postgres://b@h");
  EXPECT_EQ(redact_postgres_url("postgres://h/d?password=x"), "postgres://h/d");
}

TEST(DbRow, AccessorsConvertBetweenTextAndIntegers) {
  Row row({std::int64_t{42}, std::string("17"), std::monostate{}, 2.5, std::string("12.0000"),
           std::string("abc")});
  EXPECT_EQ(row.size(), 6u);
  EXPECT_EQ(row.text(0), "42");
  EXPECT_EQ(row.integer(1), 17);
  EXPECT_TRUE(row.is_null(2));
  EXPECT_EQ(row.text(2), "");
  EXPECT_EQ(row.integer(2), 0);
  EXPECT_EQ(row.optional_integer(2), std::nullopt);
  EXPECT_EQ(row.optional_text(2), std::nullopt);
  EXPECT_EQ(row.text(3), "2.5");
  EXPECT_EQ(row.integer(3), 2);
  EXPECT_EQ(row.integer(4), 12);
  EXPECT_EQ(row.optional_integer(5), std::nullopt);
  EXPECT_EQ(row.optional_text(1), std::optional<std::string>("17"));
}

}  // namespace
}  // namespace hanse::db
