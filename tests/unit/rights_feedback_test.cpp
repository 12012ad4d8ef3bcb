// Feedback (P-20) on SQLite and PostgreSQL: stored with its
// acknowledgement, bad input stores nothing, answers go out by mail, and
// the retention the policy states (2 years after the last answer).
#include <gtest/gtest.h>

#include "db/migrations.h"
#include "db_fixture.h"
#include "mail/outbox.h"
#include "rights/feedback.h"

namespace hanse::rights {
namespace {

using db::testing::DbTest;

class FeedbackTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_box = std::make_unique<FeedbackBox>(*m_db, m_outbox, m_clock,
                                          FeedbackSettings{"Hanse Test", "privacy@hanse.test"});
  }

  std::string text(const std::string& sql) {
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row ? row->text(0) : "";
  }

  Clock m_clock;
  mail::Outbox m_outbox{"Hanse Test", m_clock};
  std::unique_ptr<FeedbackBox> m_box;
};

TEST_P(FeedbackTest, P20_feedback_is_acknowledged_answered_and_kept_two_years_after_the_answer) {
  FeedbackInput bad{"weather", "", "nope", std::nullopt};
  auto refused = m_box->submit(bad);
  ASSERT_TRUE(refused) << refused.error().message;
  EXPECT_EQ(refused->size(), 3u);
  EXPECT_EQ(text("SELECT COUNT(*) FROM feedback"), "0");
  EXPECT_EQ(text("SELECT COUNT(*) FROM mail_outbox"), "0");

  FeedbackInput good{"policy", "Clear policy.", " Ada@Example.com", std::nullopt};
  auto stored = m_box->submit(good);
  ASSERT_TRUE(stored && stored->empty());
  EXPECT_EQ(text("SELECT reply_email FROM feedback"), "ada@example.com");
  EXPECT_EQ(text("SELECT recipient FROM mail_outbox"), "ada@example.com");
  auto id = std::stoll(text("SELECT id FROM feedback"));

  auto empty = m_box->reply(id, 3, "  ");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->contains("body"));
  m_clock.set_offset(kFeedbackKeptSeconds - 10);
  auto answered = m_box->reply(id, 3, "Thank you, Ada.");
  ASSERT_TRUE(answered && answered->empty());
  auto item = m_box->item(id);
  ASSERT_TRUE(item && *item);
  ASSERT_EQ((*item)->replies.size(), 1u);
  EXPECT_EQ((*item)->replies[0].body, "Thank you, Ada.");
  EXPECT_EQ(text("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'ada@example.com'"), "2");
  auto unknown = m_box->reply(id + 100, 3, "Hello");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, ErrorKind::not_found);

  // Two years after it arrived but not after the answer: kept.
  m_clock.set_offset(kFeedbackKeptSeconds + 10);
  EXPECT_EQ(*m_box->purge_expired(), 0);
  m_clock.set_offset(2 * kFeedbackKeptSeconds);
  EXPECT_EQ(*m_box->purge_expired(), 1);
  EXPECT_EQ(text("SELECT COUNT(*) FROM feedback_replies"), "0");
}

HANSE_DB_TEST_SUITE(FeedbackTest);

}  // namespace
}  // namespace hanse::rights
