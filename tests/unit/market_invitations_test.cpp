// Invitations (M-2) as the members who send and accept them: the
// invitation and its mail are stored together or not at all, and only the
// invited address can accept. On SQLite and PostgreSQL.
#include "mail/outbox.h"
#include "market/invitations.h"
#include "market/membership.h"
#include "market_fixture.h"

namespace hanse::market {
namespace {

using testing::kNow;

class InvitationsTest : public testing::MarketTest {
 protected:
  void SetUp() override {
    MarketTest::SetUp();
    if (IsSkipped()) return;
    m_owner = member("owner@acme.example");
    m_company = company(m_owner, "Acme Valves");
  }

  Status invite(std::int64_t actor, std::string_view email) {
    return invite_member(*m_db, m_outbox, m_site, actor, m_company, email, kNow);
  }

  // The token in the one queued invitation mail.
  std::string token_in_mail() {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one("SELECT body FROM mail_outbox");
    EXPECT_TRUE(row) << row.error().message;
    if (!row) return {};
    auto body = row->text(0);
    auto at = body.find("https://hanse.example/invite/");
    EXPECT_NE(at, std::string::npos) << body;
    if (at == std::string::npos) return {};
    at += std::string_view("https://hanse.example/invite/").size();
    return body.substr(at, body.find_first_of(" \n", at) - at);
  }

  bool belongs(std::int64_t member_id) {
    auto lease = m_db->acquire();
    auto in = is_member_of(**lease, member_id, m_company);
    EXPECT_TRUE(in);
    return in && *in;
  }

  Clock m_clock;
  mail::Outbox m_outbox{"Hanse", m_clock};
  MailSettings m_site{"Hanse", "https://hanse.example"};
  std::int64_t m_owner = 0, m_company = 0;
};

TEST_P(InvitationsTest, M2_invitation_and_its_mail_are_stored_together) {
  ASSERT_TRUE(invite(m_owner, "  Colleague@Example.com "));
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_invites"), 1);
  auto lease = m_db->acquire();
  auto mail = (*lease)->query_one("SELECT recipient, subject, body FROM mail_outbox");
  ASSERT_TRUE(mail) << mail.error().message;
  EXPECT_EQ(mail->text(0), "colleague@example.com");
  EXPECT_EQ(mail->text(1), "Join Acme Valves on Hanse");
  EXPECT_NE(mail->text(2).find("within 7 days"), std::string::npos) << mail->text(2);
  EXPECT_EQ(mail->text(2).find("owner@acme.example"), std::string::npos) << "the sender stays private";
  EXPECT_FALSE(token_in_mail().empty());
}

TEST_P(InvitationsTest, M2_refused_invitations_store_and_send_nothing) {
  auto colleague = member("colleague@example.com");
  auto not_owner = invite(colleague, "x@example.com");
  ASSERT_FALSE(not_owner);
  EXPECT_EQ(not_owner.error().kind, ErrorKind::forbidden);
  auto bad_address = invite(m_owner, "not-an-address");
  ASSERT_FALSE(bad_address);
  EXPECT_EQ(bad_address.error().kind, ErrorKind::invalid_input);
  EXPECT_NE(bad_address.error().message.find("e-mail address"), std::string::npos);
  // A bad address from someone who may not invite is refused as forbidden.
  EXPECT_EQ(invite(colleague, "not-an-address").error().kind, ErrorKind::forbidden);
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_invites"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM mail_outbox"), 0);
}

TEST_P(InvitationsTest, M2_an_invitation_accepted_by_another_address_is_refused) {
  auto invited = member("colleague@example.com");
  auto other = member("someone.else@example.com");
  ASSERT_TRUE(invite(m_owner, "colleague@example.com"));
  auto token = token_in_mail();

  auto refused = accept_invite(*m_db, token, other, "someone.else@example.com", kNow + 60);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::forbidden);
  EXPECT_NE(refused.error().message.find("another e-mail address"), std::string::npos);
  EXPECT_FALSE(belongs(other)) << "no membership is created";
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_invites WHERE used_at IS NULL"), 1) << "still usable";

  // The invited address accepts (its case as the member typed it).
  auto joined = accept_invite(*m_db, token, invited, "Colleague@Example.com", kNow + 120);
  ASSERT_TRUE(joined) << joined.error().message;
  EXPECT_EQ(*joined, m_company);
  EXPECT_TRUE(belongs(invited));
  // Used up: now the state is what the others are told.
  auto again = accept_invite(*m_db, token, other, "someone.else@example.com", kNow + 180);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_FALSE(belongs(other));
}

TEST_P(InvitationsTest, M2_accepting_states_unknown_expired_and_already_a_member) {
  auto invited = member("colleague@example.com");
  ASSERT_TRUE(invite(m_owner, "colleague@example.com"));
  auto token = token_in_mail();
  EXPECT_EQ(accept_invite(*m_db, "no-such-token", invited, "colleague@example.com", kNow).error().kind,
            ErrorKind::not_found);
  auto late = accept_invite(*m_db, token, invited, "colleague@example.com", kNow + kInviteValidSeconds);
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().kind, ErrorKind::conflict);
  EXPECT_NE(late.error().message.find("expired"), std::string::npos);
  // The owner of another company, invited by address, still cannot join a second one.
  auto rival = member("rival@example.com");
  company(rival, "Rival");
  ASSERT_TRUE(invite(m_owner, "rival@example.com"));
  auto lease = m_db->acquire();
  auto rows = (*lease)->query("SELECT body FROM mail_outbox ORDER BY id");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2u);
  auto body = (*rows)[1].text(0);
  auto at = body.find("/invite/") + 8;
  auto second = body.substr(at, body.find_first_of(" \n", at) - at);
  auto refused = accept_invite(*m_db, second, rival, "rival@example.com", kNow);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_FALSE(belongs(rival));
}

HANSE_DB_TEST_SUITE(InvitationsTest);

}  // namespace
}  // namespace hanse::market
