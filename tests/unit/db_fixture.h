// A fresh, empty database per test, on each backend: SQLite in a temp file,
// PostgreSQL in a new database on the server named by HANSE_TEST_PG_URL
// (tests on PostgreSQL skip when it is unset).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

#include "db/database.h"

namespace hanse {
// Readable names in gtest failure messages.
inline void PrintTo(ErrorKind kind, std::ostream* os) { *os << to_string(kind); }
namespace db {
inline void PrintTo(Backend backend, std::ostream* os) {
  *os << (backend == Backend::sqlite ? "sqlite" : "postgres");
}
}  // namespace db
}  // namespace hanse

namespace hanse::db::testing {

class DbTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Opens another pool on this test's database.
  std::unique_ptr<Database> open(int pool_size);

  std::string m_url;                // this test's database
  std::unique_ptr<Database> m_db;   // a pool of 4 on it

 private:
  std::string m_admin_url;   // PostgreSQL: where CREATE/DROP DATABASE run
  std::string m_name;        // PostgreSQL database name or SQLite file path
};

// A DbTest with one table, u (email TEXT NOT NULL UNIQUE), for tests of
// connections and transactions themselves.
class EmailTableTest : public DbTest {
 protected:
  void SetUp() override;
  static Status insert(Connection& conn, const std::string& email);
};

std::string backend_test_name(const ::testing::TestParamInfo<Backend>& info);

// The URL with its database name replaced.
std::string with_database(const std::string& url, const std::string& name);

}  // namespace hanse::db::testing

#define HANSE_DB_TEST_SUITE(Suite)                                                          \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                 \
                           ::testing::Values(::hanse::db::Backend::sqlite,                  \
                                             ::hanse::db::Backend::postgres),               \
                           ::hanse::db::testing::backend_test_name)
