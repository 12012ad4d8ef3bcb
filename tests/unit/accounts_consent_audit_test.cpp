// P-7 and S-2 through Accounts with a real database (SQLite and
// PostgreSQL): registration pins the member to the policy version in force,
// records its acceptance in the consent ledger, and the account operations
// write audit entries that keep the chain intact.
#include <gtest/gtest.h>

#include <algorithm>

#include "accounts/accounts.h"
#include "audit/audit_log.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "privacy/consent_ledger.h"

namespace hanse::accounts {
namespace {

using db::Value;
using db::testing::DbTest;

class AccountsConsentAuditTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    AccountsSettings settings;
    settings.base_url = "http://hanse.test";
    settings.site_name = "Hanse";
    settings.password = {8192, 1};
    settings.policy_version_in_force = [this](std::int64_t) { return m_version_in_force; };
    m_outbox = std::make_unique<mail::Outbox>("Hanse", m_clock);
    m_accounts = std::make_unique<Accounts>(*m_db, m_clock, *m_outbox, settings);
  }

  std::int64_t register_member(const std::string& email) {
    RegistrationInput in;
    in.fields = {"Anna Schmidt", email, "+49 40 1234567", "Hafenstraße 1", "DE", "Acme Tools",
                 "Industriepark 2"};
    in.password = "correct horse battery";
    in.accepted_policy = true;
    auto outcome = m_accounts->register_member(in, {"127.0.0.1", "test"});
    EXPECT_TRUE(outcome) << outcome.error().message;
    if (!outcome) return 0;
    EXPECT_TRUE(outcome->errors.empty());
    return outcome->session ? outcome->session->session.owner_id : 0;
  }

  std::vector<audit::StoredAuditEntry> audit_entries() {
    auto lease = m_db->acquire();
    auto recent = audit::AuditLog().recent(**lease, 100);
    EXPECT_TRUE(recent) << recent.error().message;
    auto out = recent ? *recent : std::vector<audit::StoredAuditEntry>{};
    std::reverse(out.begin(), out.end());
    return out;
  }

  std::vector<std::string> actions() {
    std::vector<std::string> out;
    for (auto& e : audit_entries()) out.push_back(e.action);
    return out;
  }

  void expect_chain_intact(std::int64_t entries) {
    auto lease = m_db->acquire();
    auto report = audit::AuditLog().verify(**lease);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->intact()) << report->broken->reason;
    EXPECT_EQ(report->entries, entries);
  }

  Clock m_clock;
  std::int64_t m_version_in_force = 3;
  std::unique_ptr<mail::Outbox> m_outbox;
  std::unique_ptr<Accounts> m_accounts;
};

TEST_P(AccountsConsentAuditTest, P7_registration_records_acceptance_of_the_version_in_force) {
  auto before = m_clock.now();
  auto id = register_member("anna@example.com");
  ASSERT_GT(id, 0);
  auto lease = m_db->acquire();
  auto events = privacy::history(**lease, id);
  ASSERT_TRUE(events) << events.error().message;
  ASSERT_EQ(events->size(), 1u);
  const auto& e = (*events)[0];
  EXPECT_EQ(e.member_id, id);
  EXPECT_EQ(e.kind, privacy::ConsentKind::policy_version);
  EXPECT_EQ(e.what, "3");
  EXPECT_EQ(e.value, "accepted");
  EXPECT_EQ(e.source, "/register");
  EXPECT_GE(e.given_at, before);
  EXPECT_LE(e.given_at, m_clock.now());
  auto choices = privacy::current_choices(**lease, id);
  ASSERT_TRUE(choices);
  EXPECT_EQ(choices->accepted_policy_version, 3);
}

TEST_P(AccountsConsentAuditTest, P19_member_row_is_pinned_to_version_and_page) {
  auto id = register_member("pinned@example.com");
  auto lease = m_db->acquire();
  const Value params[] = {id};
  auto row = (*lease)->query_one("SELECT policy_version, collected_on FROM members WHERE id = $1",
                                 params);
  ASSERT_TRUE(row) << row.error().message;
  EXPECT_EQ(row->integer(0), 3);
  EXPECT_EQ(row->text(1), "/register");
}

TEST_P(AccountsConsentAuditTest, P7_a_failed_registration_records_nothing) {
  register_member("twice@example.com");
  RegistrationInput in;
  in.fields = {"Other Person", "twice@example.com", "+49 40 7654321", "Weg 3", "DE", "Other",
               "Weg 4"};
  in.password = "another long password";
  in.accepted_policy = true;
  auto outcome = m_accounts->register_member(in, {"127.0.0.1", "test"});
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->errors.contains("email"));
  auto lease = m_db->acquire();
  auto rows = (*lease)->query_one("SELECT COUNT(*) FROM consent_ledger");
  ASSERT_TRUE(rows);
  EXPECT_EQ(rows->integer(0), 1);
  EXPECT_EQ(actions().size(), 3u);
}

TEST_P(AccountsConsentAuditTest, S2_account_operations_write_the_audit_chain) {
  auto id = register_member("audit@example.com");
  ASSERT_GT(id, 0);
  EXPECT_EQ(actions(), (std::vector<std::string>{"member.register", "consent.changed",
                                                 "member.sign_in"}));

  auto bad = m_accounts->sign_in("audit@example.com", "wrong password!!", false, {"10.0.0.1", "t"});
  EXPECT_FALSE(bad);
  auto session = m_accounts->sign_in("audit@example.com", "correct horse battery", true,
                                     {"10.0.0.1", "t"});
  ASSERT_TRUE(session) << session.error().message;
  ASSERT_TRUE(m_accounts->sign_out(session->token));
  ASSERT_TRUE(m_accounts->sign_out(session->token));  // already ended: no second entry
  auto again = m_accounts->sign_in("audit@example.com", "correct horse battery", false,
                                   {"10.0.0.1", "t"});
  ASSERT_TRUE(again);
  auto changed = m_accounts->change_password(id, again->session.id, "correct horse battery",
                                             "a new horse battery staple");
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_TRUE(changed->empty());

  auto entries = audit_entries();
  EXPECT_EQ(actions(), (std::vector<std::string>{"member.register", "consent.changed",
                                                 "member.sign_in", "member.sign_in",
                                                 "member.sign_out", "member.sign_in",
                                                 "member.password_changed"}));
  for (const auto& e : entries) {
    EXPECT_EQ(e.actor_kind, "member");
    EXPECT_EQ(e.actor_id, id);
    EXPECT_EQ(e.subject, "member:" + std::to_string(id));
    // No personal values and no passwords in the details.
    EXPECT_EQ(e.details.find("audit@example.com"), std::string::npos) << e.details;
    EXPECT_EQ(e.details.find("Anna"), std::string::npos) << e.details;
    EXPECT_EQ(e.details.find("horse"), std::string::npos) << e.details;
  }
  EXPECT_EQ(entries[1].details,
            R"({"kind":"policy_version","source":"/register","value":"accepted","what":"3"})");
  expect_chain_intact(7);
}

HANSE_DB_TEST_SUITE(AccountsConsentAuditTest);

}  // namespace
}  // namespace hanse::accounts
