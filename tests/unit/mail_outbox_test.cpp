#include <gtest/gtest.h>

#include "core/clock.h"
#include "mail/address.h"
#include "mail/outbox.h"
#include "mail_support.h"

namespace hanse::mail {
namespace {

using testing::MailDbTest;

class MailOutbox : public MailDbTest {
 protected:
  Status enqueue(const Message& m) {
    auto lease = m_db->acquire();
    if (!lease) return std::unexpected(lease.error());
    return m_outbox.enqueue(**lease, m);
  }

  Clock m_clock;
  Outbox m_outbox{"Hanse Test", m_clock};
};

TEST_P(MailOutbox, StoresAPendingRowWithThePasswordFooter) {
  m_clock.set_offset(1000);
  auto before = m_clock.now();
  ASSERT_TRUE(enqueue({"buyer@example.com", "Welcome", "Hello buyer.", MailKind::administrative}));
  ASSERT_TRUE(enqueue({"buyer@example.com", "News", "Offers.\n", MailKind::marketing,
                       "https://hanse.example/unsubscribe/abc"}));
  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 2u);
  const auto& row = rows[0];
  EXPECT_EQ(row.recipient, "buyer@example.com");
  EXPECT_EQ(row.subject, "Welcome");
  EXPECT_EQ(row.body.rfind("Hello buyer.\n\n-- \n", 0), 0u) << row.body;
  EXPECT_NE(row.body.find("Hanse Test staff will never ask you for your password"),
            std::string::npos)
      << row.body;
  EXPECT_EQ(row.kind, "administrative");
  EXPECT_EQ(row.status, "pending");
  EXPECT_EQ(row.attempts, 0);
  EXPECT_GE(row.created_at, before);
  EXPECT_LE(row.next_attempt_at, m_clock.now());
  EXPECT_FALSE(row.sent_at.has_value());
  EXPECT_EQ(rows[1].kind, "marketing");
  EXPECT_EQ(rows[1].body.rfind("Offers.\n\n-- \n", 0), 0u) << rows[1].body;
}

TEST_P(MailOutbox, FooterCarriesTheP4Reminder) {
  auto footer = m_outbox.footer();
  EXPECT_NE(footer.find("never ask"), std::string::npos);
  EXPECT_NE(footer.find("password"), std::string::npos);
  EXPECT_NE(footer.find("Hanse Test"), std::string::npos);
}

TEST_P(MailOutbox, RefusesHeaderInjectionAndStoresNothing) {
  const Message bad[] = {
      {"buyer@example.com", "Hi\r\nBcc: victim@evil.test", "x", MailKind::administrative},
      {"buyer@example.com", "Hi\nBcc: victim@evil.test", "x", MailKind::administrative},
      {"buyer@example.com", "Hi\rBcc: victim@evil.test", "x", MailKind::administrative},
      {"buyer@example.com\r\nBcc: victim@evil.test", "Hi", "x", MailKind::administrative},
      {"buyer@example.com\n", "Hi", "x", MailKind::administrative},
      {"buyer@example.com, victim@evil.test", "Hi", "x", MailKind::administrative},
      {"Buyer <buyer@example.com>", "Hi", "x", MailKind::administrative},
      {"", "Hi", "x", MailKind::administrative},
      {"buyer@example.com", "", "x", MailKind::administrative},
      {"buyer@example.com", std::string(kMaxSubjectBytes + 1, 's'), "x", MailKind::administrative},
      {"buyer@example.com", "Hi", "bad \xff utf-8", MailKind::administrative},
  };
  for (const auto& m : bad) {
    auto st = enqueue(m);
    ASSERT_FALSE(st) << "accepted to=" << m.to << " subject=" << m.subject;
    EXPECT_EQ(st.error().kind, ErrorKind::invalid_input);
  }
  EXPECT_TRUE(outbox_rows().empty());
}

TEST_P(MailOutbox, QueuesAtomicallyWithTheCallersTransaction) {
  auto rolled_back = m_db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(
        m_outbox.enqueue(conn, {"buyer@example.com", "Reset", "link", MailKind::administrative}));
    return fail(ErrorKind::conflict, "the change that caused the mail failed");
  });
  EXPECT_FALSE(rolled_back);
  EXPECT_TRUE(outbox_rows().empty());

  auto committed = m_db->transaction([&](db::Connection& conn) -> Status {
    return m_outbox.enqueue(conn, {"buyer@example.com", "Reset", "link", MailKind::administrative});
  });
  ASSERT_TRUE(committed) << committed.error().message;
  EXPECT_EQ(outbox_rows().size(), 1u);
}

// P-11: an administrative notice says in its footer why it is sent
// whatever the marketing choices; marketing mail carries its one-click
// unsubscribe link in the footer and in the row (for the headers).
TEST_P(MailOutbox, P11_administrative_notices_footer_says_why) {
  ASSERT_TRUE(enqueue({"buyer@example.com", "Your password", "Changed.", MailKind::administrative}));
  ASSERT_TRUE(enqueue({"buyer@example.com", "News", "Offers.", MailKind::marketing,
                       "https://hanse.example/unsubscribe/tok_en-1"}));
  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[0].body.find(m_outbox.administrative_reason()), std::string::npos) << rows[0].body;
  EXPECT_NE(rows[0].body.find("whatever your marketing choices"), std::string::npos) << rows[0].body;
  EXPECT_EQ(rows[1].body.find("whatever your marketing choices"), std::string::npos) << rows[1].body;
  EXPECT_NE(rows[1].body.find("https://hanse.example/unsubscribe/tok_en-1"), std::string::npos) << rows[1].body;
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto stored = (*lease)->query("SELECT list_unsubscribe FROM mail_outbox ORDER BY id");
  ASSERT_TRUE(stored) << stored.error().message;
  ASSERT_EQ(stored->size(), 2u);
  EXPECT_EQ((*stored)[0].text(0), "");
  EXPECT_EQ((*stored)[1].text(0), "https://hanse.example/unsubscribe/tok_en-1");
}

// The List-Unsubscribe URL becomes a header: anything that could end the
// header or add another (CR, LF), or leave the angle brackets, is refused,
// as is marketing mail without one and other mail with one.
TEST_P(MailOutbox, P11_marketing_email_unsubscribe_url_cannot_inject_headers) {
  const std::string bad_urls[] = {
      "",
      "https://hanse.example/unsubscribe/a\r\nBcc: victim@evil.test",
      "https://hanse.example/unsubscribe/a\nBcc: victim@evil.test",
      "https://hanse.example/unsubscribe/a\rX",
      "https://hanse.example/u>, <mailto:victim@evil.test",
      "https://hanse.example/u b",
      "https://hanse.example/u\"x",
      "javascript:alert(1)",
      "mailto:unsubscribe@hanse.example",
      "https://",
      "https://hanse.example/" + std::string(kMaxUnsubscribeUrlBytes, 'a'),
      "https://hanse.example/\xc3\xa4",
  };
  for (const auto& url : bad_urls) {
    auto st = enqueue({"buyer@example.com", "News", "x", MailKind::marketing, url});
    ASSERT_FALSE(st) << "accepted " << url;
    EXPECT_EQ(st.error().kind, ErrorKind::invalid_input);
  }
  auto admin = enqueue({"buyer@example.com", "Reset", "x", MailKind::administrative,
                        "https://hanse.example/unsubscribe/a"});
  ASSERT_FALSE(admin);
  EXPECT_TRUE(outbox_rows().empty());
  EXPECT_TRUE(is_unsubscribe_url("https://hanse.example/unsubscribe/AZaz09-_"));
  EXPECT_TRUE(is_unsubscribe_url("http://127.0.0.1:8080/unsubscribe/x"));
}

HANSE_MAIL_DB_TEST_SUITE(MailOutbox);

}  // namespace
}  // namespace hanse::mail
