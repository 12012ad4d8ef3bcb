#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <fmt/format.h>

#include "core/clock.h"
#include "mail/outbox.h"
#include "mail/sender.h"
#include "mail_support.h"

namespace hanse::mail {
namespace {

using namespace std::chrono_literals;
using testing::AiosmtpdServer;
using testing::FakeSmtpServer;
using testing::MailDbTest;
using testing::unique_token;

class MailSender : public MailDbTest {
 protected:
  static void SetUpTestSuite() {
    s_smtp = new AiosmtpdServer();
    s_smtp_error = s_smtp->start();
  }
  static void TearDownTestSuite() {
    delete s_smtp;
    s_smtp = nullptr;
  }

  void SetUp() override {
    ASSERT_TRUE(s_smtp_error.empty()) << s_smtp_error;  // no aiosmtpd is a failure, not a skip
    MailDbTest::SetUp();
  }

  SenderSettings settings(int port) const {
    SenderSettings s;
    s.smtp_host = "127.0.0.1";
    s.smtp_port = static_cast<std::uint16_t>(port);
    s.helo_name = "hanse.test";
    s.smtp_timeout = 5s;
    s.from_address = "no-reply@hanse.test";
    s.from_name = "Hanse Test";
    s.poll_interval = 1h;
    s.max_attempts = 5;
    s.base_backoff = 30s;
    s.max_backoff = 3600s;
    return s;
  }

  void enqueue(const Message& m) {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease) << lease.error().message;
    auto st = m_outbox.enqueue(**lease, m);
    ASSERT_TRUE(st) << st.error().message;
  }

  static AiosmtpdServer* s_smtp;
  static std::string s_smtp_error;
  Clock m_clock;
  Outbox m_outbox{"Hanse Test", m_clock};
};

AiosmtpdServer* MailSender::s_smtp = nullptr;
std::string MailSender::s_smtp_error;

// P-11: a marketing mail reaches the SMTP server with both one-click
// headers; once sent, the row keeps neither body nor link.
TEST_P(MailSender, P11_marketing_email_delivered_with_one_click_headers) {
  auto token = unique_token();
  const std::string url = "https://hanse.example/unsubscribe/" + token;
  enqueue({"buyer@example.com", "News " + token, "Offers " + token + ".", MailKind::marketing, url});
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 1);
  auto mails = s_smtp->wait_for(token, 1, 5s);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_NE(mails[0].raw.find("List-Unsubscribe: <" + url + ">"), std::string::npos) << mails[0].raw;
  EXPECT_NE(mails[0].raw.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), std::string::npos)
      << mails[0].raw;
  EXPECT_NE(mails[0].body.find(url), std::string::npos) << mails[0].body;
  auto lease = m_db->acquire();
  ASSERT_TRUE(lease);
  auto row = (*lease)->query_one("SELECT list_unsubscribe, body, status FROM mail_outbox");
  ASSERT_TRUE(row) << row.error().message;
  EXPECT_EQ(row->text(0), "");
  EXPECT_EQ(row->text(1), "");
  EXPECT_EQ(row->text(2), "sent");
}

TEST_P(MailSender, DeliversWithSubjectBodyAndPasswordFooter) {
  auto token = unique_token();
  enqueue({"buyer@example.com", "Your inquiry " + token,
           "Hello buyer,\nyour inquiry " + token + " was sent.", MailKind::administrative});
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 1);

  auto mails = s_smtp->wait_for(token, 1, 5s);
  ASSERT_EQ(mails.size(), 1u);
  const auto& mail = mails[0];
  EXPECT_EQ(mail.subject, "Your inquiry " + token);
  EXPECT_EQ(mail.to, "buyer@example.com");
  EXPECT_EQ(mail.from, "Hanse Test <no-reply@hanse.test>");
  EXPECT_EQ(mail.content_type, "text/plain");
  EXPECT_EQ(mail.charset, "utf-8");
  EXPECT_NE(mail.message_id.find("@hanse.test>"), std::string::npos) << mail.message_id;
  EXPECT_FALSE(mail.date.empty());
  EXPECT_NE(mail.body.find("Hello buyer,\nyour inquiry " + token + " was sent.\n"),
            std::string::npos)
      << mail.body;
  EXPECT_NE(mail.body.find("Hanse Test staff will never ask you for your password"),
            std::string::npos)
      << mail.body;
  EXPECT_NE(mail.raw.find("X-RcptTo: buyer@example.com"), std::string::npos) << mail.raw;

  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].status, "sent");
  EXPECT_EQ(rows[0].attempts, 1);
  EXPECT_TRUE(rows[0].sent_at.has_value());
  EXPECT_EQ(rows[0].last_error, "");

  EXPECT_EQ(sender.deliver_due(), 0) << "a sent row must not go out again";
  EXPECT_EQ(s_smtp->count_with(token), 1u);
}

TEST_P(MailSender, NonAsciiSubjectAndBodyDecode) {
  auto token = unique_token();
  std::string subject =
      "Angebot f\xc3\xbcr Schrauben \xe2\x80\x93 Gr\xc3\xb6\xc3\x9f"
      "e M8, g\xc3\xbc"
      "ltig bis Freitag \xf0\x9f\x93\xa6 " +
      token;
  std::string body =
      "Gr\xc3\xbc\xc3\x9f"
      "e aus L\xc3\xbc"
      "beck \xe2\x82\xac " +
      token;
  enqueue({"einkauf@example.de", subject, body, MailKind::administrative});
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 1);

  auto mails = s_smtp->wait_for(token, 1, 5s);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].subject, subject);
  EXPECT_NE(mails[0].raw.find("=?UTF-8?B?"), std::string::npos) << "subject not RFC 2047 encoded";
  EXPECT_EQ(mails[0].body.rfind(body + "\n", 0), 0u) << mails[0].body;
}

TEST_P(MailSender, LinesStartingWithADotSurvive) {
  auto token = unique_token();
  std::string body = "Before " + token + "\n.hidden line\n.\n..two dots\nafter";
  enqueue({"buyer@example.com", "Dots " + token, body, MailKind::administrative});
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 1);

  auto mails = s_smtp->wait_for(token, 1, 5s);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].body.rfind(body + "\n", 0), 0u) << mails[0].body;
}

TEST_P(MailSender, RelayDownLeavesTheRowPendingWithALaterAttempt) {
  enqueue({"buyer@example.com", "First", "one", MailKind::administrative});
  enqueue({"buyer@example.com", "Second", "two", MailKind::administrative});
  int nobody = testing::free_port();
  Sender sender(*m_db, settings(nobody), m_clock);
  auto before = m_clock.now();
  EXPECT_EQ(sender.deliver_due(), 0);

  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].status, "pending");
  EXPECT_EQ(rows[0].attempts, 1);
  EXPECT_GE(rows[0].next_attempt_at, before + 30);
  EXPECT_NE(rows[0].last_error.find("connect"), std::string::npos) << rows[0].last_error;
  // With the relay down the pass stops instead of trying every row.
  EXPECT_EQ(rows[1].status, "pending");
  EXPECT_EQ(rows[1].attempts, 0);

  EXPECT_EQ(sender.deliver_due(), 0);
  EXPECT_EQ(outbox_rows()[0].attempts, 1) << "retried before its back-off ended";
}

TEST_P(MailSender, FailsForGoodAfterMaxAttemptsAndKeepsTheRow) {
  enqueue({"buyer@example.com", "Retry", "body", MailKind::administrative});
  auto s = settings(testing::free_port());
  s.max_attempts = 3;
  Sender sender(*m_db, s, m_clock);
  std::int64_t previous_due = 0;
  for (int attempt = 1; attempt <= 3; ++attempt) {
    EXPECT_EQ(sender.deliver_due(), 0);
    auto row = outbox_rows().at(0);
    EXPECT_EQ(row.attempts, attempt);
    if (attempt < 3) {
      EXPECT_EQ(row.status, "pending");
      // Back-off doubles: 30 s, then 60 s.
      EXPECT_EQ(row.next_attempt_at - m_clock.now(), 30 << (attempt - 1));
      EXPECT_GT(row.next_attempt_at, previous_due);
      previous_due = row.next_attempt_at;
    }
    m_clock.set_offset(m_clock.offset() + 7200);
  }
  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].status, "failed");
  EXPECT_EQ(rows[0].attempts, 3);
  EXPECT_FALSE(rows[0].last_error.empty());

  EXPECT_EQ(sender.deliver_due(), 0);
  EXPECT_EQ(outbox_rows().at(0).attempts, 3) << "a failed row was tried again";
}

TEST_P(MailSender, PermanentReplyFailsAtOnce) {
  FakeSmtpServer fake;
  fake.set_reply("RCPT", "550 5.1.1 <nobody@example.com>: mailbox unavailable");
  enqueue({"nobody@example.com", "Refused", "body", MailKind::administrative});
  enqueue({"buyer@example.com", "Also refused", "body", MailKind::administrative});
  Sender sender(*m_db, settings(fake.port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 0);

  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& row : rows) {
    EXPECT_EQ(row.status, "failed");
    EXPECT_EQ(row.attempts, 1);
    EXPECT_NE(row.last_error.find("550"), std::string::npos) << row.last_error;
  }
  EXPECT_TRUE(fake.data().empty());
}

TEST_P(MailSender, TransientReplyIsRetriedLater) {
  FakeSmtpServer fake;
  fake.set_reply("RCPT", "451 4.3.0 try again later");
  enqueue({"buyer@example.com", "Later", "body", MailKind::administrative});
  Sender sender(*m_db, settings(fake.port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 0);
  auto row = outbox_rows().at(0);
  EXPECT_EQ(row.status, "pending");
  EXPECT_EQ(row.attempts, 1);
  EXPECT_NE(row.last_error.find("451"), std::string::npos) << row.last_error;
  EXPECT_GT(row.next_attempt_at, m_clock.now());
}

TEST_P(MailSender, RefusedSessionIsTransient) {
  FakeSmtpServer fake;
  fake.set_reply("GREETING", "554 no service for you");
  enqueue({"buyer@example.com", "One", "body", MailKind::administrative});
  enqueue({"buyer@example.com", "Two", "body", MailKind::administrative});
  Sender sender(*m_db, settings(fake.port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 0);
  auto rows = outbox_rows();
  EXPECT_EQ(rows.at(0).status, "pending") << "a relay problem must not fail the message";
  EXPECT_EQ(rows.at(0).attempts, 1);
  EXPECT_EQ(rows.at(1).attempts, 0);
}

TEST_P(MailSender, SilentServerTimesOut) {
  FakeSmtpServer fake;
  fake.set_reply("GREETING", "");
  enqueue({"buyer@example.com", "Silence", "body", MailKind::administrative});
  auto s = settings(fake.port());
  s.smtp_timeout = 300ms;
  Sender sender(*m_db, s, m_clock);
  auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(sender.deliver_due(), 0);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 3s);
  auto row = outbox_rows().at(0);
  EXPECT_EQ(row.status, "pending");
  EXPECT_EQ(row.attempts, 1);
  EXPECT_NE(row.last_error.find("greeting"), std::string::npos) << row.last_error;
}

TEST_P(MailSender, WireFormatFollowsTheServersExtensions) {
  std::string body =
      "gr\xc3\xbc\xc3\x9f"
      "e\n.dot line";
  {
    FakeSmtpServer fake;  // announces 8BITMIME in a multi-line EHLO reply
    enqueue({"buyer@example.com", "Eight", body, MailKind::administrative});
    Sender sender(*m_db, settings(fake.port()), m_clock);
    EXPECT_EQ(sender.deliver_due(), 1);
    auto commands = fake.commands();
    ASSERT_GE(commands.size(), 4u);
    EXPECT_EQ(commands[0], "EHLO hanse.test");
    EXPECT_EQ(commands[1], "MAIL FROM:<no-reply@hanse.test> BODY=8BITMIME");
    EXPECT_EQ(commands[2], "RCPT TO:<buyer@example.com>");
    EXPECT_EQ(commands[3], "DATA");
    EXPECT_EQ(commands.back(), "QUIT");
    auto received = fake.data();
    ASSERT_EQ(received.size(), 1u);
    const auto& data = received[0];
    EXPECT_NE(data.find("Content-Transfer-Encoding: 8bit\r\n"), std::string::npos) << data;
    EXPECT_NE(data.find("\r\n..dot line\r\n"), std::string::npos) << "not dot-stuffed";
  }
  {
    FakeSmtpServer fake;
    fake.set_reply("EHLO", "250 fake.test");  // no 8BITMIME
    enqueue({"buyer@example.com", "Seven", body, MailKind::administrative});
    Sender sender(*m_db, settings(fake.port()), m_clock);
    EXPECT_EQ(sender.deliver_due(), 1);
    EXPECT_EQ(fake.commands().at(1), "MAIL FROM:<no-reply@hanse.test>");
    ASSERT_EQ(fake.data().size(), 1u);
    EXPECT_NE(fake.data()[0].find("Content-Transfer-Encoding: base64\r\n"), std::string::npos);
  }
  {
    FakeSmtpServer fake;
    fake.set_reply("EHLO", "502 5.5.1 EHLO not implemented");  // falls back to HELO
    enqueue({"buyer@example.com", "Helo", "plain", MailKind::administrative});
    Sender sender(*m_db, settings(fake.port()), m_clock);
    EXPECT_EQ(sender.deliver_due(), 1);
    EXPECT_EQ(fake.commands().at(1), "HELO hanse.test");
  }
}

TEST_P(MailSender, StopFlushesDueMail) {
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);  // polls once an hour
  sender.start();
  std::this_thread::sleep_for(300ms);  // the first pass finds nothing
  auto token = unique_token();
  enqueue({"buyer@example.com", "Flush " + token, "body", MailKind::administrative});
  sender.stop();
  EXPECT_EQ(s_smtp->count_with(token), 1u);
  EXPECT_EQ(outbox_rows().at(0).status, "sent");
}

TEST_P(MailSender, NotifyWakesTheBackgroundSender) {
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);  // polls once an hour
  sender.start();
  std::this_thread::sleep_for(300ms);
  auto token = unique_token();
  enqueue({"buyer@example.com", "Wake " + token, "body", MailKind::administrative});
  sender.notify();
  EXPECT_EQ(s_smtp->wait_for(token, 1, 5s).size(), 1u);
  sender.stop();
  EXPECT_EQ(s_smtp->count_with(token), 1u);
}

TEST_P(MailSender, BackgroundSenderPolls) {
  auto s = settings(s_smtp->port());
  s.poll_interval = 100ms;
  Sender sender(*m_db, s, m_clock);
  sender.start();
  std::this_thread::sleep_for(200ms);
  auto token = unique_token();
  enqueue({"buyer@example.com", "Poll " + token, "body", MailKind::administrative});
  EXPECT_EQ(s_smtp->wait_for(token, 1, 5s).size(), 1u);
  sender.stop();
}

TEST_P(MailSender, TwoInstancesSendEachMessageOnce) {
  auto token = unique_token();
  constexpr int kMessages = 30;
  for (int i = 0; i < kMessages; ++i) {
    enqueue({"buyer@example.com", "Twin " + token + " #" + std::to_string(i) + ";",
             "body " + std::to_string(i), MailKind::administrative});
  }
  auto other_db = db::open_database(m_url, 4);
  ASSERT_TRUE(other_db) << other_db.error().message;
  auto s = settings(s_smtp->port());
  s.batch_size = 7;
  Sender first(*m_db, s, m_clock);
  Sender second(**other_db, s, m_clock);
  std::atomic<int> sent{0};
  auto drain = [&](Sender& sender) {
    for (int pass = 0; pass < 50; ++pass) sent += sender.deliver_due();
  };
  std::thread a(drain, std::ref(first));
  std::thread b(drain, std::ref(second));
  a.join();
  b.join();
  EXPECT_EQ(sent.load(), kMessages);
  auto mails = s_smtp->messages_with("Twin " + token);
  EXPECT_EQ(mails.size(), static_cast<std::size_t>(kMessages));
  for (int i = 0; i < kMessages; ++i) {
    std::string needle = fmt::format("#{};", i);
    int copies = 0;
    for (const auto& m : mails) copies += m.subject.find(needle) != std::string::npos;
    EXPECT_EQ(copies, 1) << "message " << i;
  }
  for (const auto& row : outbox_rows()) {
    EXPECT_EQ(row.status, "sent");
    EXPECT_EQ(row.attempts, 1);
  }
}

// The outbox keeps nothing it need not (issue 11): once a message is sent,
// or failed for good, its body (which may hold a single-use link) is gone;
// recipient, kind, subject, status and dates stay for the stated retention.
TEST_P(MailSender, DeliveredAndFailedRowsKeepNoBody) {
  auto token = unique_token();
  enqueue({"buyer@example.com", "Reset " + token, "Your link: /password/reset/" + token,
           MailKind::administrative});
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 1);
  ASSERT_EQ(s_smtp->messages_with("Reset " + token).size(), 1u) << "the mail itself was sent whole";
  EXPECT_NE(s_smtp->messages_with("Reset " + token)[0].body.find(token), std::string::npos);
  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].status, "sent");
  EXPECT_EQ(rows[0].body, "") << "a delivered row keeps its body";
  EXPECT_EQ(rows[0].recipient, "buyer@example.com");
  EXPECT_EQ(rows[0].kind, "administrative");
  EXPECT_EQ(rows[0].subject, "Reset " + token);
  EXPECT_TRUE(rows[0].sent_at.has_value());

  FakeSmtpServer fake;
  fake.set_reply("RCPT", "550 5.1.1 mailbox unavailable");
  enqueue({"nobody@example.com", "Refused", "Link /invite/" + token, MailKind::administrative});
  Sender refused(*m_db, settings(fake.port()), m_clock);
  EXPECT_EQ(refused.deliver_due(), 0);
  rows = outbox_rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].status, "failed");
  EXPECT_EQ(rows[1].body, "") << "a failed row keeps its body";
  EXPECT_EQ(rows[1].last_error.find(token), std::string::npos);
}

TEST_P(MailSender, PurgeDeletesOnlyOldDeliveredRows) {
  enqueue({"buyer@example.com", "Old", "body", MailKind::administrative});
  Sender sender(*m_db, settings(s_smtp->port()), m_clock);
  EXPECT_EQ(sender.deliver_due(), 1);
  enqueue({"buyer@example.com", "Pending", "body", MailKind::administrative});
  auto kept = sender.purge_delivered();
  ASSERT_TRUE(kept) << kept.error().message;
  EXPECT_EQ(*kept, 0) << "a row younger than keep_delivered was purged";

  Clock later;
  later.set_offset(91 * 24 * 3600);
  Sender purger(*m_db, settings(s_smtp->port()), later);
  auto purged = purger.purge_delivered();
  ASSERT_TRUE(purged) << purged.error().message;
  EXPECT_EQ(*purged, 1);
  auto rows = outbox_rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].status, "pending") << "a pending row was purged";
}

HANSE_MAIL_DB_TEST_SUITE(MailSender);

}  // namespace
}  // namespace hanse::mail
