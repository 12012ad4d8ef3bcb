// A migrated database with helpers to add members and companies, for the
// tests of the marketplace's rules (listing rights, invitations, public
// views), on SQLite and PostgreSQL.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "accounts/member_store.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "market/company.h"
#include "privacy/guard.h"

namespace hanse::market::testing {

inline constexpr std::int64_t kNow = 1'800'000'000;  // 2027-01-15

inline std::filesystem::path source_dir() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  return source ? source : ".";
}

// The repository's policy book (policy/), loaded once.
inline const privacy::PolicyBook& repository_policy() {
  static const std::unique_ptr<privacy::PolicyBook> book = [] {
    auto opened = privacy::PolicyBook::open((source_dir() / "policy").string());
    if (!opened) throw std::runtime_error(opened.error().message);
    return std::move(*opened);
  }();
  return *book;
}

class MarketTest : public db::testing::DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
  }

  std::int64_t member(const std::string& email) {
    auto lease = m_db->acquire();
    accounts::MemberFields f{"Anna Schmidt", email, "+494012345678", "Hafenstrasse 1", "DE",
                             "Acme", "Industriepark 2"};
    auto id = accounts::insert_member(**lease, f, "hash", kNow, {1, "/register"});
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  // A company owned by owner.
  std::int64_t company(std::int64_t owner, const std::string& name) {
    CompanyChange c;
    c.input = {name, "Am Sandtorkai 1", "DE", {"industrial-machinery/valves"}, "1999",
               "Valves and fittings.", "https://example.com"};
    auto id = m_db->transaction([&](db::Connection& conn) { return create_company(conn, owner, c, kNow); });
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  std::int64_t count(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : -1;
  }
};

}  // namespace hanse::market::testing
