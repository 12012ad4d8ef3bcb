// P-7: the consent ledger is append-only and a member's current choices are
// derived from it, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "db/migrations.h"
#include "db_fixture.h"
#include "privacy/consent_ledger.h"

namespace hanse::privacy {
namespace {

using db::testing::DbTest;

class ConsentLedgerTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
  }

  void give(std::int64_t member, ConsentKind kind, std::string what, std::string value,
            std::int64_t at, std::string source = "/account/privacy") {
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    auto st = record(**lease, {0, member, kind, std::move(what), std::move(value), at,
                               std::move(source)});
    ASSERT_TRUE(st) << st.error().message;
  }

  CurrentChoices choices(std::int64_t member) {
    auto lease = m_db->acquire();
    auto c = current_choices(**lease, member);
    EXPECT_TRUE(c) << c.error().message;
    return c ? *c : CurrentChoices{};
  }
};

TEST_P(ConsentLedgerTest, P7_latest_event_per_kind_and_what_wins) {
  give(1, ConsentKind::marketing, "email", "granted", 100, "/register");
  give(1, ConsentKind::marketing, "phone", "granted", 100, "/register");
  give(1, ConsentKind::marketing, "email", "denied", 200);
  give(1, ConsentKind::cookies, "statistics", "denied", 150, "/cookies");
  give(1, ConsentKind::recipient, "Acme Partner", "granted", 160, "/p/acme/register");
  give(1, ConsentKind::clause, "marketing-email", "denied", 170);
  give(2, ConsentKind::marketing, "email", "granted", 300);  // someone else

  auto c = choices(1);
  EXPECT_EQ(c.member_id, 1);
  EXPECT_EQ(c.value(ConsentKind::marketing, "email"), "denied");
  EXPECT_FALSE(c.granted(ConsentKind::marketing, "email"));
  EXPECT_TRUE(c.granted(ConsentKind::marketing, "phone"));
  EXPECT_EQ(c.marketing.at("email").given_at, 200);
  EXPECT_EQ(c.marketing.at("email").source, "/account/privacy");
  EXPECT_EQ(c.value(ConsentKind::cookies, "statistics"), "denied");
  EXPECT_TRUE(c.granted(ConsentKind::recipient, "Acme Partner"));
  EXPECT_EQ(c.recipients.at("Acme Partner").source, "/p/acme/register");
  EXPECT_EQ(c.value(ConsentKind::clause, "marketing-email"), "denied");
  EXPECT_FALSE(c.value(ConsentKind::cookies, "advertising").has_value());
  EXPECT_FALSE(c.granted(ConsentKind::cookies, "advertising"));

  EXPECT_TRUE(choices(2).granted(ConsentKind::marketing, "email"));
  EXPECT_TRUE(choices(3).marketing.empty());
}

TEST_P(ConsentLedgerTest, P7_same_second_events_are_ordered_by_insertion) {
  give(1, ConsentKind::marketing, "email", "granted", 500);
  give(1, ConsentKind::marketing, "email", "denied", 500);
  EXPECT_EQ(choices(1).value(ConsentKind::marketing, "email"), "denied");
  give(1, ConsentKind::marketing, "email", "granted", 500);
  EXPECT_EQ(choices(1).value(ConsentKind::marketing, "email"), "granted");
}

TEST_P(ConsentLedgerTest, P7_accepted_policy_version_is_the_highest_accepted) {
  EXPECT_EQ(choices(1).accepted_policy_version, 0);
  EXPECT_FALSE(choices(1).granted(ConsentKind::policy_version, "1"));
  give(1, ConsentKind::policy_version, "1", "accepted", 100, "/register");
  give(1, ConsentKind::policy_version, "3", "accepted", 200, "/privacy/accept");
  give(1, ConsentKind::policy_version, "2", "accepted", 300, "/privacy/accept");
  auto c = choices(1);
  EXPECT_EQ(c.accepted_policy_version, 3);
  EXPECT_TRUE(c.granted(ConsentKind::policy_version, "2"));
  EXPECT_TRUE(c.granted(ConsentKind::policy_version, "3"));
  EXPECT_FALSE(c.granted(ConsentKind::policy_version, "4"));
}

TEST_P(ConsentLedgerTest, P7_history_keeps_every_event_oldest_first) {
  give(1, ConsentKind::policy_version, "1", "accepted", 100, "/register");
  give(1, ConsentKind::marketing, "email", "granted", 200);
  give(1, ConsentKind::marketing, "email", "denied", 300);
  auto lease = m_db->acquire();
  auto events = history(**lease, 1);
  ASSERT_TRUE(events) << events.error().message;
  ASSERT_EQ(events->size(), 3u);
  EXPECT_EQ((*events)[0].kind, ConsentKind::policy_version);
  EXPECT_EQ((*events)[0].what, "1");
  EXPECT_EQ((*events)[0].source, "/register");
  EXPECT_EQ((*events)[0].given_at, 100);
  EXPECT_EQ((*events)[2].value, "denied");
  EXPECT_GT((*events)[2].id, (*events)[1].id);
}

TEST_P(ConsentLedgerTest, P7_record_refuses_malformed_events) {
  auto lease = m_db->acquire();
  auto& conn = **lease;
  auto bad = [&](ConsentEvent e) {
    auto st = record(conn, e);
    EXPECT_FALSE(st) << "accepted kind=" << to_string(e.kind) << " what=" << e.what
                     << " value=" << e.value;
    if (!st) {
      EXPECT_EQ(st.error().kind, ErrorKind::invalid_input);
    }
  };
  bad({0, 1, ConsentKind::policy_version, "v1", "accepted", 1, "/register"});
  bad({0, 1, ConsentKind::policy_version, "0", "accepted", 1, "/register"});
  bad({0, 1, ConsentKind::policy_version, "1", "granted", 1, "/register"});
  bad({0, 1, ConsentKind::marketing, "email", "yes", 1, "/register"});
  bad({0, 1, ConsentKind::marketing, "", "granted", 1, "/register"});
  bad({0, 1, ConsentKind::marketing, "email", "granted", 1, ""});
  bad({0, 0, ConsentKind::marketing, "email", "granted", 1, "/register"});
  auto events = history(conn, 1);
  ASSERT_TRUE(events);
  EXPECT_TRUE(events->empty());
}

TEST(ConsentLedgerSource, P7_no_code_updates_or_deletes_ledger_rows) {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  auto src = std::filesystem::path(source ? source : ".") / "src";
  ASSERT_TRUE(std::filesystem::is_directory(src)) << src;
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string body = text.str();
    for (auto& c : body) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    ++files;
    for (const char* forbidden :
         {"UPDATE CONSENT_LEDGER", "DELETE FROM CONSENT_LEDGER", "TRUNCATE CONSENT_LEDGER",
          "UPDATE AUDIT_LOG", "DELETE FROM AUDIT_LOG", "TRUNCATE AUDIT_LOG"})
      EXPECT_EQ(body.find(forbidden), std::string::npos)
          << entry.path() << " contains \"" << forbidden << "\": the ledger and the audit log are "
          << "append-only";
  }
  EXPECT_GT(files, 20);
}

HANSE_DB_TEST_SUITE(ConsentLedgerTest);

}  // namespace
}  // namespace hanse::privacy
