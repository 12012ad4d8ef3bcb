// A database with the repository's policy (policy/v1.toml), the run-time
// door installed, one member and one staff member of each role, for the
// staff view (S-1) and disclosure (P-13) tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "db/migrations.h"
#include "db_fixture.h"
#include "privacy/door.h"
#include "privacy/guard.h"
#include "privacy/policy.h"

namespace hanse::privacy::testing {

class StaffDataTest : public db::testing::DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    const char* source = std::getenv("HANSE_SOURCE_DIR");
    auto book = PolicyBook::open((std::filesystem::path(source ? source : ".") / "policy").string());
    ASSERT_TRUE(book) << book.error().message;
    m_book = std::move(*book);
    m_guard = std::make_unique<Guard>(*m_book, m_clock);
    install_door(*m_db, *m_book);
    m_member = insert_member("anna@example.com", "Anna Schmidt");
    m_other = insert_member("ben@example.com", "Ben Meyer");
    m_support = insert_staff("support@hanse.example", "support");
    m_compliance = insert_staff("compliance@hanse.example", "compliance");
  }

  std::int64_t insert_member(const std::string& email, const std::string& name) {
    auto lease = m_db->acquire();
    const db::Value params[] = {email, name};
    auto row = (*lease)->query_one(
        "INSERT INTO members (email, name, phone, address, country, company_name, company_address,"
        " password_hash, created_at, updated_at, policy_version) VALUES ($1, $2, '+49 40 1234567',"
        " 'Hafen 1', 'DE', 'Acme', 'Park 2', '$argon2id$secret', 0, 0, 1) RETURNING id", params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  std::int64_t insert_staff(const std::string& email, const std::string& role) {
    auto lease = m_db->acquire();
    const db::Value params[] = {email, role};
    auto row = (*lease)->query_one(
        "INSERT INTO staff (email, role, password_hash, created_at) VALUES ($1, $2, 'x', 0) RETURNING id",
        params);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : 0;
  }

  std::int64_t count(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->integer(0) : -1;
  }

  const PolicyVersion& policy() { return *m_book->version(1); }

  Clock m_clock;
  std::unique_ptr<PolicyBook> m_book;
  std::unique_ptr<Guard> m_guard;
  std::int64_t m_member = 0;
  std::int64_t m_other = 0;
  std::int64_t m_support = 0;
  std::int64_t m_compliance = 0;
};

}  // namespace hanse::privacy::testing
