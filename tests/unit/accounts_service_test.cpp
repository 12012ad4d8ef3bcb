// Accounts against a real database, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <regex>

#include "accounts/accounts.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "door_fixture.h"

namespace hanse::accounts {
namespace {

using db::testing::DbTest;

class AccountsTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_policy = privacy::testing::install_repository_door(*m_db);
    AccountsSettings settings;
    settings.base_url = "http://hanse.test";
    settings.site_name = "Hanse";
    settings.per_account.max_failures = 3;
    m_outbox = std::make_unique<mail::Outbox>("Hanse", m_clock);
    m_accounts = std::make_unique<Accounts>(*m_db, m_clock, *m_outbox, settings);
  }

  RegistrationInput input(const std::string& email) {
    RegistrationInput in;
    in.fields = {"Anna Schmidt", email, "+49 40 1234567", "Hafenstraße 1", "DE", "Acme Tools",
                 "Industriepark 2"};
    in.password = "correct horse battery";
    in.accepted_policy = true;
    return in;
  }

  NewSession registered(const std::string& email) {
    auto in = input(email);
    auto outcome = m_accounts->register_member(in, {"127.0.0.1", "test"});
    EXPECT_TRUE(outcome) << outcome.error().message;
    EXPECT_TRUE(outcome->errors.empty());
    return *outcome->session;
  }

  // The body of the one queued mail.
  std::string outbox_body() {
    privacy::testing::TestRead door;
    auto lease = m_db->acquire();
    auto body = (*lease)->query_one("SELECT body FROM mail_outbox");
    EXPECT_TRUE(body) << body.error().message;
    return body ? body->text(0) : "";
  }

  std::int64_t count(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row->integer(0);
  }

  Clock m_clock;
  std::unique_ptr<privacy::PolicyBook> m_policy;  // the door's
  std::unique_ptr<mail::Outbox> m_outbox;
  std::unique_ptr<Accounts> m_accounts;
};

TEST_P(AccountsTest, RegistrationStoresNormalisedMemberAndSignsIn) {
  auto session = registered("Anna@Example.COM");
  auto found = m_accounts->session_for(session.token);
  ASSERT_TRUE(found && *found);
  auto member = m_accounts->member((*found)->owner_id);
  ASSERT_TRUE(member && *member);
  EXPECT_EQ((*member)->email, "anna@example.com");
  EXPECT_EQ((*member)->phone, "+49401234567");
}

TEST_P(AccountsTest, InvalidOrDuplicateRegistrationStoresNothing) {
  registered("anna@example.com");
  auto bad = input("not-an-email");
  auto outcome = m_accounts->register_member(bad, {"127.0.0.1", "test"});
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->errors.contains("email"));
  auto duplicate = input("ANNA@example.com");
  outcome = m_accounts->register_member(duplicate, {"127.0.0.1", "test"});
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->errors.contains("email"));
  EXPECT_FALSE(outcome->session);
  EXPECT_EQ(count("SELECT COUNT(*) FROM members"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 1);
}

TEST_P(AccountsTest, SessionTokenIsStoredOnlyAsHash) {
  auto session = registered("anna@example.com");
  privacy::testing::TestRead door;
  auto lease = m_db->acquire();
  const db::Value params[] = {session.token};
  auto row = (*lease)->query_one("SELECT COUNT(*) FROM sessions WHERE token_hash = $1", params);
  ASSERT_TRUE(row);
  EXPECT_EQ(row->integer(0), 0);
}

TEST_P(AccountsTest, WrongPasswordAndUnknownAccountLookTheSame) {
  registered("anna@example.com");
  auto wrong = m_accounts->sign_in("anna@example.com", "wrong password!", false, {"10.0.0.1", ""});
  auto unknown = m_accounts->sign_in("nobody@example.com", "wrong password!", false, {"10.0.0.2", ""});
  ASSERT_FALSE(wrong);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(wrong.error().kind, ErrorKind::unauthorized);
  EXPECT_EQ(wrong.error().kind, unknown.error().kind);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_P(AccountsTest, RepeatedFailuresBlockTheAccountForAGrowingTime) {
  registered("anna@example.com");
  for (int i = 0; i < 4; ++i)
    (void)m_accounts->sign_in("anna@example.com", "wrong password!", false, {"10.0.0.1", ""});
  auto blocked = m_accounts->sign_in("anna@example.com", "correct horse battery", false, {"10.0.0.9", ""});
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().kind, ErrorKind::too_many_requests);
  m_clock.set_offset(16 * 60);
  auto later = m_accounts->sign_in("anna@example.com", "correct horse battery", false, {"10.0.0.9", ""});
  EXPECT_TRUE(later) << later.error().message;
}

TEST_P(AccountsTest, SessionWithoutRememberEndsAfterIdleTimeout) {
  registered("anna@example.com");
  auto plain = m_accounts->sign_in("anna@example.com", "correct horse battery", false, {"1.1.1.1", ""});
  auto kept = m_accounts->sign_in("anna@example.com", "correct horse battery", true, {"1.1.1.1", ""});
  ASSERT_TRUE(plain && kept);
  m_clock.set_offset(29 * 60);
  EXPECT_TRUE(*m_accounts->session_for(plain->token));  // activity slides the idle timeout
  m_clock.set_offset(29 * 60 + 31 * 60);
  EXPECT_FALSE(*m_accounts->session_for(plain->token));
  EXPECT_TRUE(*m_accounts->session_for(kept->token));
  m_clock.set_offset(31LL * 24 * 3600);
  EXPECT_FALSE(*m_accounts->session_for(kept->token));
}

TEST_P(AccountsTest, SignOutKillsTheToken) {
  auto session = registered("anna@example.com");
  ASSERT_TRUE(m_accounts->sign_out(session.token));
  EXPECT_FALSE(*m_accounts->session_for(session.token));
}

TEST_P(AccountsTest, PasswordChangeNeedsCurrentPasswordAndEndsOtherSessions) {
  auto first = registered("anna@example.com");
  auto second = m_accounts->sign_in("anna@example.com", "correct horse battery", false, {"2.2.2.2", ""});
  ASSERT_TRUE(second);
  auto member_id = first.session.owner_id;
  auto refused = m_accounts->change_password(member_id, first.session.id, "wrong password!", "a brand new secret");
  ASSERT_TRUE(refused);
  EXPECT_TRUE(refused->contains("current_password"));
  EXPECT_TRUE(*m_accounts->session_for(second->token));
  auto changed = m_accounts->change_password(member_id, first.session.id, "correct horse battery", "a brand new secret");
  ASSERT_TRUE(changed);
  EXPECT_TRUE(changed->empty());
  EXPECT_TRUE(*m_accounts->session_for(first.token));
  EXPECT_FALSE(*m_accounts->session_for(second->token));
  EXPECT_FALSE(m_accounts->sign_in("anna@example.com", "correct horse battery", false, {"3.3.3.3", ""}));
  EXPECT_TRUE(m_accounts->sign_in("anna@example.com", "a brand new secret", false, {"3.3.3.3", ""}));
}

TEST_P(AccountsTest, ResetLinkIsMailedOnlyForKnownAddressesAndWorksOnce) {
  registered("anna@example.com");
  ASSERT_TRUE(m_accounts->request_password_reset("nobody@example.com", {"127.0.0.1", ""}));
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox"), 0);
  ASSERT_TRUE(m_accounts->request_password_reset("Anna@example.com", {"127.0.0.1", ""}));
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox"), 1);
  std::smatch match;
  auto text = outbox_body();
  ASSERT_TRUE(std::regex_search(text, match, std::regex("http://hanse.test/password/reset/([A-Za-z0-9_-]{43})")));
  EXPECT_NE(text.find("never ask"), std::string::npos);
  auto token = match[1].str();
  auto reset = m_accounts->reset_password(token, "another fine secret");
  ASSERT_TRUE(reset) << reset.error().message;
  EXPECT_TRUE(reset->empty());
  auto again = m_accounts->reset_password(token, "yet another secret");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::not_found);
  EXPECT_TRUE(m_accounts->sign_in("anna@example.com", "another fine secret", false, {"4.4.4.4", ""}));
}

TEST_P(AccountsTest, ResetLinkExpiresAfterAnHour) {
  registered("anna@example.com");
  ASSERT_TRUE(m_accounts->request_password_reset("anna@example.com", {"127.0.0.1", ""}));
  std::smatch match;
  auto text = outbox_body();
  ASSERT_TRUE(std::regex_search(text, match, std::regex("/password/reset/([A-Za-z0-9_-]{43})")));
  m_clock.set_offset(3601);
  auto reset = m_accounts->reset_password(match[1].str(), "another fine secret");
  ASSERT_FALSE(reset);
  EXPECT_EQ(reset.error().kind, ErrorKind::not_found);
}

TEST_P(AccountsTest, P6_registration_attempts_are_limited_per_ip) {
  for (int i = 0; i < 20; ++i) {
    auto in = input("not-an-email");
    auto outcome = m_accounts->register_member(in, {"10.9.9.9", ""});
    ASSERT_TRUE(outcome) << "attempt " << i << ": " << outcome.error().message;
  }
  auto in = input("anna@example.com");
  auto blocked = m_accounts->register_member(in, {"10.9.9.9", ""});
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().kind, ErrorKind::too_many_requests);
  EXPECT_EQ(count("SELECT COUNT(*) FROM members"), 0);
  auto elsewhere = input("anna@example.com");
  EXPECT_TRUE(m_accounts->register_member(elsewhere, {"10.9.9.10", ""}));
}

TEST_P(AccountsTest, P6_reset_requests_are_limited_per_ip_and_per_address) {
  registered("anna@example.com");
  for (int i = 0; i < 5; ++i)
    ASSERT_TRUE(m_accounts->request_password_reset("anna@example.com", {"10.1.1." + std::to_string(i), ""}));
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox"), 3);  // the address gets 3 mails an hour
  for (int i = 0; i < 10; ++i) (void)m_accounts->request_password_reset("x@example.com", {"10.2.2.2", ""});
  auto blocked = m_accounts->request_password_reset("anna@example.com", {"10.2.2.2", ""});
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().kind, ErrorKind::too_many_requests);
}

HANSE_DB_TEST_SUITE(AccountsTest);

}  // namespace
}  // namespace hanse::accounts
