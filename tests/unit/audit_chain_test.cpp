// S-2: the audit chain detects an edited, removed or inserted entry, on
// SQLite and PostgreSQL; concurrent writers never fork it.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "audit/audit_log.h"
#include "db/migrations.h"
#include "db_fixture.h"

namespace hanse::audit {
namespace {

using db::Value;
using db::testing::DbTest;

TEST(AuditHash, CanonicalFormIsUnambiguousAndHashIsSha256Hex) {
  StoredAuditEntry a{1, 100, "member", 7, "member.sign_in", "member:7", "{}", genesis_hash(), ""};
  EXPECT_EQ(canonical_form(a), "1:1,3:100,6:member,1:7,14:member.sign_in,8:member:7,2:{},64:" +
                                   genesis_hash() + ",");
  auto hash = entry_hash(a);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos);
  // Moving bytes from one field to the next changes the hash.
  StoredAuditEntry b = a;
  b.action = "member.sign_in8";
  b.subject = ":member:7";
  EXPECT_NE(entry_hash(b), hash);
  StoredAuditEntry system = a;
  system.actor_id.reset();
  EXPECT_NE(entry_hash(system), hash);
  // Known answer (Python: hashlib.sha256 of the canonical form), so that the
  // serialisation cannot change without every stored chain breaking.
  EXPECT_EQ(hash, "d0e948dbf2780b1ac2fd3e5f99b04d480fafd7d68363dfcf4109cb7bbaf4e0f1");
}

class AuditChainTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
  }

  void append(const AuditEntry& entry) {
    auto st = m_db->transaction([&](db::Connection& conn) { return m_log.append(conn, entry); });
    ASSERT_TRUE(st) << st.error().message;
  }

  void append_three() {
    append(member_event(1000, 1, "member.register", {{"policy_version", 1}}));
    append(member_event(1001, 1, "member.sign_in", {{"session", 5}}));
    append(system_event(1002, "staff.role_set", "staff:2", {{"role", "support"}}));
  }

  VerifyReport verify() {
    auto lease = m_db->acquire();
    EXPECT_TRUE(lease);
    auto report = m_log.verify(**lease);
    EXPECT_TRUE(report) << report.error().message;
    return report ? *report : VerifyReport{};
  }

  // Runs SQL as someone with direct database access would, past the
  // append-only triggers.
  void tamper(const std::string& sql) {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    auto& conn = **lease;
    if (GetParam() == db::Backend::sqlite) {
      ASSERT_TRUE(conn.execute_script("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete"));
    } else {
      ASSERT_TRUE(conn.execute_script("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    }
    auto changed = conn.execute(sql);
    ASSERT_TRUE(changed) << changed.error().message;
    ASSERT_EQ(*changed, 1);
  }

  AuditLog m_log;
};

TEST_P(AuditChainTest, S2_empty_log_is_intact) {
  auto report = verify();
  EXPECT_TRUE(report.intact());
  EXPECT_EQ(report.entries, 0);
}

TEST_P(AuditChainTest, S2_appended_entries_verify) {
  append_three();
  auto report = verify();
  EXPECT_TRUE(report.intact()) << report.broken->reason;
  EXPECT_EQ(report.entries, 3);

  auto lease = m_db->acquire();
  auto recent = m_log.recent(**lease, 10);
  ASSERT_TRUE(recent) << recent.error().message;
  ASSERT_EQ(recent->size(), 3u);
  EXPECT_EQ((*recent)[2].id, 1);
  EXPECT_EQ((*recent)[2].prev_hash, genesis_hash());
  EXPECT_EQ((*recent)[1].prev_hash, (*recent)[2].hash);
  EXPECT_EQ((*recent)[0].prev_hash, (*recent)[1].hash);
  EXPECT_EQ((*recent)[0].actor_kind, "system");
  EXPECT_FALSE((*recent)[0].actor_id.has_value());
  EXPECT_EQ((*recent)[0].details, R"({"role":"support"})");
  EXPECT_EQ((*recent)[1].actor_id, 1);
}

TEST_P(AuditChainTest, S2_edited_entry_is_reported) {
  append_three();
  tamper("UPDATE audit_log SET details = '{\"policy_version\":2}' WHERE id = 1");
  auto report = verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(report.broken->entry_id, 1);
  EXPECT_NE(report.broken->reason.find("edited"), std::string::npos) << report.broken->reason;
}

TEST_P(AuditChainTest, S2_edited_and_rehashed_entry_breaks_the_next_link) {
  append_three();
  StoredAuditEntry forged;
  {
    auto lease = m_db->acquire();
    auto recent = m_log.recent(**lease, 10);
    ASSERT_TRUE(recent);
    forged = (*recent)[1];  // entry 2
  }
  forged.at += 3600;
  forged.hash = entry_hash(forged);
  tamper("UPDATE audit_log SET at = " + std::to_string(forged.at) + ", hash = '" + forged.hash +
         "' WHERE id = 2");
  auto report = verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(report.broken->entry_id, 3);
  EXPECT_NE(report.broken->reason.find("prev_hash"), std::string::npos) << report.broken->reason;
}

TEST_P(AuditChainTest, S2_removed_entry_is_reported) {
  append_three();
  tamper("DELETE FROM audit_log WHERE id = 2");
  auto report = verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(report.broken->entry_id, 3);
  EXPECT_EQ(report.entries, 1);
  EXPECT_NE(report.broken->reason.find("removed"), std::string::npos) << report.broken->reason;
}

TEST_P(AuditChainTest, S2_removed_first_entry_is_reported) {
  append_three();
  tamper("DELETE FROM audit_log WHERE id = 1");
  auto report = verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(report.broken->entry_id, 2);
}

TEST_P(AuditChainTest, S2_renumbered_removal_is_reported) {
  // Removing entry 3 and renumbering it away is caught by prev_hash even
  // when ids stay consecutive.
  append_three();
  append(member_event(1003, 1, "member.sign_out"));
  tamper("DELETE FROM audit_log WHERE id = 3");
  tamper("UPDATE audit_log SET id = 3 WHERE id = 4");
  auto report = verify();
  ASSERT_FALSE(report.intact());
  EXPECT_EQ(report.broken->entry_id, 3);
}

TEST_P(AuditChainTest, S2_database_refuses_update_and_delete) {
  append_three();
  auto lease = m_db->acquire();
  EXPECT_FALSE((*lease)->execute("UPDATE audit_log SET details = '{}' WHERE id = 1"));
  EXPECT_FALSE((*lease)->execute("DELETE FROM audit_log WHERE id = 1"));
  auto report = m_log.verify(**lease);
  ASSERT_TRUE(report);
  EXPECT_TRUE(report->intact());
}

TEST_P(AuditChainTest, AppendRefusesMalformedEntries) {
  auto lease = m_db->acquire();
  auto& conn = **lease;
  ASSERT_TRUE(conn.begin());
  EXPECT_EQ(m_log.append(conn, member_event(1, 1, "")).error().kind, ErrorKind::invalid_input);
  AuditEntry no_actor = member_event(1, 1, "member.sign_in");
  no_actor.actor_id.reset();
  EXPECT_EQ(m_log.append(conn, no_actor).error().kind, ErrorKind::invalid_input);
  AuditEntry system_with_id = system_event(1, "x", "");
  system_with_id.actor_id = 3;
  EXPECT_EQ(m_log.append(conn, system_with_id).error().kind, ErrorKind::invalid_input);
  AuditEntry array_details = member_event(1, 1, "member.sign_in");
  array_details.details = nlohmann::json::array();
  EXPECT_EQ(m_log.append(conn, array_details).error().kind, ErrorKind::invalid_input);
  ASSERT_TRUE(conn.rollback());
}

TEST_P(AuditChainTest, S2_a_rolled_back_transaction_leaves_no_entry) {
  append_three();
  auto st = m_db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(m_log.append(conn, member_event(2000, 1, "member.sign_in")));
    return fail(ErrorKind::conflict, "the caller's change failed");
  });
  EXPECT_FALSE(st);
  auto report = verify();
  EXPECT_TRUE(report.intact());
  EXPECT_EQ(report.entries, 3);
}

TEST_P(AuditChainTest, S2_concurrent_writers_from_two_pools_do_not_fork_the_chain) {
  // Two pools stand for two server instances on one database.
  auto other = open(4);
  ASSERT_TRUE(other);
  constexpr int kThreads = 4;
  constexpr int kEach = 15;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    db::Database& db = t % 2 ? *other : *m_db;
    threads.emplace_back([&db, &failures, t, this] {
      for (int i = 0; i < kEach; ++i) {
        auto st = db.transaction([&](db::Connection& conn) {
          return m_log.append(conn, member_event(3000 + i, t + 1, "member.sign_in"));
        });
        if (!st) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto report = verify();
  EXPECT_TRUE(report.intact()) << report.broken->reason;
  EXPECT_EQ(report.entries, kThreads * kEach);
}

HANSE_DB_TEST_SUITE(AuditChainTest);

}  // namespace
}  // namespace hanse::audit
