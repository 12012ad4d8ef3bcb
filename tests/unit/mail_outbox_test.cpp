#include <gtest/gtest.h>

#include "core/clock.h"
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
  ASSERT_TRUE(enqueue({"buyer@example.com", "News", "Offers.\n", MailKind::marketing}));
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

HANSE_MAIL_DB_TEST_SUITE(MailOutbox);

}  // namespace
}  // namespace hanse::mail
